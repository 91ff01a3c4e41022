package org.inclusiondata.extract.recognize;

/**
 * A value read from a text and the range {@code [start, end)} of {@code SourceText.text()} it was
 * read from.
 */
public record Recognized<T>(T value, int start, int end) {

    public Recognized {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad range [" + start + ", " + end + ")");
        }
    }
}
