package org.inclusiondata.extract.lexicon;

import java.util.List;

/**
 * Strings numbered in a given order, looked up by a range of characters of another string without
 * cutting that range out: cutting every ending and stem of every word of a page into a new string
 * only to hash it once was most of the cost of numbering the page's words. Open addressing with
 * linear probing, at most half full. Immutable.
 */
final class KeyTable {

    /** The number of a range that is none of the keys. */
    static final int ABSENT = -1;

    private final String[] keys;
    private final int[] numbers;
    private final int mask;
    private final int size;

    /** Numbers {@code keys} by their position; a key listed twice keeps its first number. */
    KeyTable(List<String> keys) {
        int capacity = Integer.highestOneBit(Math.max(2, keys.size()) * 2) * 2;
        this.keys = new String[capacity];
        this.numbers = new int[capacity];
        this.mask = capacity - 1;
        int n = 0;
        for (int k = 0; k < keys.size(); k++) {
            String key = keys.get(k);
            int slot = slot(key, 0, key.length());
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
        int slot = slot(s, from, to);
        return keys[slot] == null ? ABSENT : numbers[slot];
    }

    boolean contains(String s, int from, int to) {
        return keys[slot(s, from, to)] != null;
    }

    /** The slot holding {@code s[from, to)}, or the empty slot where it would go. */
    private int slot(String s, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + s.charAt(i);
        }
        int len = to - from;
        int i = (h ^ (h >>> 16)) & mask;
        while (true) {
            String key = keys[i];
            if (key == null || key.length() == len && key.regionMatches(0, s, from, len)) {
                return i;
            }
            i = (i + 1) & mask;
        }
    }
}
