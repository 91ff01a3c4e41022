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

    public int length() {
        return end - start;
    }

    /** True when this span lies inside a text of the given length. */
    public boolean within(int textLength) {
        return end <= textLength;
    }
}
