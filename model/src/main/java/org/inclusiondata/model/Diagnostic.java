package org.inclusiondata.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;

/**
 * A problem or remark about one input file, at a position in it. {@code line} and {@code column}
 * are 1-based; 0 means the position does not apply (for example a file that cannot be read at all).
 * {@code code} is a stable machine-readable identifier such as {@code decode.invalid-utf8}.
 */
@JsonPropertyOrder({"severity", "code", "message", "file", "line", "column"})
public record Diagnostic(Severity severity, String code, String message, String file, int line, int column) {

    /** @throws IllegalArgumentException for a negative line or column */
    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(file, "file");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column must not be negative");
        }
    }

    /** Something that makes the file's result wrong or missing; a build that validates fails on it. */
    public static Diagnostic error(String code, String file, int line, int column, String message) {
        return new Diagnostic(Severity.ERROR, code, message, file, line, column);
    }

    /** Something suspicious that a maintainer should look at. */
    public static Diagnostic warning(String code, String file, int line, int column, String message) {
        return new Diagnostic(Severity.WARNING, code, message, file, line, column);
    }

    /** A remark, for example which extractor read the file. */
    public static Diagnostic info(String code, String file, int line, int column, String message) {
        return new Diagnostic(Severity.INFO, code, message, file, line, column);
    }

    /**
     * Orders diagnostics by file, then position, then severity (errors first), code and message:
     * a stable order for reports whatever order the problems were found in.
     */
    public static final java.util.Comparator<Diagnostic> BY_POSITION = java.util.Comparator
            .comparing(Diagnostic::file)
            .thenComparingInt(Diagnostic::line)
            .thenComparingInt(Diagnostic::column)
            .thenComparing(Diagnostic::severity, java.util.Comparator.reverseOrder())
            .thenComparing(Diagnostic::code)
            .thenComparing(Diagnostic::message);

    /** The compiler-style form {@code file:line:column: severity: message}. */
    public String format() {
        return file + ":" + line + ":" + column + ": " + severity.code() + ": " + message;
    }

    @Override
    public String toString() {
        return format();
    }
}
