package org.inclusiondata.extract.language;

import java.nio.BufferOverflowException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The features OpenNLP's language detector reads from a normalised text, in the order it sums them:
 * every distinct character n-gram of one to three characters of the lower-cased text. OpenNLP
 * ({@code NGramCharModel.add}) inserts the n-grams into a {@code HashMap} of {@code CharBuffer}s,
 * all one-grams from left to right, then all two-grams, then all three-grams; its detector
 * ({@code LanguageDetectorME.arrayToCounts}) copies that map's keys into a second {@code HashMap}
 * and sums the features in the second map's order. A {@code CharBuffer}'s hash code is
 * {@code 31 * h + c} over its characters from the last to the first, starting from 1.
 *
 * <p>An n-gram is packed into a {@code long}: its length, then its characters, 16 bits each
 * (at most 50 bits, never 0).
 */
final class NGramContext {

    /** The longest n-gram: OpenNLP's factory asks for one to three characters. */
    static final int MAX_LENGTH = 3;

    private NGramContext() {
    }

    /**
     * The packed n-grams of {@code normalized} (the output of {@link DetectorNormalizer}) in the
     * order OpenNLP sums them.
     *
     * @throws BufferOverflowException where OpenNLP throws it: when lower-casing by code point
     *     lengthens the text
     */
    static long[] of(String normalized) {
        int n = normalized.length();
        char[] lower = lowerCase(normalized);
        Distinct grams = new Distinct(n * MAX_LENGTH);
        // The hash code of (a, b, c) is 31 * (31 * (31 * 1 + c) + b) + a, and so on for shorter ones.
        for (int i = 0; i < n; i++) {
            char a = lower[i];
            grams.add(1L << 16 | a, 31 + a);
        }
        for (int i = 0; i + 1 < n; i++) {
            char a = lower[i];
            char b = lower[i + 1];
            grams.add(2L << 32 | (long) a << 16 | b, 961 + 31 * b + a);
        }
        for (int i = 0; i + 2 < n; i++) {
            char a = lower[i];
            char b = lower[i + 1];
            char c = lower[i + 2];
            grams.add(3L << 48 | (long) a << 32 | (long) b << 16 | c, 29791 + 961 * c + 31 * b + a);
        }
        return inSummingOrder(grams.keys, grams.hashes, grams.count);
    }

    /**
     * {@code StringUtil.toLowerCaseCharBuffer}: each code point lower-cased into a buffer as long as
     * the text; a shorter result leaves NULs at the end, as OpenNLP's buffer does.
     */
    private static char[] lowerCase(String s) {
        int n = s.length();
        char[] lower = new char[n];
        int filled = 0;
        for (int i = 0; i < n; ) {
            char c = s.charAt(i);
            int l;
            if (!Character.isSurrogate(c) && (l = Character.toLowerCase((int) c)) <= Character.MAX_VALUE) {
                if (filled == n) {
                    throw new BufferOverflowException();
                }
                lower[filled++] = (char) l;
                i++;
                continue;
            }
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            for (char x : Character.toChars(Character.toLowerCase(cp))) {
                if (filled == n) {
                    throw new BufferOverflowException();
                }
                lower[filled++] = x;
            }
        }
        return lower;
    }

    /** The packed form of an n-gram of one to {@value #MAX_LENGTH} characters. */
    static long pack(CharSequence gram) {
        int length = gram.length();
        if (length < 1 || length > MAX_LENGTH) {
            throw new IllegalArgumentException("an n-gram has 1 to " + MAX_LENGTH + " characters: '" + gram + "'");
        }
        long key = length;
        for (int k = 0; k < length; k++) {
            key = key << 16 | gram.charAt(k);
        }
        return key;
    }

    /** The characters of a packed n-gram. */
    static String unpack(long key) {
        int length = (int) (key >>> 16 * lengthOf(key));
        char[] chars = new char[length];
        for (int k = length - 1; k >= 0; k--) {
            chars[k] = (char) key;
            key >>>= 16;
        }
        return new String(chars);
    }

    private static int lengthOf(long key) {
        return key >>> 48 != 0 ? 3 : key >>> 32 != 0 ? 2 : 1;
    }

    private static long[] inSummingOrder(long[] keys, int[] hashes, int count) {
        int[] order = HashMapOrder.iterationOrder(hashes, count);
        if (order == null || !HashMapOrder.staysListsWhenReinserted(hashes, order)) {
            return throughHashMaps(keys, hashes, count);
        }
        long[] ordered = new long[count];
        for (int i = 0; i < count; i++) {
            ordered[i] = keys[order[i]];
        }
        return ordered;
    }

    /**
     * When some bin of OpenNLP's maps becomes a tree, real maps give the order: keys with the same
     * hash code, the same equality and, like {@code CharBuffer} (whose subclasses do not name
     * themselves {@code Comparable}), no order of their own.
     */
    private static long[] throughHashMaps(long[] keys, int[] hashes, int count) {
        Map<Gram, Boolean> first = new HashMap<>();
        for (int i = 0; i < count; i++) {
            first.put(new Gram(keys[i], hashes[i]), Boolean.TRUE);
        }
        Map<Gram, Boolean> second = new HashMap<>();
        for (Gram g : first.keySet()) {
            second.put(g, Boolean.TRUE);
        }
        List<Gram> grams = new ArrayList<>(second.keySet());
        long[] ordered = new long[count];
        for (int i = 0; i < count; i++) {
            ordered[i] = grams.get(i).key;
        }
        return ordered;
    }

    private static final class Gram {
        final long key;
        final int hash;

        Gram(long key, int hash) {
            this.key = key;
            this.hash = hash;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Gram g && g.key == key;
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    /** Distinct packed keys in order of first occurrence (open addressing). */
    private static final class Distinct {
        final long[] keys;
        final int[] hashes;
        int count;
        private final long[] table;
        private final int mask;

        Distinct(int max) {
            keys = new long[max];
            hashes = new int[max];
            int size = Integer.highestOneBit(Math.max(4, max * 4 / 3)) << 1;
            table = new long[size];
            mask = size - 1;
        }

        void add(long key, int hash) {
            int slot = mix(key) & mask;
            while (table[slot] != 0) {
                if (table[slot] == key) {
                    return;
                }
                slot = (slot + 1) & mask;
            }
            table[slot] = key;
            keys[count] = key;
            hashes[count] = hash;
            count++;
        }
    }

    /** A slot hash for a packed n-gram: Fibonacci hashing, high bits folded into the low ones a table mask keeps. */
    static int mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
