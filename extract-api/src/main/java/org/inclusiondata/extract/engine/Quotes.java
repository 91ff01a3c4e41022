package org.inclusiondata.extract.engine;

import java.util.ArrayList;
import java.util.List;
import org.inclusiondata.extract.layout.Range;

/**
 * Finds quoted passages on one line, whatever quotation marks the page uses ({@code „…”},
 * {@code “…”}, {@code "…"}, {@code «…»}, {@code ,,…“}, even {@code “…„}).
 */
final class Quotes {

    private static final String MARKS = "\"\u201e\u201c\u201d\u00ab\u00bb\u201f\u2033";

    private Quotes() {
    }

    /** Inner ranges (without the marks) of the quotations in {@code [from, to)}. */
    static List<Range> find(String text, int from, int to) {
        List<Range> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            int open = -1;
            int innerStart = -1;
            char c = text.charAt(i);
            if (MARKS.indexOf(c) >= 0 && i + 1 < to && Character.isLetterOrDigit(text.charAt(i + 1))) {
                open = i;
                innerStart = i + 1;
            } else if (c == ',' && i + 2 < to && text.charAt(i + 1) == ',' && Character.isLetterOrDigit(text.charAt(i + 2))) {
                open = i;
                innerStart = i + 2;
            }
            if (open < 0) {
                i++;
                continue;
            }
            int j = innerStart + 1;
            int close = -1;
            while (j < to && j - innerStart < 400 && text.charAt(j) != '\n') {
                char d = text.charAt(j);
                if (MARKS.indexOf(d) >= 0 && !Character.isWhitespace(text.charAt(j - 1))) {
                    close = j;
                    break;
                }
                j++;
            }
            if (close < 0) {
                i = innerStart;
                continue;
            }
            out.add(new Range(innerStart, close));
            i = close + 1;
        }
        return out;
    }
}
