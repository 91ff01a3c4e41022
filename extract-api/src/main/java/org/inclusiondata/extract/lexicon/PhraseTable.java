package org.inclusiondata.extract.lexicon;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Phrases of one lexicon file, each with a value, matched word by word against {@link Words}:
 * every word of the phrase must meet a text word that is the same folded word or that word plus an
 * ending of the language ({@link Inflection}). Lookups go through an index on the first word, so
 * matching is linear in the text whatever the size of the table. Immutable.
 */
public final class PhraseTable<V> {

    private record Entry<V>(String phrase, String[] words, V value, int[] ids) {
    }

    private final Map<String, List<Entry<V>>> byFirstWord;
    /** The one-word phrases, looked up by a range of a stem; their values in {@link #singleValues}, in the same order. */
    private final KeyTable singleWords;
    private final List<V> singleValues;
    /** The length of the longest one-word phrase: no longer tail can be one. */
    private final int longestSingleWord;
    /**
     * The last four letters of every one-word phrase of four or more: a tail {@link #tailOf} can
     * find ends with them, so a word whose ending is not among them needs no search of its tails
     * (the search hashes a range per tail length, for every word of a sentence).
     */
    private final KeyTable lastFours;
    private final int size;
    /**
     * The numbering of the lexicon this table belongs to, or null. Words numbered alike are matched
     * through {@link #byFirstId}; any other words through the strings, with the same result.
     */
    private final WordIds ids;
    /** The entries of {@link #byFirstWord} by the number of their first word (null: none), in the same order. */
    private final Entry<V>[][] byFirstId;

    private PhraseTable(Map<String, List<Entry<V>>> byFirstWord, Map<String, V> singleWords, int size) {
        this.byFirstWord = byFirstWord;
        List<String> singles = new ArrayList<>(singleWords.keySet());
        this.singleWords = new KeyTable(singles);
        this.singleValues = singles.stream().map(singleWords::get).toList();
        this.longestSingleWord = singleWords.keySet().stream().mapToInt(String::length).max().orElse(0);
        this.lastFours = new KeyTable(singleWords.keySet().stream().filter(w -> w.length() >= 4)
                .map(w -> w.substring(w.length() - 4)).toList());
        this.size = size;
        this.ids = null;
        this.byFirstId = null;
    }

    @SuppressWarnings("unchecked")
    private PhraseTable(PhraseTable<V> strings, WordIds ids) {
        this.singleWords = strings.singleWords;
        this.singleValues = strings.singleValues;
        this.longestSingleWord = strings.longestSingleWord;
        this.lastFours = strings.lastFours;
        this.size = strings.size;
        this.ids = ids;
        // In the order of the strings' map, so phrases() lists the phrases alike.
        Map<String, List<Entry<V>>> numbered = new java.util.LinkedHashMap<>();
        this.byFirstId = (Entry<V>[][]) new Entry<?>[ids.size()][];
        strings.byFirstWord.forEach((first, entries) -> {
            List<Entry<V>> es = new ArrayList<>(entries.size());
            for (Entry<V> e : entries) {
                int[] n = new int[e.words.length];
                for (int k = 0; k < n.length; k++) {
                    n[k] = ids.id(e.words[k]);
                    if (n[k] == WordIds.NONE) {
                        throw new IllegalArgumentException("'" + e.words[k] + "' of '" + e.phrase + "' is not numbered");
                    }
                }
                es.add(new Entry<>(e.phrase, e.words, e.value, n));
            }
            numbered.put(first, List.copyOf(es));
            byFirstId[ids.id(first)] = es.toArray(new Entry[0]);
        });
        this.byFirstWord = Collections.unmodifiableMap(numbered);
    }

    /** This table, matched by number against words cut with the same numbering ({@link Lexicon#words}). */
    PhraseTable<V> numberedBy(WordIds lexiconIds) {
        return new PhraseTable<>(this, lexiconIds);
    }

    /** The folded words of every phrase. */
    java.util.stream.Stream<String> phraseWords() {
        return byFirstWord.values().stream().flatMap(List::stream).flatMap(e -> java.util.Arrays.stream(e.words));
    }

    public static <V> PhraseTable<V> empty() {
        return new PhraseTable<>(Map.of(), Map.of(), 0);
    }

    public int size() {
        return size;
    }

    /** The phrases as written in the lexicon file. */
    public java.util.stream.Stream<String> phrases() {
        return byFirstWord.values().stream().flatMap(List::stream).map(Entry::phrase);
    }

    public boolean isEmpty() {
        return size == 0;
    }

    /** The longest phrase that starts at token {@code i}. */
    public Optional<PhraseMatch<V>> matchAt(Words words, int i) {
        if (i < 0 || i >= words.size()) {
            return Optional.empty();
        }
        Entry<V> best = longestAt(words, i);
        if (best == null) {
            return Optional.empty();
        }
        int endToken = i + best.words.length;
        return Optional.of(new PhraseMatch<>(best.value, best.phrase, i, endToken, words.get(i).start(),
                words.get(endToken - 1).end()));
    }

    /** The longest entry starting at token {@code i} (the first listed of equal length), or null; {@code i} is a token. */
    private Entry<V> longestAt(Words words, int i) {
        return ids != null && words.numberedBy(ids) ? longestById(words, i) : longestByString(words, i);
    }

    private Entry<V> longestById(Words words, int i) {
        Entry<V> best = null;
        for (int stem : words.stemIds(i)) {
            Entry<V>[] candidates = byFirstId[stem];
            if (candidates == null) {
                continue;
            }
            for (Entry<V> e : candidates) {
                if ((best == null || e.ids.length > best.ids.length) && restById(words, i, e.ids)) {
                    best = e;
                }
            }
        }
        return best;
    }

    private static boolean restById(Words words, int i, int[] phrase) {
        for (int k = 1; k < phrase.length; k++) {
            int t = i + k;
            if (t >= words.size() || !words.joined(t - 1) || !words.hasStemId(t, phrase[k])) {
                return false;
            }
        }
        return true;
    }

    private Entry<V> longestByString(Words words, int i) {
        Entry<V> best = null;
        for (String stem : words.stems(i)) {
            List<Entry<V>> candidates = byFirstWord.get(stem);
            if (candidates == null) {
                continue;
            }
            for (Entry<V> e : candidates) {
                if ((best == null || e.words.length > best.words.length) && rest(words, i, e.words)) {
                    best = e;
                }
            }
        }
        return best;
    }

    private static boolean rest(Words words, int i, String[] phrase) {
        for (int k = 1; k < phrase.length; k++) {
            int t = i + k;
            if (t >= words.size() || !words.joined(t - 1) || !words.stems(t).contains(phrase[k])) {
                return false;
            }
        }
        return true;
    }

    /** Every phrase in {@code [fromToken, toToken)}, leftmost first, longest at each place, not overlapping. */
    public List<PhraseMatch<V>> findAll(Words words, int fromToken, int toToken) {
        List<PhraseMatch<V>> out = new ArrayList<>();
        int i = Math.max(0, fromToken);
        int limit = Math.min(toToken, words.size());
        while (i < limit) {
            Entry<V> e = longestAt(words, i);
            if (e != null && i + e.words.length <= limit) {
                int end = i + e.words.length;
                out.add(new PhraseMatch<>(e.value, e.phrase, i, end, words.get(i).start(), words.get(end - 1).end()));
                i = end;
            } else {
                i++;
            }
        }
        return out;
    }

    public List<PhraseMatch<V>> findAll(Words words) {
        return findAll(words, 0, words.size());
    }

    /**
     * The one-word phrase a compound ends with, for languages that build compounds
     * ({@code Tudományegyetem} ends with {@code egyetem}). Tails shorter than four letters are
     * ignored, so short entries do not match inside unrelated words.
     */
    public Optional<V> tailOf(Words words, int i) {
        String stem = words.folded(i);
        // Each stem is stem[0, len) of the folded word; its tails are looked up by their hashes.
        for (int len : words.stemEnds(i)) {
            if (len < 4 || !lastFours.contains(stem, len - 4, len, words.hash(i, len - 4, len))) {
                continue;
            }
            // Only tails as long as some one-word phrase can be found, so a long word costs no more than a short one.
            for (int k = Math.max(0, len - longestSingleWord); k + 4 <= len; k++) {
                int n = singleWords.number(stem, k, len, words.hash(i, k, len));
                if (n != KeyTable.ABSENT) {
                    return Optional.of(singleValues.get(n));
                }
            }
        }
        return Optional.empty();
    }

    /** Whether some phrase of the table occurs in the words. */
    public boolean occursIn(Words words, int fromToken, int toToken) {
        // The walk of findAll up to its first match.
        int limit = Math.min(toToken, words.size());
        for (int i = Math.max(0, fromToken); i < limit; i++) {
            Entry<V> e = longestAt(words, i);
            if (e != null && i + e.words.length <= limit) {
                return true;
            }
        }
        return false;
    }

    /** Collects phrases; the folding must be the one the texts will be tokenised with. */
    public static final class Builder<V> {
        private final Folding folding;
        private final Map<String, List<Entry<V>>> map = new HashMap<>();
        private final Map<String, V> single = new HashMap<>();
        private int size;

        public Builder(Folding folding) {
            this.folding = folding;
        }

        /** Adds a phrase; returns false when the phrase has no word in it. */
        public boolean add(String phrase, V value) {
            List<Token> toks = Tokens.of(phrase, folding);
            if (toks.isEmpty()) {
                return false;
            }
            String[] words = toks.stream().map(Token::folded).toArray(String[]::new);
            map.computeIfAbsent(words[0], k -> new ArrayList<>()).add(new Entry<>(phrase, words, value, null));
            if (words.length == 1) {
                single.putIfAbsent(words[0], value);
            }
            size++;
            return true;
        }

        public PhraseTable<V> build() {
            Map<String, List<Entry<V>>> copy = new HashMap<>();
            map.forEach((k, v) -> copy.put(k, List.copyOf(v)));
            return new PhraseTable<>(Collections.unmodifiableMap(copy), Map.copyOf(single), size);
        }
    }
}
