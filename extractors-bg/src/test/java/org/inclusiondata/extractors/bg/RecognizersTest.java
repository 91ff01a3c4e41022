package org.inclusiondata.extractors.bg;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.inclusiondata.extract.lexicon.Lexicon;
import org.inclusiondata.extract.lexicon.Words;
import org.inclusiondata.extract.recognize.Amount;
import org.inclusiondata.extract.recognize.DateRecognizer;
import org.inclusiondata.extract.recognize.DurationRecognizer;
import org.inclusiondata.extract.recognize.MoneyRecognizer;
import org.inclusiondata.extract.recognize.OrganizationRecognizer;
import org.inclusiondata.extract.recognize.PlaceRecognizer;
import org.inclusiondata.extract.recognize.Recognized;
import org.inclusiondata.extract.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shared recognizers read Bulgarian with the Bulgarian lexicon. */
class RecognizersTest {

    private static final Lexicon BG = BulgarianLexicon.get();

    /** Recognizers read normalised text (quotes and dashes folded), as the engine gives it to them. */
    private static String normalised(String text) {
        return Normalizer.normalize("t.txt", text).text();
    }

    private static List<String> places(String text) {
        Words w = BG.words(normalised(text));
        return new PlaceRecognizer(BG).find(w, 0, w.size()).stream().map(Recognized::value).toList();
    }

    private static List<String> organisations(String text) {
        Words w = BG.words(normalised(text));
        return new OrganizationRecognizer(BG).find(w, 0, w.size()).stream().map(Recognized::value).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Дейностите ще се проведат в община Две могили и област Русе.|Две могили;Русе",
            "Училищата в общините Вълчедръм и Бойчиновци участват.|Вълчедръм;Бойчиновци",
            "Посещения в Гърция, Румъния и Северна Македония.|Гърция;Румъния;Северна Македония",
            "Срещи в гр. Сливен и с. Камено.|Сливен;Камено",
            "Ромите в Столипиново и в Пловдив.|Столипиново;Пловдив"})
    void placesFromTheGazetteerAndAfterAdministrativeCues(String text, String expected) {
        assertEquals(List.of(expected.split(";")), places(text));
    }

    @Test
    void anOrganisationAfterThePrepositionWithIsNotAPlace() {
        assertEquals(List.of(), places("Проектът е в партньорство с Клуб „Отворено общество” и с УНИЦЕФ."));
    }

    @Test
    void aMonthIsNotTheMunicipalityOfTheSameName() {
        assertEquals(List.of(), places("Срещата се състоя на 11 септември 2015 г."));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Дата на публикация: 11 септември 2015|2015-09-11",
            "договор, подписан на 01.03.2016 г.|2016-03-01",
            "стартира през март 2016 г.|2016-03",
            "ще приключи през ноем. 2019|2019-11",
            "на 3 февр. 2020 г. се проведе|2020-02-03",
            "през 2017 г.|2017",
            "през м. март 2016 г.|2016-03",
            "от 1-ви март 2016 г.|2016-03-01"})
    void dates(String text, String expected) {
        String t = normalised(text);
        List<DateRecognizer.DateMention> ds = new DateRecognizer(BG).dates(t, 0, t.length());
        assertEquals(1, ds.size(), ds.toString());
        assertEquals(expected, ds.get(0).date().toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Период на изпълнение: 28.10.2014 г. – 28.08.2015 г.|2014-10-28|2015-08-28",
            "от 01.03.2016 г. до 28.02.2018 г.|2016-03-01|2018-02-28",
            "от януари 2019 до декември 2020 г.|2019-01|2020-12",
            "2012 – 2020 г.|2012|2020",
            "01.03.2016-28.02.2018|2016-03-01|2018-02-28",
            "юли 2019 – юни 2020 г.|2019-07|2020-06"})
    void periods(String text, String start, String end) {
        String t = normalised(text);
        var ps = new DateRecognizer(BG).periods(t, 0, t.length());
        assertEquals(1, ps.size(), ps.toString());
        assertEquals(start, ps.get(0).value().start().toString());
        assertEquals(end, ps.get(0).value().end().toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Неговата стойност е близо 1 млн. лева.|1000000|BGN",
            "Предвидени са около 800 хил.лв. за ремонт.|800000|BGN",
            "Обща стойност: 12 500 лв.|12500|BGN",
            "Обща стойност: 391 166,96 лв.|391166.96|BGN",
            "Бюджет: 1.234.567,89 лева|1234567.89|BGN",
            "безвъзмездна помощ от 250 000 евро|250000|EUR",
            "грант в размер на 2,5 млн. лв.|2500000|BGN",
            "сумата от 45 000 BGN|45000|BGN",
            "бюджет от BGN 120 000|120000|BGN",
            "на стойност € 150 000|150000|EUR",
            "Обща стойност: 12 500,50 лева|12500.50|BGN"})
    void money(String text, String amount, String currency) {
        Words w = BG.words(normalised(text));
        List<Recognized<Amount>> found = new MoneyRecognizer(BG).find(w, 0, w.text().length());
        assertEquals(1, found.size(), found.toString());
        assertEquals(0, new BigDecimal(amount).compareTo(found.get(0).value().amount()), found.toString());
        assertEquals(currency, found.get(0).value().currency());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Срок на изпълнение – 36 месеца|36",
            "Продължителност: 10 месеца|10",
            "Проектът ще продължи две години.|24",
            "за период от 18 мес.|18",
            "18-месечен проект|18",
            "двугодишна програма за заетост|24",
            "шестмесечна кампания|6"})
    void durations(String text, int months) {
        Words w = BG.words(normalised(text));
        var found = new DurationRecognizer(BG).find(w, 0, w.size());
        assertEquals(1, found.size(), found.toString());
        assertEquals(months, found.get(0).value());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "водеща е Международна организация по миграция.|Международна организация по миграция",
            "партньор е Европейска мрежа на ромските организации от местно ниво – ERGO Network.|Европейска мрежа на ромските организации от местно ниво – ERGO Network",
            "Европейската комисия по проекта ще отпусне средства.|Европейската комисия",
            "Международна организация по миграция в България.|Международна организация",
            "Международна организация по 2 въпроса.|Международна организация",
            "финансиран от Институт „Отворено общество” Будапеща.|Институт \"Отворено общество\" Будапеща",
            "с Фондация „Отворено общество” Русе Пловдив|Фондация \"Отворено общество\"",
            "Фондация „Америка за България“ подпомага|Фондация \"Америка за България\"",
            "Проектът подготви община Стралджа.|община Стралджа",
            "Консорциум \"НМЗМ-БАСП-ФЗПМ\" ДЗЗД|Консорциум \"НМЗМ-БАСП-ФЗПМ\" ДЗЗД",
            "Агенцията за социално подпомагане|Агенцията за социално подпомагане",
            "Проектът е финансиран от МТСП в рамките на програмата|МТСП",
            "с подкрепата на Световната банка|Световната банка"})
    void organisations(String text, String expected) {
        assertEquals(List.of(expected), organisations(text));
    }
}
