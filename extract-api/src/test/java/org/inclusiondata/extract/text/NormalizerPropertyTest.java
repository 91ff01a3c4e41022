package org.inclusiondata.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;
import org.inclusiondata.model.Span;

class NormalizerPropertyTest {

    /** Letters of the three languages, their decomposed accents, and every character the normaliser rewrites. */
    private static final String ALPHABET = "aeoőüéSzcčćšžđ ЂђјљњћџъщрРомa\u0301\u0308\u030B\u030C"
            + " \u00A0\u2009\u202F\t\r\n\u2028\u200B\u200D\u00AD\uFEFF\u201E\u201C\u201D\u00AB\u00BB\u201A\u2018\u2019\u2033"
            + ",,,\"'\u2013\u2014\u2015\u2212\u2010\u2011-.()0123456789";

    @Provide
    Arbitrary<String> pages() {
        return Arbitraries.of(ALPHABET.chars().mapToObj(c -> (char) c).toArray(Character[]::new))
                .list().ofMaxSize(200)
                .map(list -> {
                    StringBuilder sb = new StringBuilder();
                    list.forEach(sb::append);
                    return sb.toString();
                });
    }

    /** The same characters without the two context-dependent rules (the {@code ,,} quote and combining marks). */
    @Provide
    Arbitrary<String> contextFreePages() {
        String alphabet = ALPHABET.replace(",", "").replaceAll("\\p{M}", "");
        return Arbitraries.of(alphabet.chars().mapToObj(c -> (char) c).toArray(Character[]::new))
                .list().ofMaxSize(200)
                .map(list -> {
                    StringBuilder sb = new StringBuilder();
                    list.forEach(sb::append);
                    return sb.toString();
                });
    }

    /** Without context-dependent rules, every slice of the normalised text maps back faithfully. */
    @Property(tries = 500)
    void anySliceNormalisesBackWhenNoRuleDependsOnContext(@ForAll("contextFreePages") String original,
            @ForAll int a, @ForAll int b) {
        SourceText t = Normalizer.normalize("p", original);
        int n = t.text().length();
        int start = Math.floorMod(a, n + 1);
        int end = start + Math.floorMod(b, n - start + 1);
        assertEquals(t.text().substring(start, end), Normalizer.normalize("p", t.originalSlice(start, end)).text());
    }

    @Property(tries = 500)
    void mapIsMonotoneAndInsideTheOriginal(@ForAll("pages") String original) {
        SourceText t = Normalizer.normalize("p", original);
        int previous = 0;
        for (int i = 0; i <= t.text().length(); i++) {
            int o = t.originalOffset(i);
            assertTrue(o >= previous && o <= original.length(), "offset " + i + " -> " + o);
            previous = o;
        }
        assertEquals(original.length(), t.originalOffset(t.text().length()));
    }

    @Property(tries = 500)
    void idempotent(@ForAll("pages") String original) {
        String once = Normalizer.normalize("p", original).text();
        assertEquals(once, Normalizer.normalize("p", once).text());
    }

    @Property(tries = 300)
    void idempotentOnAnyText(@ForAll @StringLength(max = 200) String original) {
        String once = Normalizer.normalize("p", original).text();
        assertEquals(once, Normalizer.normalize("p", once).text());
    }

    @Property(tries = 300)
    void neverThrowsAndSpansStayInsideTheOriginal(@ForAll @StringLength(max = 200) String original,
            @ForAll int a, @ForAll int b) {
        SourceText t = Normalizer.normalize("p", original);
        int n = t.text().length();
        int start = Math.floorMod(a, n + 1);
        int end = start + Math.floorMod(b, n - start + 1);
        Span s = t.span(start, end, "x");
        assertTrue(s.start() <= s.end() && s.end() <= original.length());
        assertTrue(t.originalSlice(start, end).length() == s.end() - s.start());
    }

    /**
     * A slice from one word boundary to another maps to original characters that normalise back
     * to the same slice: what extractors rely on when they keep values as written.
     */
    @Property(tries = 500)
    void wordSlicesNormaliseBackToTheSameText(@ForAll("pages") String original, @ForAll int a, @ForAll int b) {
        SourceText t = Normalizer.normalize("p", original);
        String text = t.text();
        java.util.List<Integer> bounds = new java.util.ArrayList<>();
        for (int i = 0; i <= text.length(); i++) {
            boolean before = i == 0 || Character.isWhitespace(text.charAt(i - 1));
            boolean after = i == text.length() || Character.isWhitespace(text.charAt(i));
            boolean mark = i < text.length() && Character.getType(text.charAt(i)) == Character.NON_SPACING_MARK;
            if ((before || after) && !mark) {
                bounds.add(i);
            }
        }
        int start = bounds.get(Math.floorMod(a, bounds.size()));
        int end = bounds.get(Math.floorMod(b, bounds.size()));
        if (end < start) {
            int x = start;
            start = end;
            end = x;
        }
        String slice = t.originalSlice(start, end);
        assertEquals(text.substring(start, end), Normalizer.normalize("p", slice).text(),
                "slice [" + start + ", " + end + ") of " + text + " from original " + slice);
    }
}
