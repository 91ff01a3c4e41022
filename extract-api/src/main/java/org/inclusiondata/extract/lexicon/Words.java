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
    /** Per token, its form: tokens with the same folded word share one. */
    private final Form[] forms;
    /** The lexicon's numbering of the stems, or null when the words are not numbered. */
    private final WordIds ids;
    private final int[] starts;
    private final boolean[] joined;

    Words(String text, List<Token> tokens, Inflection inflection, WordIds ids) {
        this.text = text;
        this.tokens = List.copyOf(tokens);
        this.ids = ids;
        int n = this.tokens.size();
        this.forms = new Form[n];
        this.starts = new int[n];
        // A page repeats its words; each is stemmed and numbered once. Numbers take no endings, so they are kept apart.
        java.util.Map<String, Form> seen = new java.util.HashMap<>();
        java.util.Map<String, Form> seenNumbers = new java.util.HashMap<>();
        for (int i = 0; i < n; i++) {
            Token t = this.tokens.get(i);
            forms[i] = t.isNumber() ? seenNumbers.computeIfAbsent(t.folded(), f -> new Form(f, null, ids))
                    : seen.computeIfAbsent(t.folded(), f -> new Form(f, inflection, ids));
            starts[i] = t.start();
        }
        this.joined = new boolean[n];
        for (int i = 0; i + 1 < n; i++) {
            joined[i] = joinedBetween(i);
        }
    }

    /**
     * A folded word of the page with the numbers of its stems. The stems as strings are needed only
     * by lookups through strings (compound tails, tables of another lexicon), so they are cut on
     * first use; a Words belongs to one reading of one page and is not shared between threads.
     */
    private static final class Form {
        final String folded;
        /** The hashes of the prefixes of {@link #folded} ({@link KeyTable#prefixHashes}): of every stem and tail. */
        final int[] prefixHashes;
        /** Where the stems end in {@link #folded}, in the order of {@link Inflection#stems}; a number has itself only. */
        final int[] stemEnds;
        /** The numbers of the stems the lexicon numbers, in the same order; null when the words are not numbered. */
        final int[] ids;
        List<String> stems;

        Form(String folded, Inflection inflection, WordIds lexiconIds) {
            this.folded = folded;
            this.prefixHashes = KeyTable.prefixHashes(folded);
            this.stemEnds = inflection == null ? new int[] {folded.length()} : inflection.stemEnds(folded, prefixHashes);
            if (lexiconIds == null) {
                this.ids = null;
            } else {
                int[] out = new int[stemEnds.length];
                int k = 0;
                for (int end : stemEnds) {
                    int id = lexiconIds.id(folded, 0, end, prefixHashes[end]);
                    if (id != WordIds.NONE) {
                        out[k++] = id;
                    }
                }
                this.ids = k == out.length ? out : java.util.Arrays.copyOf(out, k);
            }
        }
    }

    /** The folded word of token {@code i}. */
    String folded(int i) {
        return forms[i].folded;
    }

    /** Where the stems of token {@code i} end in its {@link #folded} word, in the order of {@link #stems}. */
    int[] stemEnds(int i) {
        return forms[i].stemEnds;
    }

    /** The {@link String#hashCode} of {@code folded(i)[from, to)}. */
    int hash(int i, int from, int to) {
        return KeyTable.hash(forms[i].prefixHashes, from, to);
    }

    /** Whether these words were numbered with {@code lexiconIds}, so a table numbered alike may compare numbers. */
    boolean numberedBy(WordIds lexiconIds) {
        return ids != null && ids == lexiconIds;
    }

    /** The numbers of the stems of token {@code i} that the lexicon knows; only when {@link #numberedBy} holds. */
    int[] stemIds(int i) {
        return forms[i].ids;
    }

    /** Whether token {@code i} has a stem numbered {@code id}. */
    boolean hasStemId(int i, int id) {
        for (int s : forms[i].ids) {
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

    /** The folded word of token {@code i}, then every stem left when a known ending is cut off (none from a number). */
    public List<String> stems(int i) {
        Form f = forms[i];
        if (f.stems == null) {
            List<String> s = new ArrayList<>(f.stemEnds.length);
            for (int end : f.stemEnds) {
                s.add(end == f.folded.length() ? f.folded : f.folded.substring(0, end));
            }
            f.stems = s;
        }
        return f.stems;
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
