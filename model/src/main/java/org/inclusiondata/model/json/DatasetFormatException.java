package org.inclusiondata.model.json;

import java.util.Objects;
import org.inclusiondata.model.Diagnostic;

/**
 * A dataset or gold file that cannot be read: not UTF-8, not well-formed JSON, a value of the wrong
 * type, or a value the records refuse (an impossible date, an unknown role). The message has the
 * compiler-style form {@code file:line:column: error: what is wrong}, and the same facts are
 * available one by one and as a {@link Diagnostic}. Unchecked, like Jackson 3's own exceptions.
 */
public final class DatasetFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The {@link Diagnostic#code()} of every format error. */
    public static final String CODE = "dataset.format";

    private final String file;
    private final int line;
    private final int column;
    private final String problem;

    /**
     * @param file the name of the file (or stream) as the reader was given it
     * @param line 1-based line, or 0 when unknown
     * @param column 1-based column in code points, or 0 when unknown
     * @param problem what is wrong and, where it helps, what to do
     */
    public DatasetFormatException(String file, int line, int column, String problem, Throwable cause) {
        super(Diagnostic.error(CODE, file, Math.max(0, line), Math.max(0, column), problem).format(), cause);
        this.file = Objects.requireNonNull(file, "file");
        this.line = Math.max(0, line);
        this.column = Math.max(0, column);
        this.problem = Objects.requireNonNull(problem, "problem");
    }

    /** The file or stream as the reader was given it. */
    public String file() {
        return file;
    }

    /** 1-based line of the problem, 0 when unknown. */
    public int line() {
        return line;
    }

    /** 1-based column of the problem in code points, 0 when unknown. */
    public int column() {
        return column;
    }

    /** The message without the position prefix. */
    public String problem() {
        return problem;
    }

    /** The error as a diagnostic, for reports that collect problems of many files. */
    public Diagnostic diagnostic() {
        return Diagnostic.error(CODE, file, line, column, problem);
    }
}
