package org.inclusiondata.extract.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.Test;

/** The default folding reads its table; it must fold every text as the exact folding does. */
class CharTableFoldingPropertyTest {

    private static final Folding EXACT = Folding.LOWER_CASE_WITHOUT_MARKS;

    @Property(tries = 5000)
    void foldsAsTheExactFolding(@ForAll("text") String text) {
        assertEquals(EXACT.fold(text), Folding.DEFAULT.fold(text), text);
    }

    /** Every tabled char next to every combining diacritic and a few letters, on both sides: where context could matter. */
    @Test
    void everyCharBesideMarksAndLettersFoldsAsTheExactFolding() {
        String neighbours = "aZéŐжЉđ'ΣİI\u0307\u0483\u2019„" + range('\u0300', '\u0370');
        for (char c = 0; c < '\u20D0'; c++) {
            for (int k = 0; k < neighbours.length(); k++) {
                String before = neighbours.charAt(k) + String.valueOf(c);
                String after = c + String.valueOf(neighbours.charAt(k));
                assertEquals(EXACT.fold(before), Folding.DEFAULT.fold(before), before);
                assertEquals(EXACT.fold(after), Folding.DEFAULT.fold(after), after);
            }
        }
    }

    static String range(char from, char to) {
        StringBuilder sb = new StringBuilder();
        for (char c = from; c < to; c++) {
            sb.append(c);
        }
        return sb.toString();
    }

    @Provide
    Arbitrary<String> text() {
        return Arbitraries.frequencyOf(
                        Tuple.of(4, Arbitraries.chars().range('\u0000', '\u0500')),
                        Tuple.of(2, Arbitraries.chars().range('\u0300', '\u0370')),
                        Tuple.of(2, Arbitraries.chars().range('\u2000', '\u20D0')),
                        Tuple.of(2, Arbitraries.of('Σ', 'σ', 'ς', 'İ', 'ı', 'ǅ', 'ŉ', 'ß', 'ﬁ', 'Å', 'Ω', 'K', 'ͅ', '\ud835', '\udc00', ' ')),
                        Tuple.of(1, Arbitraries.chars()))
                .list().ofMaxSize(24).map(cs -> {
                    StringBuilder sb = new StringBuilder();
                    cs.forEach(sb::append);
                    return sb.toString();
                });
    }
}
