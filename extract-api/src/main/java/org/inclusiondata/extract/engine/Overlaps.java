package org.inclusiondata.extract.engine;

import java.util.Arrays;
import java.util.List;
import org.inclusiondata.extract.layout.Range;

/**
 * Whether a range overlaps any of a fixed set of ranges (which may overlap one another), in
 * logarithmic time: a page stamped with thousands of dates asked this of every amount, date and
 * group it read, and a scan of every range made it quadratic. Immutable.
 */
final class Overlaps {

    private static final Overlaps NONE = new Overlaps(new int[0], new int[0]);

    /** Starts in ascending order. */
    private final int[] starts;
    /** The greatest end among the ranges up to and including each position of {@link #starts}. */
    private final int[] maxEnds;

    private Overlaps(int[] starts, int[] maxEnds) {
        this.starts = starts;
        this.maxEnds = maxEnds;
    }

    static Overlaps of(List<Range> ranges) {
        if (ranges.isEmpty()) {
            return NONE;
        }
        Range[] sorted = ranges.toArray(Range[]::new);
        Arrays.sort(sorted, (a, b) -> Integer.compare(a.start(), b.start()));
        int[] starts = new int[sorted.length];
        int[] maxEnds = new int[sorted.length];
        int max = Integer.MIN_VALUE;
        for (int i = 0; i < sorted.length; i++) {
            starts[i] = sorted[i].start();
            max = Math.max(max, sorted[i].end());
            maxEnds[i] = max;
        }
        return new Overlaps(starts, maxEnds);
    }

    /** Whether some range {@code r} has {@code r.start() < e && s < r.end()}. */
    boolean any(int s, int e) {
        // The ranges starting before e are a prefix of the sorted starts; one of them reaches past s
        // exactly when the greatest end of that prefix does.
        int lo = 0;
        int hi = starts.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] < e) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo > 0 && maxEnds[lo - 1] > s;
    }
}
