package org.inclusiondata.extract.lexicon;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a range of text into {@link Token}s: runs of letters and digits (with inner apostrophes),
 * and single currency signs. Everything else separates tokens. Linear in the length of the range.
 */
public final class Tokens {

    private Tokens() {
    }

    public static List<Token> of(String text, int from, int to, Folding folding) {
        List<Token> out = new ArrayList<>();
        // Folding is a pure function and a page repeats its words: fold each distinct word once.
        java.util.Map<String, String> folded = new java.util.HashMap<>();
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
                out.add(new Token(s, i, raw, folded.computeIfAbsent(raw, folding::fold)));
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

    public static List<Token> of(String text, Folding folding) {
        return of(text, 0, text.length(), folding);
    }
}
