package org.inclusiondata.extractors.sr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.inclusiondata.extract.lexicon.Lexicon;
import org.inclusiondata.extract.lexicon.Words;
import org.inclusiondata.extract.recognize.Amount;
import org.inclusiondata.extract.recognize.DateRecognizer;
import org.inclusiondata.extract.recognize.DurationRecognizer;
import org.inclusiondata.extract.recognize.MoneyRecognizer;
import org.inclusiondata.extract.recognize.OrganizationRecognizer;
import org.inclusiondata.extract.recognize.PlaceRecognizer;
import org.inclusiondata.extract.recognize.Recognized;
import org.inclusiondata.model.PartialDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The shared recognizers read Serbian in both scripts with the Serbian lexicon. */
class RecognizersTest {

    private static final Lexicon SR = SerbianLexicons.lexicon();
    private static final List<String> MONTHS_CYRILLIC = List.of("јануара", "фебруара", "марта", "априла", "маја", "јуна",
            "јула", "августа", "септембра", "октобра", "новембра", "децембра");

    private static List<String> places(String text) {
        Words w = SR.words(text);
        return new PlaceRecognizer(SR).find(w, 0, w.size()).stream().map(Recognized::value).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Програм се спроводи у Крагујевцу, Оџацима и Нишу.|Крагујевцу;Оџацима;Нишу",
            "Program se sprovodi u Kragujevcu, Odžacima i Nišu.|Kragujevcu;Odžacima;Nišu",
            "Radionice su održane u Novom Sadu i Vrnjačkoj Banji.|Novom Sadu;Vrnjačkoj Banji",
            "Пројекат траје у Републици Србији и Црној Гори.|Републици Србији;Црној Гори",
            "Projekat u opštini Novi Sad i Sremskim Karlovcima.|Novi Sad;Sremskim Karlovcima"})
    void placesInAnyCaseAndEitherScript(String text, String expected) {
        assertEquals(List.of(expected.split(";")), places(text));
    }

    @Test
    void aLowerCaseCommonWordIsNotAPlace() {
        assertEquals(List.of(), places("бор је дрво, а кула је грађевина."));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "потписаног 1. маја 2017. године|2017-05-01",
            "potpisanog 1. maja 2017. godine|2017-05-01",
            "до 30. априла 2020, програм|2020-04-30",
            "Mart 2019.|2019-03",
            "у децембру 2021.|2021-12",
            "od 15. jula 2018|2018-07-15"})
    void datesInEitherScript(String text, String expected) {
        List<DateRecognizer.DateMention> ds = new DateRecognizer(SR).dates(text, 0, text.length());
        assertEquals(PartialDate.parse(expected), ds.get(0).date(), ds.toString());
    }

    @Test
    void aPeriodFromMonthToMonth() {
        String text = "od marta 2019. do februara 2020. godine";
        var periods = new DateRecognizer(SR).periods(text, 0, text.length());
        assertEquals(1, periods.size(), periods.toString());
        assertEquals(PartialDate.parse("2019-03"), periods.get(0).value().start());
        assertEquals(PartialDate.parse("2020-02"), periods.get(0).value().end());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "од 1. марта 2019. до 28. фебруара 2020.|2019-03-01|2020-02-28",
            "Od marta 2019. DO februara 2020. godine|2019-03|2020-02",
            "1. маја 2017 – 30. априла 2020|2017-05-01|2020-04-30"})
    void periodsJoinedByTheSerbianRangeWordsOrADash(String text, String start, String end) {
        var periods = new DateRecognizer(SR).periods(text, 0, text.length());
        assertEquals(1, periods.size(), periods.toString());
        assertEquals(PartialDate.parse(start), periods.get(0).value().start());
        assertEquals(PartialDate.parse(end), periods.get(0).value().end());
    }

    @Test
    void twoDatesJoinedByAWordOfAnotherLanguageAreNoPeriod() {
        String text = "1. maja 2017 és 30. aprila 2020";
        assertEquals(List.of(), new DateRecognizer(SR).periods(text, 0, text.length()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "вредност 625.000,00 динара|625000|RSD", "vrednost 625.000,00 dinara|625000|RSD",
            "sa 90.000,00 din.|90000|RSD", "око 1,8 милиона динара|1800000|RSD", "u visini od 18,5 miliona dinara|18500000|RSD",
            "EU donacija 2.681.290 €|2681290|EUR", "2 miliona evra|2000000|EUR", "150.000 EUR|150000|EUR",
            "износ од 12.500 евра|12500|EUR", "RSD 3.000.000|3000000|RSD"})
    void moneyInEitherScript(String text, String amount, String currency) {
        Words w = SR.words(text);
        List<Recognized<Amount>> found = new MoneyRecognizer(SR).find(w, 0, text.length());
        assertTrue(found.stream().anyMatch(a -> a.value().amount().compareTo(new BigDecimal(amount)) == 0
                && a.value().currency().equals(currency)), text + " → " + found);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"у трајању од 18 месеци|18", "u trajanju od 18 meseci|18",
            "trigodišnji projekat|36", "двогодишњи пројекат|24", "пројекат траје 2 године|24"})
    void durations(String text, int months) {
        Words w = SR.words(text);
        var found = new DurationRecognizer(SR).find(w, 0, w.size());
        assertTrue(found.stream().anyMatch(d -> d.value() == months), text + " → " + found);
    }

    @Property
    void everyDayOfEveryMonthIsReadInBothScripts(@ForAll @IntRange(min = 1, max = 12) int month,
            @ForAll @IntRange(min = 1, max = 28) int day, @ForAll @IntRange(min = 1990, max = 2040) int year) {
        String cyrillic = day + ". " + MONTHS_CYRILLIC.get(month - 1) + " " + year + ". године";
        for (String text : List.of(cyrillic, SerbianFolding.toLatin(cyrillic))) {
            List<DateRecognizer.DateMention> ds = new DateRecognizer(SR).dates(text, 0, text.length());
            assertEquals(PartialDate.ofDay(year, month, day), ds.get(0).date(), text);
        }
    }

    @Property
    void recognizersNeverThrowAndStayInsideTheText(@ForAll String text) {
        Words w = SR.words(text);
        for (var r : new PlaceRecognizer(SR).find(w, 0, w.size())) {
            assertTrue(0 <= r.start() && r.start() <= r.end() && r.end() <= text.length());
        }
        for (var r : new MoneyRecognizer(SR).find(w, 0, text.length())) {
            assertTrue(0 <= r.start() && r.start() <= r.end() && r.end() <= text.length());
        }
        new DateRecognizer(SR).dates(text, 0, text.length());
        new DurationRecognizer(SR).find(w, 0, w.size());
    }

    @Test
    void aDigitFollowedByLettersIsNoDuration() {
        Words w = SR.words("0A");
        assertEquals(List.of(), new DurationRecognizer(SR).find(w, 0, w.size()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "партнери су општина Србобран и Центар за социјални рад.|општина Србобран;Центар за социјални рад",
            "partneri su opština Srbobran i Centar za socijalni rad.|opština Srbobran;Centar za socijalni rad",
            "спроводе Савет Европе и Европска унија|Савет Европе;Европска унија",
            "Evropska komisija (Generalni direktorat za pravosuđe i potrošače) poverila je|Evropska komisija (Generalni direktorat za pravosuđe i potrošače)",
            "спроводи Тим Савета Европе за Роме и Путнике и канцеларије у Албанији|Тим Савета Европе за Роме и Путнике и канцеларије"})
    void aConjunctionBeforeTheHeadOfANameStartsASecondName(String text, String names) {
        Words w = SR.words(text);
        List<String> found = new OrganizationRecognizer(SR).find(w, 0, w.size()).stream().map(Recognized::value).toList();
        assertEquals(List.of(names.split(";")), found);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"za poboljšanje položaja Roma u gradu Smederevu", "за побољшање положаја Рома у општини Србобран"})
    void aPrepositionAndAPlaceWordEndNoName(String text) {
        Words w = SR.words(text);
        List<String> found = new OrganizationRecognizer(SR).find(w, 0, w.size()).stream().map(Recognized::value).toList();
        assertTrue(found.stream().noneMatch(n -> n.startsWith("Roma") || n.startsWith("Рома")), found.toString());
    }
}
