package org.inclusiondata.extract.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The number patterns of money and counts are tried only at digits; that must give exactly the
 * matches of {@code find()} on a region, also when the search restarts further on (a currency word
 * after the number), on text made of numbers, separators, dashes and words.
 */
class DigitMatchesPropertyTest {

    private static final List<Pattern> PATTERNS = List.of(MoneyRecognizer.NUMBER, CountRecognizer.NUMBER);

    @Property(tries = 3000)
    void digitsAloneFindWhatFindFinds(@ForAll("numberText") String text, @ForAll @IntRange(max = 6) int cutStart,
            @ForAll @IntRange(max = 6) int cutEnd, @ForAll @IntRange(min = 1, max = 4) int restartEvery,
            @ForAll @IntRange(max = 3) int skip) {
        int from = Math.min(cutStart, text.length());
        int to = Math.max(from, text.length() - cutEnd);
        for (Pattern p : PATTERNS) {
            List<String> expected = new ArrayList<>();
            Matcher m = p.matcher(text).region(from, to);
            int k = 0;
            while (m.find()) {
                expected.add(m.start() + "-" + m.end() + ":" + m.group());
                if (++k % restartEvery == 0 && m.end() + skip <= to) {
                    m.region(m.end() + skip, to);
                }
            }
            List<String> actual = new ArrayList<>();
            DigitMatches d = new DigitMatches(p, text, from, to);
            k = 0;
            while (d.find()) {
                actual.add(d.start() + "-" + d.end() + ":" + d.group());
                if (++k % restartEvery == 0 && d.end() + skip <= to) {
                    d.restartAt(d.end() + skip);
                }
            }
            assertEquals(expected, actual, p + " on '" + text + "' [" + from + ", " + to + ")");
        }
    }

    @Property(tries = 1000)
    void digitsOfIsReplaceAll(@ForAll("numberText") String text) {
        assertEquals(text.replaceAll("[^0-9]", ""), Numbers.digitsOf(text));
    }

    @Provide
    Arbitrary<String> numberText() {
        Arbitrary<String> piece = Arbitraries.of("1", "12", "123", "1234", "000", "2.681.290", "1 234 567", "12\u00a0345", "3,5",
                "0,25", "1.756.996,00", "15.119.838.62", ".", ",", " ", "-", "–", "/", "'", "\u202f", "Ft", "лв.", "fő", "a",
                "€", "\n", "٣", "x1");
        return piece.list().ofMaxSize(16).map(l -> String.join("", l));
    }
}
