package org.inclusiondata.extract.language;

/**
 * The order in which a {@code java.util.HashMap} created with {@code new HashMap<>()} iterates its
 * keys, computed from their hash codes and insertion order alone. OpenNLP's language detector sums
 * its features in the iteration order of two such maps, and floating-point sums depend on their
 * order, so a detector that gives the same confidences to the last bit must visit the n-grams in
 * that order.
 *
 * <p>A {@code HashMap} (JDK 8 and later) starts with 16 bins on the first insertion, spreads a hash
 * code {@code h} to {@code h ^ (h >>> 16)}, puts a key in bin {@code spread & (bins - 1)}, appends it
 * to the bin's list, and doubles the bins when it holds more than three quarters of their number;
 * doubling splits each list in two without reordering it. It iterates the bins in index order and
 * each list from its head. So, as long as no list grows long enough to be turned into a tree (a
 * ninth key in one bin), the iteration order is the insertion order stably sorted by bin index in
 * the final table. Beyond that the map either doubles early or turns the bin into a red-black tree
 * whose root moves to the head of the bin; this class then gives up and the caller uses a real map.
 */
final class HashMapOrder {

    private static final int INITIAL_BINS = 16;
    /** A list holding this many keys turns into a tree (or makes a small table double) when one more arrives. */
    private static final int LONGEST_LIST = 8;

    private HashMapOrder() {
    }

    /**
     * The iteration order of {@code count} distinct keys with hash codes {@code hashCodes[0..count)},
     * inserted in that order: the insertion indices in the order the map visits them; or null when a
     * bin would hold more than {@value #LONGEST_LIST} keys at some point while they are inserted.
     */
    static int[] iterationOrder(int[] hashCodes, int count) {
        int[] spread = new int[count];
        for (int i = 0; i < count; i++) {
            int h = hashCodes[i];
            spread[i] = h ^ (h >>> 16);
        }
        int bins = finalBins(spread, count);
        if (bins < 0) {
            return null;
        }
        return sortedByBin(spread, count, bins);
    }

    /**
     * Whether inserting the keys again, in {@code order}, also keeps every bin a short list. When it
     * does, that second map iterates in {@code order} too: it has as many keys, hence as many bins,
     * and each bin's keys arrive in the order the first map listed them.
     */
    static boolean staysListsWhenReinserted(int[] hashCodes, int[] order) {
        int count = order.length;
        int[] spread = new int[count];
        for (int i = 0; i < count; i++) {
            int h = hashCodes[order[i]];
            spread[i] = h ^ (h >>> 16);
        }
        return finalBins(spread, count) >= 0;
    }

    /** The number of bins after inserting the keys, or -1 when some list would grow past {@value #LONGEST_LIST}. */
    private static int finalBins(int[] spread, int count) {
        int bins = INITIAL_BINS;
        int threshold = INITIAL_BINS * 3 / 4;
        int[] lengths = new int[bins];
        for (int i = 0; i < count; i++) {
            int bin = spread[i] & (bins - 1);
            if (lengths[bin] == LONGEST_LIST) {
                return -1;
            }
            lengths[bin]++;
            if (i + 1 > threshold) {
                bins <<= 1;
                threshold <<= 1;
                lengths = new int[bins];
                for (int j = 0; j <= i; j++) {
                    lengths[spread[j] & (bins - 1)]++;
                }
            }
        }
        return bins;
    }

    /** Insertion indices stably sorted by bin (a counting sort). */
    private static int[] sortedByBin(int[] spread, int count, int bins) {
        int[] starts = new int[bins + 1];
        for (int i = 0; i < count; i++) {
            starts[(spread[i] & (bins - 1)) + 1]++;
        }
        for (int b = 0; b < bins; b++) {
            starts[b + 1] += starts[b];
        }
        int[] order = new int[count];
        for (int i = 0; i < count; i++) {
            order[starts[spread[i] & (bins - 1)]++] = i;
        }
        return order;
    }
}
