package org.inclusiondata.extract.text;

import java.util.Arrays;
import java.util.Objects;
import org.inclusiondata.model.Span;

/**
 * A page ready for extraction: the original decoded text, its normalised form that extractors
 * read, the map from normalised offsets back to original ones, and the identified language and
 * script. Immutable and safe to share between threads.
 */
public final class SourceText {

    private final String name;
    private final String original;
    private final String text;
    private final int[] toOriginal;
    private final String language;
    private final String script;
    private final int[] lineStarts;
    /** Offsets of the second half of every surrogate pair, so columns count code points in O(log n). */
    private final int[] pairEnds;

    /**
     * @param name file name of the page, used in diagnostics
     * @param original the decoded text, byte order mark removed
     * @param text the normalised text
     * @param toOriginal {@code text.length() + 1} non-decreasing offsets into {@code original}:
     *     entry {@code i} is where normalised character {@code i} starts, the last entry is
     *     {@code original.length()}
     * @param language ISO 639-1 code
     * @param script ISO 15924 code
     */
    public SourceText(String name, String original, String text, int[] toOriginal, String language, String script) {
        this.name = Objects.requireNonNull(name, "name");
        this.original = Objects.requireNonNull(original, "original");
        this.text = Objects.requireNonNull(text, "text");
        Objects.requireNonNull(toOriginal, "toOriginal");
        if (toOriginal.length != text.length() + 1 || toOriginal[text.length()] != original.length()) {
            throw new IllegalArgumentException("offset map must have text.length() + 1 entries ending at original.length()");
        }
        for (int i = 1; i < toOriginal.length; i++) {
            if (toOriginal[i] < toOriginal[i - 1]) {
                throw new IllegalArgumentException("offset map must not decrease (at " + i + ")");
            }
        }
        this.toOriginal = toOriginal.clone();
        this.language = language;
        this.script = script;
        this.lineStarts = lineStarts(original);
        this.pairEnds = pairEnds(original);
    }

    /** The same page with another language: the checked offset map and the line index are shared, not rebuilt. */
    private SourceText(SourceText page, String language, String script) {
        this.name = page.name;
        this.original = page.original;
        this.text = page.text;
        this.toOriginal = page.toOriginal;
        this.lineStarts = page.lineStarts;
        this.pairEnds = page.pairEnds;
        this.language = language;
        this.script = script;
    }

    /** A text that needs no normalisation: offsets map to themselves. */
    public static SourceText identity(String name, String text, String language, String script) {
        int[] map = new int[text.length() + 1];
        Arrays.setAll(map, i -> i);
        return new SourceText(name, text, text, map, language, script);
    }

    public String name() { return name; }
    public String original() { return original; }
    /** The normalised text extractors read. */
    public String text() { return text; }
    public String language() { return language; }
    public String script() { return script; }

    /** The same text with the identified language and script. */
    public SourceText withLanguage(String newLanguage, String newScript) {
        return new SourceText(this, newLanguage, newScript);
    }

    /**
     * The original characters behind normalised range {@code [start, end)}: what an extracted value
     * must contain, since names and titles are kept as written (typographic quotes, dashes and all).
     */
    public String originalSlice(int start, int end) {
        if (start < 0 || end < start || end > text.length()) {
            throw new IndexOutOfBoundsException("[" + start + ", " + end + ") is outside the text of length " + text.length());
        }
        int os = toOriginal[start];
        int oe = end == start ? os : Math.max(os, toOriginal[end]);
        return original.substring(os, oe);
    }

    /** The original offset where normalised offset {@code offset} falls. */
    public int originalOffset(int offset) {
        return toOriginal[Objects.checkIndex(offset, toOriginal.length)];
    }

    /**
     * The span of original characters behind normalised range {@code [start, end)}, with the line
     * and column of its start, attributed to {@code extractorId}.
     */
    public Span span(int start, int end, String extractorId) {
        if (start < 0 || end < start || end > text.length()) {
            throw new IndexOutOfBoundsException("[" + start + ", " + end + ") is outside the text of length " + text.length());
        }
        int os = toOriginal[start];
        int oe = end == start ? os : Math.max(os, toOriginal[end]);
        int[] lc = lineColumn(os);
        return new Span(os, oe, lc[0], lc[1], extractorId);
    }

    /** 1-based line and column (in code points) of an original offset. */
    public int[] lineColumn(int originalOffset) {
        int idx = Arrays.binarySearch(lineStarts, originalOffset);
        int line = idx >= 0 ? idx : -idx - 2;
        int from = lineStarts[line];
        int to = Math.min(originalOffset, original.length());
        // Counting code points char by char made every span on a one-line multi-megabyte page cost O(n).
        int col = (to - from) - (pairsBefore(to) - pairsBefore(from + 1)) + 1;
        return new int[] {line + 1, col};
    }

    /** How many surrogate pairs end (second half) before {@code offset}. */
    private int pairsBefore(int offset) {
        int idx = Arrays.binarySearch(pairEnds, offset);
        return idx >= 0 ? idx : -idx - 1;
    }

    private static int[] pairEnds(String s) {
        int count = 0;
        for (int i = 1; i < s.length(); i++) {
            if (Character.isLowSurrogate(s.charAt(i)) && Character.isHighSurrogate(s.charAt(i - 1))) {
                count++;
            }
        }
        int[] ends = new int[count];
        int k = 0;
        for (int i = 1; i < s.length(); i++) {
            if (Character.isLowSurrogate(s.charAt(i)) && Character.isHighSurrogate(s.charAt(i - 1))) {
                ends[k++] = i;
            }
        }
        return ends;
    }

    private static int[] lineStarts(String s) {
        int count = 1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= s.length() || s.charAt(i + 1) != '\n'))) {
                count++;
            }
        }
        int[] starts = new int[count];
        int k = 1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= s.length() || s.charAt(i + 1) != '\n'))) {
                starts[k++] = i + 1;
            }
        }
        return starts;
    }
}
