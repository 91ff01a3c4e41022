package org.inclusiondata.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;

/**
 * One input page and what came out of it. {@code document} is the file name (the key that gold
 * answers and {@code score.py} use). A document whose language no extractor supports, or that could
 * not be read, is kept with no projects and with diagnostics that say why.
 *
 * @param document file name of the page, relative to the seed folder
 * @param sha256 lower-case hex SHA-256 of the file's bytes
 * @param bytes size of the file in bytes
 * @param language ISO 639-1 code detected (or configured), or null when undetermined
 * @param languageConfidence the language detector's confidence in {@code language}, 0..1, or null
 * @param script ISO 15924 code of the main script, or null when undetermined
 * @param extractor id of the extractor that read the page, or null when none did
 * @param extractorVersion that extractor's version, or null
 * @param published the page's own publication date when it states one (not the project's period)
 * @param url where the page was copied from, when known
 * @param projects the projects the page describes, in the order they appear
 * @param diagnostics what went wrong or deserves attention, in the order of the text
 */
@JsonPropertyOrder({"document", "sha256", "bytes", "language", "languageConfidence", "script", "extractor",
        "extractorVersion", "published", "url", "projects", "diagnostics"})
public record SourceDocument(
        String document,
        String sha256,
        long bytes,
        String language,
        Double languageConfidence,
        String script,
        String extractor,
        String extractorVersion,
        PartialDate published,
        String url,
        List<Project> projects,
        List<Diagnostic> diagnostics) {

    public SourceDocument {
        Objects.requireNonNull(document, "document");
        projects = projects == null ? List.of() : List.copyOf(projects);
        diagnostics = diagnostics == null ? List.of() : List.copyOf(diagnostics);
    }

    /** True when any diagnostic is an error. */
    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }
}
