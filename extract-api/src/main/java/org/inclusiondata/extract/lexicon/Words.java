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

    Words(String text, List<Token> tokens, Inflection inflection) {
        this.text = text;
        this.tokens = List.copyOf(tokens);
        List<List<String>> s = new ArrayList<>(tokens.size());
        // A page repeats its words; their stems are cut once (the lists are only read).
        java.util.Map<String, List<String>> seen = new java.util.HashMap<>();
        for (Token t : tokens) {
            s.add(t.isNumber() ? List.of(t.folded()) : seen.computeIfAbsent(t.folded(), inflection::stems));
        }
        this.stems = s;
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
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start() < offset) {
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
