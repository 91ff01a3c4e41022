package org.inclusiondata.extract.engine;

import org.inclusiondata.extract.layout.Range;

/**
 * Trims a value range the way the annotation guide asks: white space, bullets and dashes in front,
 * surrounding quotation marks, and trailing punctuation.
 */
final class Values {

    private static final String OPENING = "\"'\u201e\u201c\u201d\u00ab\u00bb\u2018\u2019\u201a,";
    private static final String CLOSING = "\"'\u201c\u201d\u00bb\u00ab\u2019\u2018";
    private static final String LEADING_JUNK = "\u2022\u00b7\u25aa\u25cf\u25e6*-\u2013\u2014:;,.>\u00bb ";
    private static final String TRAILING_JUNK = ".,;:!?\u2013\u2014-\u00bb*";

    private Values() {
    }

    /** {@code r} without surrounding space, leading bullets, balanced outer quotes and trailing punctuation. */
    static Range clean(String text, Range r, boolean keepFinalDot) {
        int s = r.start();
        int e = r.end();
        boolean changed = true;
        while (changed && s < e) {
            changed = false;
            while (s < e && (Range.isSpace(text.charAt(s)) || LEADING_JUNK.indexOf(text.charAt(s)) >= 0)) {
                s++;
                changed = true;
            }
            while (e > s && Range.isSpace(text.charAt(e - 1))) {
                e--;
                changed = true;
            }
            while (e > s && TRAILING_JUNK.indexOf(text.charAt(e - 1)) >= 0
                    && !(keepFinalDot && text.charAt(e - 1) == '.' && shortWordBefore(text, s, e - 1))) {
                e--;
                changed = true;
            }
            if (e - s >= 2 && OPENING.indexOf(text.charAt(s)) >= 0 && text.charAt(s) != ',') {
                int close = closingIndex(text, s + 1, e);
                if (close == e - 1) {
                    s++;
                    e--;
                    changed = true;
                } else if (close < 0) {
                    s++;
                    changed = true;
                }
            }
            if (e - s >= 1 && CLOSING.indexOf(text.charAt(e - 1)) >= 0 && openingIndex(text, s, e - 1) < 0) {
                e--;
                changed = true;
            }
            if (e > s && text.charAt(s) == '(' && text.substring(s, e).indexOf(')') < 0) {
                s++;
                changed = true;
            }
            if (e > s && text.charAt(e - 1) == ')' && text.substring(s, e).indexOf('(') < 0) {
                e--;
                changed = true;
            }
        }
        return new Range(s, Math.max(s, e));
    }

    private static boolean shortWordBefore(String text, int from, int dot) {
        int w = dot;
        while (w > from && Character.isLetter(text.charAt(w - 1))) {
            w--;
        }
        return dot - w >= 1 && dot - w <= 4 && (w == from || !Character.isLetter(text.charAt(w - 1)));
    }

    private static int closingIndex(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (CLOSING.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static int openingIndex(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\u201e' || c == '\u201c' || c == '\u00ab' || c == '\u2018' || c == '\u201a') {
                return i;
            }
        }
        return -1;
    }
}
