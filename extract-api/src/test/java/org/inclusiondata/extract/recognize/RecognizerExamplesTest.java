package org.inclusiondata.extract.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.inclusiondata.extract.lexicon.Lexicon;
import org.inclusiondata.extract.lexicon.TestLexicons;
import org.inclusiondata.extract.lexicon.Words;
import org.inclusiondata.model.FundingKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The written forms the issue lists, each read to its value and precision. */
class RecognizerExamplesTest {

    private static final Lexicon LEX = TestLexicons.mixed();
    private static final DateRecognizer DATES = new DateRecognizer(LEX);
    private static final MoneyRecognizer MONEY = new MoneyRecognizer(LEX);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2013.12.01 – 2015.03.31|2013-12-01|2015-03-31",
            "2015. május – 2017. január|2015-05|2017-01",
            "2018. január 1. – 2020. december 31.|2018-01-01|2020-12-31",
            "Mart 2019. - Decembar 2021.|2019-03|2021-12",
            "2009.01 – 2010.01|2009-01|2010-01",
            "28.10.2014 г. – 28.08.2015 г.|2014-10-28|2015-08-28",
            "март 2016 – февруари 2018|2016-03|2018-02",
            "(2019-2022)|2019|2022"})
    void periods(String written, String start, String end) {
        List<Recognized<Period>> ps = DATES.periods(written, 0, written.length());
        assertEquals(1, ps.size(), written);
        assertEquals(start, ps.get(0).value().start().toString());
        assertEquals(end, ps.get(0).value().end().toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2016. március 1-től|2016-03-01",
            "1. маја 2017|2017-05-01",
            "11 септември 2015|2015-09-11",
            "01.03.2016 г.|2016-03-01",
            "2020. augusztusában|2020-08",
            "2008-ban|2008"})
    void dates(String written, String iso) {
        var ds = DATES.dates(written, 0, written.length());
        assertEquals(1, ds.size(), written + " " + ds);
        assertEquals(iso, ds.get(0).date().toString());
    }

    @Test
    void aDateFollowedByAClockTimeIsAStamp() {
        String s = "2017. december 19., 11:29";
        assertTrue(DATES.dates(s, 0, s.length()).get(0).timestamped());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "4.492.400.– Ft|4492400|HUF",
            "1.756.996,00 lej|1756996.00|RON",
            "12 500 лв.|12500|BGN",
            "€ 150.000|150000|EUR",
            "2.681.290 €|2681290|EUR",
            "2,5 millió Ft|2500000|HUF",
            "1,2 млн. евро|1200000|EUR",
            "911 189 833 Ft|911189833|HUF",
            "15.119.838.62 lej|15119838.62|RON",
            "800 хил.лв.|800000|BGN",
            "1,8 милиона динара|1800000|RSD",
            "200 000 euró|200000|EUR",
            "190 ezer eurós|190000|EUR",
            "625.000,00 dinara|625000|RSD"})
    void money(String written, String amount, String currency) {
        Words w = LEX.words(written);
        List<Recognized<Amount>> as = MONEY.find(w, 0, written.length());
        assertEquals(1, as.size(), written + " " + as);
        assertEquals(0, new BigDecimal(amount).compareTo(as.get(0).value().amount()), written + " " + as);
        assertEquals(currency, as.get(0).value().currency());
    }

    @Test
    void aRunOfDigitsLongerThanAnyBudgetIsNoFigure() {
        String s = "1" + ".000".repeat(40) + " Ft";
        assertEquals(List.of(), MONEY.find(LEX.words(s), 0, s.length()));
    }

    @Test
    void theSecondNumberOfARangeIsNoFigure() {
        String s = "településenként 150-200 millió forintot";
        assertEquals(List.of(), MONEY.find(LEX.words(s), 0, s.length()));
    }

    @Test
    void aCueAfterTheAmountWinsOverOneBefore() {
        String s = "A projekt teljes értéke 1.756.996,00 lej, amelyből 175.699,60 lej önrész.";
        Words w = LEX.words(s);
        List<Recognized<Amount>> as = MONEY.find(w, 0, s.length());
        assertEquals(2, as.size());
        assertEquals(FundingKind.TOTAL, MONEY.kindOf(w, as, 0, 0, s.length()));
        assertEquals(FundingKind.OWN, MONEY.kindOf(w, as, 1, 0, s.length()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"A projekt időtartama 21 hónap|21", "két éven át|24", "18 месеца|18", "trogodišnji projekat|36"})
    void durations(String written, int months) {
        Words w = LEX.words(written);
        var ds = new DurationRecognizer(LEX).find(w, 0, w.size());
        assertEquals(months, ds.get(0).value(), written);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"340 fő|340", "30 mladih Roma|30", "1 200 души|1200"})
    void counts(String written, int count) {
        Words w = LEX.words(written);
        assertEquals(count, new CountRecognizer(LEX).find(w, 0, written.length()).get(0).value());
    }

    @Test
    void organisationsEndOrStartWithTheirLegalForm() {
        String s = "Partnereink: Magyar Máltai Szeretetszolgálat Egyesület, a Divers Egyesülettel és Фондация „Америка за България“ помага.";
        Words w = LEX.words(s);
        List<String> names = new OrganizationRecognizer(LEX).find(w, 0, w.size()).stream().map(Recognized::value).toList();
        assertEquals(List.of("Magyar Máltai Szeretetszolgálat Egyesület", "Divers Egyesülettel", "Фондация „Америка за България“"), names);
    }

    @Test
    void aNameKeepsItsQuotationUpToTheClosingMarkAfterNormalisation() {
        // The normaliser has folded „ “ to ": the lower-case words inside the quotation still belong to the name.
        String s = "тук помага Фондация \"Бъдеще за всички\" в града.";
        Words w = LEX.words(s);
        List<String> names = new OrganizationRecognizer(LEX).find(w, 0, w.size()).stream().map(Recognized::value).toList();
        assertEquals(List.of("Фондация \"Бъдеще за всички\""), names);
    }

    @Test
    void anAcronymInParenthesesAfterANameBelongsToIt() {
        String s = "и Maros Megyei Egyesület (MME) és Caritas Alapítvány (CA) támogatja.";
        Words w = LEX.words(s);
        List<String> names = new OrganizationRecognizer(LEX).find(w, 0, w.size()).stream().map(Recognized::value).toList();
        assertEquals(List.of("Maros Megyei Egyesület (MME)", "Caritas Alapítvány (CA)"), names);
    }

    @Test
    void aFullStopBeforeACapitalisedWordEndsTheNameButAnAbbreviationDoesNot() {
        String s = "подготви община Стралджа. Неговата стойност, és a Szt. István Alapítvány.";
        Words w = LEX.words(s);
        List<String> names = new OrganizationRecognizer(LEX).find(w, 0, w.size()).stream().map(Recognized::value).toList();
        assertEquals(List.of("община Стралджа", "Szt. István Alapítvány"), names);
    }

    @Test
    void theFullStopAfterACapitalisedAcronymEndsTheSentenceNotTheName() {
        String s = "vezeti a Budapest Esély KFT. Maros Nonprofit Kft. is támogatja.";
        Words w = LEX.words(s);
        List<String> names = new OrganizationRecognizer(LEX).find(w, 0, w.size()).stream().map(Recognized::value).toList();
        assertEquals(List.of("Budapest Esély KFT", "Maros Nonprofit Kft."), names);
    }

    @Test
    void aHeadInitialNameRunsOnOverAWordThatOnlyEndsLikeALegalForm() {
        String s = "помага Фондация Romalapítvány Budapest в града.";
        Words w = LEX.words(s);
        List<String> names = new OrganizationRecognizer(LEX).find(w, 0, w.size()).stream().map(Recognized::value).toList();
        assertEquals(List.of("Фондация Romalapítvány Budapest"), names);
    }

    @Test
    void placesComeFromTheGazetteerAndFromCues() {
        String s = "Maros, Hargita és Kovászna megyékben, община Кубрат и Romániában.";
        Words w = LEX.words(s);
        List<String> names = new PlaceRecognizer(LEX).find(w, 0, w.size()).stream().map(Recognized::value).toList();
        assertEquals(List.of("Maros", "Hargita", "Kovászna", "Кубрат", "Romániában"), names);
    }

    @Test
    void linksLoseTrailingPunctuation() {
        String s = "Lásd: http://www.equal-bridge.hu/, vagy írjon: info@example.org.";
        assertEquals("http://www.equal-bridge.hu/", LinkRecognizer.urls(s, 0, s.length()).get(0).value());
        assertEquals("info@example.org", LinkRecognizer.emails(s, 0, s.length()).get(0).value());
    }
}
