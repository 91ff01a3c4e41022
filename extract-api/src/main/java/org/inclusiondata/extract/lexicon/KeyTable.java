package org.inclusiondata.extract.lexicon;

import java.util.List;

/**
 * Strings numbered in a given order, looked up by a range of characters of another string without
 * cutting that range out: cutting every ending and stem of every word of a page into a new string
 * only to hash it once was most of the cost of numbering the page's words. Open addressing with
 * linear probing, at most a quarter full, so that the many misses end at an empty slot soon.
 * Immutable.
 */
final class KeyTable {

    /** The number of a range that is none of the keys. */
    static final int ABSENT = -1;

    private final String[] keys;
    private final int[] numbers;
    private final int mask;
    private final int shift;
    private final int size;

    /** Numbers {@code keys} by their position; a key listed twice keeps its first number. */
    KeyTable(List<String> keys) {
        int capacity = Integer.highestOneBit(Math.max(2, keys.size()) * 4) * 2;
        this.keys = new String[capacity];
        this.numbers = new int[capacity];
        this.mask = capacity - 1;
        this.shift = Integer.numberOfLeadingZeros(capacity) + 1;
        int n = 0;
        for (int k = 0; k < keys.size(); k++) {
            String key = keys.get(k);
            int slot = slot(key, 0, key.length(), key.hashCode());
            if (this.keys[slot] == null) {
                this.keys[slot] = key;
                this.numbers[slot] = k;
                n++;
            }
        }
        this.size = n;
    }

    int size() {
        return size;
    }

    /** The number of {@code s[from, to)}, or {@link #ABSENT}. */
    int number(String s, int from, int to) {
        return number(s, from, to, hash(s, from, to));
    }

    /** The number of {@code s[from, to)}, whose {@link #hash} is {@code hash}, or {@link #ABSENT}. */
    int number(String s, int from, int to, int hash) {
        int slot = slot(s, from, to, hash);
        return keys[slot] == null ? ABSENT : numbers[slot];
    }

    boolean contains(String s, int from, int to) {
        return contains(s, from, to, hash(s, from, to));
    }

    boolean contains(String s, int from, int to, int hash) {
        return keys[slot(s, from, to, hash)] != null;
    }

    /** {@link String#hashCode} of {@code s[from, to)}. */
    static int hash(String s, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + s.charAt(i);
        }
        return h;
    }

    /**
     * The {@link String#hashCode} of every prefix of {@code s}: element {@code j} is that of {@code
     * s[0, j)}, so the hash of any range of {@code s} is one subtraction away ({@link #hash(int[], int, int)}).
     */
    static int[] prefixHashes(String s) {
        int[] out = new int[s.length() + 1];
        for (int i = 0; i < s.length(); i++) {
            out[i + 1] = 31 * out[i] + s.charAt(i);
        }
        return out;
    }

    /** {@link String#hashCode} of {@code s[from, to)} from the {@link #prefixHashes} of {@code s} (exact: both wrap alike). */
    static int hash(int[] prefixHashes, int from, int to) {
        return prefixHashes[to] - prefixHashes[from] * power(to - from);
    }

    private static final int[] POWERS = new int[64];

    static {
        POWERS[0] = 1;
        for (int n = 1; n < POWERS.length; n++) {
            POWERS[n] = 31 * POWERS[n - 1];
        }
    }

    /** 31 to the {@code n}, wrapping as int arithmetic does. */
    private static int power(int n) {
        if (n < POWERS.length) {
            return POWERS[n];
        }
        int p = POWERS[POWERS.length - 1];
        for (int k = POWERS.length - 1; k < n; k++) {
            p *= 31;
        }
        return p;
    }

    /** The slot holding {@code s[from, to)}, or the empty slot where it would go. */
    private int slot(String s, int from, int to, int h) {
        int len = to - from;
        // The hashes of short strings differ in few low bits; multiplying spreads them over the slots.
        int i = (h * 0x9E3779B9) >>> shift;
        while (true) {
            String key = keys[i];
            if (key == null || key.length() == len && key.regionMatches(0, s, from, len)) {
                return i;
            }
            i = (i + 1) & mask;
        }
    }
}
