package org.inclusiondata.extract.validation;

import java.util.Objects;
import java.util.Set;
import org.inclusiondata.model.SourceDocument;

/**
 * What the rules look at for one document.
 *
 * @param document the extracted document, with the diagnostics the pipeline gave it
 * @param text the page as decoded (the text evidence spans point into), or null when it could not
 *     be decoded
 * @param describesNoProject true when the page is marked as describing no project, so that an empty
 *     result is expected rather than a miss
 * @param supportedLanguages the languages the available extractors read, named in messages
 */
public record ValidationContext(SourceDocument document, String text, boolean describesNoProject,
                                Set<String> supportedLanguages) {

    public ValidationContext {
        Objects.requireNonNull(document, "document");
        supportedLanguages = supportedLanguages == null ? Set.of() : Set.copyOf(supportedLanguages);
    }

    /** The file name diagnostics are reported against. */
    public String file() {
        return document.document();
    }
}
