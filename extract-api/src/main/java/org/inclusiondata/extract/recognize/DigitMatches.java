package org.inclusiondata.extract.recognize;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Successive matches in {@code [from, to)} of a pattern whose matches begin with an ASCII digit
 * (after a look-behind), exactly as repeated {@link Matcher#find()} on a matcher with the region
 * {@code [from, to)} gives them, also after {@link #restartAt} (what {@code region(start, to)} did).
 * A regex search tries the pattern, look-behind first, at every position of a sentence; here only
 * the positions holding a digit are tried, each anchored ({@code lookingAt}), and the first that
 * matches is the one {@code find()} returns. The matcher runs over the characters of the region
 * alone, so look-arounds see nothing past its ends, as with the opaque bounds of a region; the
 * look-behind at the position a search starts from sees nothing before it either.
 */
final class DigitMatches {

    private final String region;
    private final int offset;
    private final Matcher m;
    /** Where the current search started: the look-behind sees nothing before it. */
    private int floor;
    private int next;

    DigitMatches(Pattern pattern, String text, int from, int to) {
        this.region = text.substring(from, to);
        this.offset = from;
        this.m = pattern.matcher(region);
    }

    boolean find() {
        int n = region.length();
        for (int p = next; p < n; p++) {
            char c = region.charAt(p);
            if (c < '0' || c > '9') {
                continue;
            }
            m.useTransparentBounds(p > floor);
            if (m.region(p, n).lookingAt()) {
                // No such pattern matches the empty string: the next search starts where this match ends.
                next = m.end();
                return true;
            }
        }
        next = n;
        return false;
    }

    int start() {
        return offset + m.start();
    }

    int end() {
        return offset + m.end();
    }

    String group() {
        return m.group();
    }

    /** The next search starts at text offset {@code start}, seeing nothing before it. */
    void restartAt(int start) {
        if (start < offset || start - offset > region.length()) {
            // As Matcher.region refuses a start outside the text.
            throw new IndexOutOfBoundsException("start " + start);
        }
        floor = start - offset;
        next = floor;
    }
}
