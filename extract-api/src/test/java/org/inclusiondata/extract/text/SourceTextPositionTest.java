package org.inclusiondata.extract.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Line and column of any offset equal a plain count of lines and code points from the line start. */
class SourceTextPositionTest {

    @Property(tries = 300)
    void lineAndColumnMatchANaiveCount(@ForAll("texts") String text, @ForAll("fractions") double where) {
        SourceText source = SourceText.identity("p.txt", text, "hu", "Latn");
        int offset = (int) Math.floor(where * text.length());
        assertArrayEquals(naive(text, offset), source.lineColumn(offset), () -> "offset " + offset + " of " + text.codePoints()
                .mapToObj(Integer::toHexString).toList());
    }

    private static int[] naive(String s, int offset) {
        int line = 1;
        int start = 0;
        for (int i = 0; i < offset; i++) {
            char c = s.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= s.length() || s.charAt(i + 1) != '\n'))) {
                line++;
                start = i + 1;
            }
        }
        return new int[] {line, s.codePointCount(start, offset) + 1};
    }

    @Provide
    Arbitrary<String> texts() {
        // Lines, CR/LF mixes, emoji (surrogate pairs) and lone surrogates, where column counting can go wrong.
        return Arbitraries.strings().withChars("ab\n\r\uD83D\uDE00\uD800\uDC00é").ofMaxLength(60)
                .edgeCases(c -> c.add("\uD83D\uDE00\n\uD83D\uDE00x"));
    }

    @Provide
    Arbitrary<Double> fractions() {
        return Arbitraries.doubles().between(0, 1);
    }
}
