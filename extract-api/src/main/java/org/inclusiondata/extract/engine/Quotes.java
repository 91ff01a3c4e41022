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

    /** Longest run of an unclosed quotation, in characters: a name, not a paragraph. */
    private static final int MAX_UNCLOSED = 200;

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
                int end = unclosedEnd(text, open, innerStart, to);
                if (end > 0) {
                    out.add(new Range(innerStart, end));
                    i = end;
                } else {
                    i = innerStart;
                }
                continue;
            }
            out.add(new Range(innerStart, close));
            i = close + 1;
        }
        return out;
    }

    /**
     * Where a quotation that opens but never closes on its line ends ({@code ,,РОМАКТЕД – Промовисање
     * … нивоу (у даљем тексту: …), који …}): before the first parenthesis, comma, colon, semicolon
     * or sentence end, when the mark clearly opens (at the start of a word, after a word on its
     * line) and at least two words follow; -1 otherwise. Without this, a typo in the page loses
     * the name altogether.
     */
    private static int unclosedEnd(String text, int open, int innerStart, int to) {
        if (open > 0 && !Character.isWhitespace(text.charAt(open - 1)) && "([{/".indexOf(text.charAt(open - 1)) < 0) {
            return -1;
        }
        // A quotation opening its line is a citation of someone's words; a name is quoted after a word.
        int p = open - 1;
        while (p >= 0 && text.charAt(p) != '\n' && !Character.isLetterOrDigit(text.charAt(p))) {
            p--;
        }
        if (p < 0 || text.charAt(p) == '\n') {
            return -1;
        }
        int j = innerStart;
        int words = 0;
        boolean inWord = false;
        while (j < to && j - innerStart < MAX_UNCLOSED && text.charAt(j) != '\n') {
            char d = text.charAt(j);
            if (d == '(' || d == ':' || d == ';' || d == ',' || MARKS.indexOf(d) >= 0
                    || ((d == '.' || d == '!' || d == '?') && (j + 1 >= to || Character.isWhitespace(text.charAt(j + 1))))) {
                break;
            }
            boolean letter = Character.isLetterOrDigit(d);
            if (letter && !inWord) {
                words++;
            }
            inWord = letter;
            j++;
        }
        if (j - innerStart >= MAX_UNCLOSED || words < 2) {
            return -1;
        }
        while (j > innerStart && Character.isWhitespace(text.charAt(j - 1))) {
            j--;
        }
        return j;
    }
}
