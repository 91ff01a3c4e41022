package org.inclusiondata.extract.lexicon;

/**
 * A folding that folds a word char by char from a table, with the result of an exact folding:
 * the exact foldings normalise and lower-case every distinct word of every page, and most of
 * their cost was those general passes over words whose chars all fold alone.
 *
 * <p>Only for a folding that works char by char on the tabled chars, i.e. {@code fold(a + b) =
 * fold(a) + fold(b)} for any words {@code a}, {@code b} made of them: lower case in the root
 * locale, canonical or compatibility decomposition, removing combining marks and letter-by-letter
 * transliteration all are, as long as every mark that canonical reordering could move is removed.
 * The tabled chars are those below U+0500 (Latin, IPA, combining diacritics, Cyrillic) but Greek,
 * whose capital sigma lower-cases by its place in the word, and general punctuation and currency
 * signs (U+2000 to U+20CF: dashes, quotation marks, the euro sign). A word with any other char is
 * folded by the exact folding. Immutable and thread-safe when the exact folding is.
 */
public final class CharTableFolding implements Folding {

    private static final char LIMIT = '\u20D0';
    private static final char GREEK_FIRST = '\u0370';
    private static final char GREEK_LAST = '\u03FF';
    private static final char PUNCTUATION_FIRST = '\u2000';

    private final Folding exact;
    /** The folded form of each tabled char; null for a char that is not tabled. */
    private final String[] table;

    private CharTableFolding(Folding exact) {
        this.exact = exact;
        this.table = new String[LIMIT];
        for (char c = 0; c < LIMIT; c++) {
            if (c < GREEK_FIRST || c > GREEK_LAST && c < '\u0500' || c >= PUNCTUATION_FIRST) {
                table[c] = exact.fold(String.valueOf(c));
            }
        }
    }

    /** {@code exact}, folded from a table wherever that gives the same word; see the class comment for the condition. */
    public static CharTableFolding of(Folding exact) {
        return exact instanceof CharTableFolding t ? t : new CharTableFolding(exact);
    }

    /** The folding this one gives the same results as. */
    public Folding exact() {
        return exact;
    }

    @Override
    public String fold(String word) {
        int n = word.length();
        StringBuilder out = null;
        for (int i = 0; i < n; i++) {
            char c = word.charAt(i);
            String f = c < LIMIT ? table[c] : null;
            if (f == null) {
                return exact.fold(word);
            }
            if (out == null) {
                if (f.length() == 1 && f.charAt(0) == c) {
                    continue;
                }
                out = new StringBuilder(n + 4).append(word, 0, i);
            }
            out.append(f);
        }
        return out == null ? word : out.toString();
    }
}
