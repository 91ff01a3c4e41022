package org.inclusiondata.extractors.sr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.inclusiondata.extract.lexicon.CharTableFolding;
import org.inclusiondata.extract.lexicon.Folding;
import org.junit.jupiter.api.Test;

/** The Serbian lexicons fold through a char table; it must fold every text as {@link SerbianFolding} does. */
class SerbianFoldingTablePropertyTest {

    private static final Folding EXACT = SerbianFolding.INSTANCE;
    private static final Folding TABLED = CharTableFolding.of(SerbianFolding.INSTANCE);

    @Property(tries = 5000)
    void foldsAsSerbianFolding(@ForAll("text") String text) {
        assertEquals(EXACT.fold(text), TABLED.fold(text), text);
    }

    @Test
    void theLexiconsFoldThroughTheTable() {
        assertEquals(TABLED.getClass(), SerbianLexicons.lexicon().folding().getClass());
    }

    /** Every tabled char next to every combining diacritic and a few letters, on both sides: where context could matter. */
    @Test
    void everyCharBesideMarksAndLettersFoldsAsSerbianFolding() {
        StringBuilder neighbours = new StringBuilder("aZéŐжЉђđ'ΣİI\u0307\u0483\u2019„ǈ");
        for (char c = '\u0300'; c < '\u0370'; c++) {
            neighbours.append(c);
        }
        for (char c = 0; c < '\u20D0'; c++) {
            for (int k = 0; k < neighbours.length(); k++) {
                String before = neighbours.charAt(k) + String.valueOf(c);
                String after = c + String.valueOf(neighbours.charAt(k));
                assertEquals(EXACT.fold(before), TABLED.fold(before), before);
                assertEquals(EXACT.fold(after), TABLED.fold(after), after);
            }
        }
    }

    @Provide
    Arbitrary<String> text() {
        return Arbitraries.frequencyOf(
                        Tuple.of(4, Arbitraries.chars().range('\u0000', '\u0500')),
                        Tuple.of(2, Arbitraries.chars().range('\u0300', '\u0370')),
                        Tuple.of(2, Arbitraries.chars().range('\u2000', '\u20D0')),
                        Tuple.of(2, Arbitraries.of('Σ', 'σ', 'ς', 'İ', 'ı', 'ǅ', 'ǈ', 'ŉ', 'ß', 'ﬁ', 'Å', 'Ω', 'K', 'ͅ', 'Ђ', 'џ', '\ud835', '\udc00', ' ')),
                        Tuple.of(1, Arbitraries.chars()))
                .list().ofMaxSize(24).map(cs -> {
                    StringBuilder sb = new StringBuilder();
                    cs.forEach(sb::append);
                    return sb.toString();
                });
    }
}
