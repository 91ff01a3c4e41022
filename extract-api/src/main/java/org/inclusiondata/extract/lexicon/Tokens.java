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

    private static final int STARTS = 1;
    private static final int CONTINUES = 2;
    private static final int CURRENCY = 4;
    /** Below this, a char's class is read from {@link #CLASSES}: Latin, Greek, Cyrillic and the punctuation pages. */
    private static final char TABLED = '\u3000';
    /**
     * The classes of the chars below {@link #TABLED} (none is a surrogate), computed from the same
     * {@link Character} predicates as {@link #classOf}: asking them for every char of a page was most
     * of the cost of cutting it.
     */
    private static final byte[] CLASSES = new byte[TABLED];

    static {
        for (char c = 0; c < TABLED; c++) {
            CLASSES[c] = (byte) computeClass(c);
        }
    }

    private static int computeClass(int cp) {
        int type = Character.getType(cp);
        boolean letterOrDigit = Character.isLetterOrDigit(cp);
        return (letterOrDigit || type == Character.NON_SPACING_MARK ? STARTS : 0)
                | (letterOrDigit || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK ? CONTINUES : 0)
                | (type == Character.CURRENCY_SYMBOL ? CURRENCY : 0);
    }

    private static int classOf(int cp) {
        return cp < TABLED ? CLASSES[cp] : computeClass(cp);
    }

    public static List<Token> of(String text, int from, int to, Folding folding) {
        List<Token> out = new ArrayList<>();
        // Folding is a pure function and a page repeats its words: fold each distinct word once.
        java.util.Map<String, String> folded = new java.util.HashMap<>();
        int i = Math.max(0, from);
        int limit = Math.min(to, text.length());
        while (i < limit) {
            int cp = text.codePointAt(i);
            int cls = classOf(cp);
            if ((cls & STARTS) != 0) {
                int s = i;
                i += Character.charCount(cp);
                while (i < limit) {
                    int c = text.codePointAt(i);
                    if ((classOf(c) & CONTINUES) != 0) {
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
            } else if ((cls & CURRENCY) != 0) {
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
