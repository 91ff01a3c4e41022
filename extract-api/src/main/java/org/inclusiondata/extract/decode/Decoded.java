package org.inclusiondata.extract.decode;

import java.util.List;
import java.util.Optional;
import org.inclusiondata.model.Diagnostic;
import org.inclusiondata.model.Severity;

/**
 * The outcome of decoding one file: the text when the bytes could be read as UTF-8, and the
 * diagnostics explaining why not (or what was odd). A file either has text or at least one error.
 *
 * @param file the file name used in diagnostics
 * @param text the decoded text without byte order mark, or null when the file could not be read
 * @param bomBytes how many bytes of UTF-8 byte order mark preceded the text (0 or 3)
 * @param diagnostics errors and warnings in byte order
 */
public record Decoded(String file, String text, int bomBytes, List<Diagnostic> diagnostics) {

    public Decoded {
        diagnostics = diagnostics == null ? List.of() : List.copyOf(diagnostics);
        if (text == null && diagnostics.stream().noneMatch(d -> d.severity() == Severity.ERROR)) {
            throw new IllegalArgumentException("a file without text must carry an error saying why");
        }
    }

    /** True when the file was read and {@link #text()} can be extracted from. */
    public boolean hasText() {
        return text != null;
    }

    public Optional<String> textIfAvailable() {
        return Optional.ofNullable(text);
    }
}
