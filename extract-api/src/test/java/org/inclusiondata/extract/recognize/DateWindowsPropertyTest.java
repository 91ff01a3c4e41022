package org.inclusiondata.extract.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.inclusiondata.extract.lexicon.Lexicon;
import org.inclusiondata.extract.lexicon.TestLexicons;

/**
 * Dates are searched only in windows before four-digit runs; that must find exactly what a search
 * at every position finds, on text made of the pieces dates are written with.
 */
class DateWindowsPropertyTest {

    private static final Lexicon LEX = TestLexicons.mixed();
    private static final DateRecognizer WINDOWS = new DateRecognizer(LEX);
    private static final DateRecognizer EVERYWHERE = DateRecognizer.searchingEveryPosition(LEX);

    @Property(tries = 2000)
    void windowsFindWhatASearchAtEveryPositionFinds(@ForAll("dateText") String text) {
        assertEquals(EVERYWHERE.dates(text, 0, text.length()), WINDOWS.dates(text, 0, text.length()), text);
        int from = text.length() / 3;
        int to = Math.max(from, text.length() - 2);
        assertEquals(EVERYWHERE.dates(text, from, to), WINDOWS.dates(text, from, to), text);
        assertEquals(EVERYWHERE.periods(text, 0, text.length()), WINDOWS.periods(text, 0, text.length()), text);
    }

    @Provide
    Arbitrary<String> dateText() {
        Arbitrary<String> piece = Arbitraries.of("2015", "1999", "2021", "12345", "3", "12", "31", "07", ".", "-", "/", ",",
                " ", "  ", "\n", "\u2013", ":", "10:32", "9:05", ":", "3:", "г.", "március", "augusztusában", "május", "jan", "szept.",
                "Projekt", "a", "és", "до", "között", "Ft", "\ud835\udc00", "abc", "-án", "1.",
                "3 március 2015", "12. május 2019", "1-jén augusztusában 2020", "2015. március 3.", "március 2016",
                "01.03.2016", "2013.12.01", "2009.01", "2015 - 2017", "2016-2018", "11 szeptember, 2015", "15 март 2018 г. 10:32");
        return piece.list().ofMinSize(0).ofMaxSize(40).map(l -> String.join("", l));
    }

    /** The stamped dates are those of every date that a clock time follows, whether or not the text has one. */
    @Property(tries = 2000)
    void timestampedDatesAreTheDatesAClockTimeFollows(@ForAll("dateText") String text) {
        int from = text.length() / 4;
        for (int[] r : new int[][] {{0, text.length()}, {from, Math.max(from, text.length() - 3)}}) {
            List<DateRecognizer.DateMention> all = EVERYWHERE.dates(text, r[0], r[1]);
            all.removeIf(d -> !d.timestamped());
            assertEquals(all, WINDOWS.timestamped(text, r[0], r[1]), text);
        }
    }

    @Property(tries = 200)
    void aLongTextOfDatesAndWordsGivesTheSameDates(@ForAll("dateText") String a, @ForAll("dateText") String b) {
        String text = (a + " lorem ipsum dolor sit amet ".repeat(5) + b).repeat(4);
        assertEquals(EVERYWHERE.dates(text, 0, text.length()), WINDOWS.dates(text, 0, text.length()), text);
    }
}
