package org.inclusiondata.maven.report;

import java.util.List;
import java.util.Objects;
import org.inclusiondata.model.Diagnostic;
import org.inclusiondata.model.SourceDocument;

/**
 * One document as the report shows it.
 *
 * @param document what was extracted
 * @param text the decoded page the evidence spans point into, or null when it could not be read
 * @param diagnostics everything found about the page (pipeline and validation), in position order
 */
public record PageView(SourceDocument document, String text, List<Diagnostic> diagnostics) {

    public PageView {
        Objects.requireNonNull(document, "document");
        diagnostics = diagnostics == null ? List.of() : List.copyOf(diagnostics);
    }
}
