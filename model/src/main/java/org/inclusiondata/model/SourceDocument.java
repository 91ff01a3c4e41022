package org.inclusiondata.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One input page and what came out of it. {@code document} is the file name (the key that gold
 * answers and {@code score.py} use). A document whose language no extractor supports, or that could
 * not be read, is kept with no projects and with diagnostics that say why.
 *
 * @param document file name of the page, relative to the seed folder
 * @param sha256 lower-case hex SHA-256 of the file's bytes
 * @param bytes size of the file in bytes
 * @param language ISO 639 code (two letters, or three when ISO 639-1 has none) detected or configured,
 *        or null when undetermined
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

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");
    private static final Pattern SCRIPT = Pattern.compile("[A-Z][a-z]{3}");

    public SourceDocument {
        Objects.requireNonNull(document, "document");
        if (document.isEmpty()) {
            throw new IllegalArgumentException("document (the file name) must not be empty");
        }
        if (sha256 != null && !SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("sha256 '" + sha256 + "' is not 64 lower-case hex digits");
        }
        if (bytes < 0) {
            throw new IllegalArgumentException("bytes must not be negative, got " + bytes);
        }
        if (language != null && !LANGUAGE.matcher(language).matches()) {
            throw new IllegalArgumentException("language '" + language + "' is not an ISO 639 code such as hu, bg, sr");
        }
        if (languageConfidence != null && !(languageConfidence >= 0.0 && languageConfidence <= 1.0)) {
            throw new IllegalArgumentException("languageConfidence must lie in 0..1, got " + languageConfidence);
        }
        if (script != null && !SCRIPT.matcher(script).matches()) {
            throw new IllegalArgumentException("script '" + script + "' is not an ISO 15924 code such as Latn, Cyrl");
        }
        projects = Lists.copy(projects, "projects");
        diagnostics = Lists.copy(diagnostics, "diagnostics");
    }

    /**
     * A document as a gold answer file describes it: name, language, script, url and projects,
     * with nothing known about the file's bytes or the extractor.
     */
    public static SourceDocument annotated(String document, String language, String script, String url,
            List<Project> projects) {
        return new SourceDocument(document, null, 0, language, null, script, null, null, null, url, projects, List.of());
    }

    /** The same document with other projects. */
    public SourceDocument withProjects(List<Project> newProjects) {
        return new SourceDocument(document, sha256, bytes, language, languageConfidence, script, extractor,
                extractorVersion, published, url, newProjects, diagnostics);
    }

    /** The same document with other diagnostics. */
    public SourceDocument withDiagnostics(List<Diagnostic> newDiagnostics) {
        return new SourceDocument(document, sha256, bytes, language, languageConfidence, script, extractor,
                extractorVersion, published, url, projects, newDiagnostics);
    }

    /** True when any diagnostic is an error. */
    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }
}
