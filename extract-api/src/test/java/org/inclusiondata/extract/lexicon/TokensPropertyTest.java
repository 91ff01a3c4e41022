package org.inclusiondata.extract.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Tokens reads the class of most chars from a table; it must cut any text exactly as asking
 * {@link Character} about every char does (the reference below is the tokenizer before the table).
 */
class TokensPropertyTest {

    @Property(tries = 3000)
    void cutsAsTheCharacterPredicatesDo(@ForAll("text") String text) {
        assertEquals(reference(text, 0, text.length(), Folding.DEFAULT), Tokens.of(text, Folding.DEFAULT), text);
        int from = text.length() / 3;
        int to = Math.max(from, text.length() - 1);
        assertEquals(reference(text, from, to, Folding.DEFAULT), Tokens.of(text, from, to, Folding.DEFAULT), text);
    }

    @Provide
    Arbitrary<String> text() {
        Arbitrary<Character> anyChar = Arbitraries.chars();
        Arbitrary<Character> tabled = Arbitraries.chars().range('\u0000', '\u3000');
        Arbitrary<Character> common = Arbitraries.of('a', 'Á', 'é', 'ő', 'ж', 'Љ', 'đ', '7', ' ', '\'', '\u2019', '€', '$', '.', ',',
                '\n', '\u0301', '\u0903', '\ud835', '\udc00', '„', '–');
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(5, common), net.jqwik.api.Tuple.of(3, tabled), net.jqwik.api.Tuple.of(1, anyChar))
                .list().ofMaxSize(40).map(cs -> {
                    StringBuilder sb = new StringBuilder();
                    cs.forEach(sb::append);
                    return sb.toString();
                });
    }

    private static List<Token> reference(String text, int from, int to, Folding folding) {
        List<Token> out = new ArrayList<>();
        int i = Math.max(0, from);
        int limit = Math.min(to, text.length());
        while (i < limit) {
            int cp = text.codePointAt(i);
            if (Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK) {
                int s = i;
                i += Character.charCount(cp);
                while (i < limit) {
                    int c = text.codePointAt(i);
                    if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
                            || Character.getType(c) == Character.COMBINING_SPACING_MARK) {
                        i += Character.charCount(c);
                    } else if ((c == '\'' || c == '\u2019') && i + 1 < limit && Character.isLetter(text.codePointAt(i + 1))
                            && !Character.isDigit(text.codePointAt(s))) {
                        i++;
                    } else {
                        break;
                    }
                }
                String raw = text.substring(s, i);
                out.add(new Token(s, i, raw, folding.fold(raw)));
            } else if (Character.getType(cp) == Character.CURRENCY_SYMBOL) {
                String raw = new String(Character.toChars(cp));
                out.add(new Token(i, i + raw.length(), raw, raw));
                i += raw.length();
            } else {
                i += Character.charCount(cp);
            }
        }
        return out;
    }
}
