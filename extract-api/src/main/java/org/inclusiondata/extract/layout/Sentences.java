package org.inclusiondata.extract.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits running text into sentences: after {@code . ! ?} (and closing quotes) followed by space
 * and an upper-case letter, a digit or an opening quote, unless the full stop ends a number
 * ({@code 2018. január}), a single letter (an initial) or an abbreviation of the page's language
 * (the lexicon's {@code abbreviations.txt}, lower case).
 */
public final class Sentences {

    private Sentences() {
    }

    public static List<Range> split(String text, int from, int to, Set<String> abbreviations) {
        List<Range> out = new ArrayList<>();
        int s = from;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                add(out, text, s, i);
                s = i + 1;
                continue;
            }
            if (c != '.' && c != '!' && c != '?') {
                continue;
            }
            int j = i + 1;
            while (j < to && isClosing(text.charAt(j))) {
                j++;
            }
            if (j >= to) {
                continue;
            }
            if (!Range.isSpace(text.charAt(j))) {
                continue;
            }
            int k = j;
            while (k < to && Range.isSpace(text.charAt(k)) && text.charAt(k) != '\n') {
                k++;
            }
            if (k >= to) {
                continue;
            }
            char next = text.charAt(k);
            boolean opens = Character.isUpperCase(next) || isOpening(next) || Character.isDigit(next);
            if (!opens || (c == '.' && !endsSentence(text, from, i, abbreviations))) {
                continue;
            }
            add(out, text, s, j);
            s = k;
            i = k - 1;
        }
        add(out, text, s, to);
        return out;
    }

    private static boolean endsSentence(String text, int from, int dot, Set<String> abbreviations) {
        int w = dot;
        while (w > from && !Range.isSpace(text.charAt(w - 1)) && text.charAt(w - 1) != '(') {
            w--;
        }
        String word = text.substring(w, dot);
        if (word.isEmpty()) {
            return true;
        }
        if (Character.isDigit(word.charAt(word.length() - 1)) && word.length() <= 4) {
            return false;
        }
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        if (lower.length() == 1 && Character.isLetter(lower.charAt(0))) {
            return false;
        }
        return !abbreviations.contains(lower);
    }

    private static boolean isClosing(char c) {
        return c == '"' || c == '\u201d' || c == '\u2019' || c == '\u00bb' || c == ')' || c == '\u201c';
    }

    private static boolean isOpening(char c) {
        return c == '"' || c == '\u201e' || c == '\u201c' || c == '\u00ab' || c == '(' || c == '\u2018';
    }

    private static void add(List<Range> out, String text, int s, int e) {
        Range r = new Range(s, Math.max(s, e)).strip(text);
        if (!r.isEmpty()) {
            out.add(r);
        }
    }
}
