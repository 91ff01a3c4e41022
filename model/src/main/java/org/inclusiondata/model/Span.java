package org.inclusiondata.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;

/**
 * Where a value came from: a half-open range {@code [start, end)} of UTF-16 offsets into the
 * source document as decoded (byte order mark excluded, before any normalisation), the 1-based
 * line and column of {@code start} (columns count Unicode code points), and the id of the
 * extractor that read it.
 */
@JsonPropertyOrder({"start", "end", "line", "column", "extractor"})
public record Span(int start, int end, int line, int column, String extractor) {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("span must satisfy 0 <= start <= end, got [" + start + ", " + end + ")");
        }
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("line and column are 1-based, got " + line + ":" + column);
        }
        Objects.requireNonNull(extractor, "extractor");
    }

    /** The number of UTF-16 units covered. */
    public int length() {
        return end - start;
    }

    /**
     * The characters this span covers in {@code source}, the text as decoded.
     *
     * @throws IllegalArgumentException when the span reaches past the end of the text
     */
    public String textIn(CharSequence source) {
        if (!within(source.length())) {
            throw new IllegalArgumentException("span [" + start + ", " + end + ") reaches past the end of a text of "
                    + source.length() + " characters");
        }
        return source.subSequence(start, end).toString();
    }

    /** True when this span lies inside a text of the given length. */
    public boolean within(int textLength) {
        return end <= textLength;
    }
}
