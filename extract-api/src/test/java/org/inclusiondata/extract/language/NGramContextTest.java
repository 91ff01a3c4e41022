package org.inclusiondata.extract.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.CharBuffer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class NGramContextTest {

    @Property(tries = 1500)
    void listsTheNGramsInOpenNlpsSummingOrder(@ForAll("tricky") String text) {
        String normalized = DetectorNormalizer.normalize(text);
        Assume.that(!DetectorTexts.openNlpOrderIsUndefined(normalized));
        assertEquals(DetectorTexts.openNlpOrder(normalized), unpacked(NGramContext.of(normalized)));
    }

    @Property(tries = 300)
    void packsAndUnpacksAnyNGram(@ForAll("grams") String gram) {
        assertEquals(gram, NGramContext.unpack(NGramContext.pack(gram)));
    }

    /** Letters 1,024 code points apart share their bin up to 1,024 bins, so OpenNLP's maps grow trees. */
    @Test
    void followsOpenNlpWhenItsMapsGrowTrees() {
        StringBuilder b = new StringBuilder("roma közösségek társadalmi befogadása ");
        for (int k = 0; k < 12; k++) {
            b.append((char) ('\u0430' + (k << 10))).append(' ');
        }
        String normalized = DetectorNormalizer.normalize(b.toString());
        Set<String> grams = new LinkedHashSet<>();
        for (int length = 1; length <= 3; length++) {
            for (int i = 0; i + length <= normalized.length(); i++) {
                grams.add(normalized.substring(i, i + length));
            }
        }
        int[] hashes = grams.stream().mapToInt(g -> CharBuffer.wrap(g).hashCode()).toArray();
        assertNull(HashMapOrder.iterationOrder(hashes, hashes.length), "the test text should make a tree");
        assertEquals(DetectorTexts.openNlpOrder(normalized), unpacked(NGramContext.of(normalized)));
    }

    private static List<String> unpacked(long[] keys) {
        List<String> grams = new ArrayList<>();
        for (long key : keys) {
            grams.add(NGramContext.unpack(key));
        }
        return grams;
    }

    @Provide
    Arbitrary<String> tricky() {
        return DetectorTexts.tricky();
    }

    @Provide
    Arbitrary<String> grams() {
        return Arbitraries.strings().all().ofMinLength(1).ofMaxLength(NGramContext.MAX_LENGTH);
    }
}
