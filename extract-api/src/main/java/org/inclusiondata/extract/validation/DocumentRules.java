package org.inclusiondata.extract.validation;

import java.util.List;
import java.util.TreeSet;
import org.inclusiondata.model.Diagnostic;
import org.inclusiondata.model.SourceDocument;

/**
 * Rules about a document as a whole: it can be read, it has text, an extractor read it, and it
 * yielded projects exactly when the page is expected to describe some.
 */
public final class DocumentRules {

    private DocumentRules() {
    }

    /** The file decoded to text. */
    public static final ValidationRule READABLE = c -> c.text() != null ? List.of()
            : List.of(Diagnostic.error("validate.unreadable", c.file(), 0, 0,
                    "the file could not be decoded as UTF-8 text; save it as UTF-8 (with or without BOM) or remove it"));

    /** The file holds more than white space. */
    public static final ValidationRule NOT_EMPTY = c -> c.text() == null || !c.text().isBlank() ? List.of()
            : List.of(Diagnostic.error("validate.empty", c.file(), 1, 1,
                    "the file is empty; paste the page's text into it or delete it"));

    /** Some extractor read the page, which is how a supported language shows. */
    public static final ValidationRule SUPPORTED_LANGUAGE = c -> {
        SourceDocument d = c.document();
        if (d.extractor() != null || c.text() == null || c.text().isBlank()) {
            return List.of();
        }
        String language = d.language() == null ? "an undetermined language" : "language '" + d.language() + "'";
        String script = d.script() == null ? "" : " (" + d.script() + ")";
        return List.of(Diagnostic.error("validate.unsupported-language", c.file(), 1, 1,
                "the page is in " + language + script + ", which no extractor reads (supported: "
                        + (c.supportedLanguages().isEmpty() ? "none" : String.join(", ", new TreeSet<>(c.supportedLanguages())))
                        + "); add an extractor for it as a plugin dependency or remove the page"));
    };

    /** A page yields a project unless it is marked as describing none, and then it yields none. */
    public static final ValidationRule PROJECTS_AS_MARKED = c -> {
        SourceDocument d = c.document();
        if (d.extractor() == null) {
            return List.of();
        }
        if (d.projects().isEmpty() && !c.describesNoProject()) {
            return List.of(Diagnostic.error("validate.no-project", c.file(), 1, 1,
                    "no project was found; if the page describes none, mark it with an empty "
                            + baseName(c.file()) + ".noproject file or a gold file whose \"projects\" is []"));
        }
        if (!d.projects().isEmpty() && c.describesNoProject()) {
            return List.of(Diagnostic.warning("validate.unexpected-project", c.file(), 1, 1,
                    d.projects().size() + " project(s) found although the page is marked as describing none;"
                            + " check the extraction or remove the mark"));
        }
        return List.of();
    };

    /** The rules in the order they are reported. */
    public static List<ValidationRule> all() {
        return List.of(READABLE, NOT_EMPTY, SUPPORTED_LANGUAGE, PROJECTS_AS_MARKED);
    }

    static String baseName(String file) {
        int slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
        String name = file.substring(slash + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
