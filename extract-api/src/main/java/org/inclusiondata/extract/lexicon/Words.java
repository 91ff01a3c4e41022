package org.inclusiondata.extract.lexicon;

import java.util.ArrayList;
import java.util.List;

/**
 * A range of text cut into tokens, with the candidate stems of every token computed once, so
 * that many phrase tables can be matched against it cheaply.
 */
public final class Words {

    private final String text;
    private final List<Token> tokens;
    private final List<List<String>> stems;
    /** The lexicon's numbering of {@link #stemIds}, or null when the words are not numbered. */
    private final WordIds ids;
    /** Per token, the numbers of those of its stems that some phrase of the lexicon contains, in the order of {@link #stems}. */
    private final int[][] stemIds;
    private final int[] starts;
    private final boolean[] joined;

    Words(String text, List<Token> tokens, Inflection inflection, WordIds ids) {
        this.text = text;
        this.tokens = List.copyOf(tokens);
        this.ids = ids;
        int n = this.tokens.size();
        List<List<String>> s = new ArrayList<>(n);
        this.stemIds = new int[n][];
        this.starts = new int[n];
        // A page repeats its words; their stems are cut and numbered once (the lists and arrays are only read).
        // Numbers take no endings, so they are kept apart from words.
        java.util.Map<String, Stemmed> seen = new java.util.HashMap<>();
        java.util.Map<String, Stemmed> seenNumbers = new java.util.HashMap<>();
        for (int i = 0; i < n; i++) {
            Token t = this.tokens.get(i);
            Stemmed st = t.isNumber() ? seenNumbers.computeIfAbsent(t.folded(), f -> stemmed(List.of(f), ids))
                    : seen.computeIfAbsent(t.folded(), f -> stemmed(inflection.stems(f), ids));
            s.add(st.stems);
            stemIds[i] = st.ids;
            starts[i] = t.start();
        }
        this.stems = s;
        this.joined = new boolean[n];
        for (int i = 0; i + 1 < n; i++) {
            joined[i] = joinedBetween(i);
        }
    }

    private record Stemmed(List<String> stems, int[] ids) {
    }

    private static Stemmed stemmed(List<String> stems, WordIds ids) {
        if (ids == null) {
            return new Stemmed(stems, null);
        }
        int[] out = new int[stems.size()];
        int k = 0;
        for (String stem : stems) {
            int id = ids.id(stem);
            if (id != WordIds.NONE) {
                out[k++] = id;
            }
        }
        return new Stemmed(stems, java.util.Arrays.copyOf(out, k));
    }

    /** Whether these words were numbered with {@code lexiconIds}, so a table numbered alike may compare numbers. */
    boolean numberedBy(WordIds lexiconIds) {
        return ids != null && ids == lexiconIds;
    }

    /** The numbers of the stems of token {@code i} that the lexicon knows; only when {@link #numberedBy} holds. */
    int[] stemIds(int i) {
        return stemIds[i];
    }

    /** Whether token {@code i} has a stem numbered {@code id}. */
    boolean hasStemId(int i, int id) {
        for (int s : stemIds[i]) {
            if (s == id) {
                return true;
            }
        }
        return false;
    }

    public String text() {
        return text;
    }

    public List<Token> tokens() {
        return tokens;
    }

    public int size() {
        return tokens.size();
    }

    public Token get(int i) {
        return tokens.get(i);
    }

    public List<String> stems(int i) {
        return stems.get(i);
    }

    /** Index of the first token starting at or after {@code offset}, or {@link #size()}. */
    public int indexAtOrAfter(int offset) {
        int lo = 0;
        int hi = starts.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Whether the characters between tokens {@code i} and {@code i + 1} keep them in one phrase. */
    public boolean joined(int i) {
        if (i + 1 >= tokens.size()) {
            return false;
        }
        return joined[i];
    }

    private boolean joinedBetween(int i) {
        int a = tokens.get(i).end();
        int b = tokens.get(i + 1).start();
        if (b - a > 3) {
            return false;
        }
        for (int k = a; k < b; k++) {
            char c = text.charAt(k);
            if (c == '\n' || c == '\r' || c == ',' || c == ';' || c == ':' || c == '(' || c == ')') {
                return false;
            }
            if ((c == '.' || c == '!' || c == '?') && sentenceEndsBetween(i, k)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A full stop after a word, followed by a space and a capitalised word, ends a sentence
     * ({@code община Стралджа. Неговата}), unless the word before it is an abbreviation or an
     * initial ({@code Kft. Budapest}, {@code J. Smith}): a short word not written in capitals.
     */
    private boolean sentenceEndsBetween(int i, int mark) {
        Token before = tokens.get(i);
        Token after = tokens.get(i + 1);
        if (mark != before.end() || !after.isCapitalized() || mark + 1 >= after.start()) {
            return false;
        }
        if (text.charAt(mark) != '.') {
            return true;
        }
        String w = before.raw();
        int letters = 0;
        for (int k = 0; k < w.length(); k++) {
            if (Character.isLetter(w.charAt(k))) {
                letters++;
            }
        }
        if (before.isNumber()) {
            return false;
        }
        // An acronym in capitals ("ЕООД.") needs no full stop of its own, so its full stop ends the sentence.
        return letters > 4 || (letters >= 2 && before.isUpperWord());
    }
}
