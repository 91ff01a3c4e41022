package org.inclusiondata.extract.validation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.inclusiondata.model.Diagnostic;
import org.inclusiondata.model.Severity;

/**
 * Runs a set of rules over a document and returns every finding, the pipeline's own diagnostics
 * included, ordered by position so a reader can walk the page top to bottom. Document-level rules
 * are not applied to a document the pipeline already rejected with an error, so the same problem is
 * not reported twice in two wordings.
 */
public final class Validator {

    /** By position, then the most severe first, then by code, so the order never depends on rule order. */
    public static final Comparator<Diagnostic> ORDER = Comparator.comparing(Diagnostic::file)
            .thenComparingInt(Diagnostic::line)
            .thenComparingInt(Diagnostic::column)
            .thenComparing(Diagnostic::severity, Comparator.reverseOrder())
            .thenComparing(Diagnostic::code)
            .thenComparing(Diagnostic::message);

    private final List<ValidationRule> documentRules;
    private final List<ValidationRule> recordRules;

    public Validator(List<ValidationRule> documentRules, List<ValidationRule> recordRules) {
        this.documentRules = List.copyOf(documentRules);
        this.recordRules = List.copyOf(recordRules);
    }

    /** All the rules of this package. */
    public static Validator standard() {
        return new Validator(DocumentRules.all(), RecordRules.all());
    }

    /** Every finding about the document, each once, ordered by {@link #ORDER}. */
    public List<Diagnostic> validate(ValidationContext context) {
        Objects.requireNonNull(context, "context");
        Set<Diagnostic> found = new LinkedHashSet<>(context.document().diagnostics());
        boolean rejected = context.document().diagnostics().stream().anyMatch(d -> d.severity() == Severity.ERROR);
        if (!rejected) {
            documentRules.forEach(rule -> found.addAll(rule.check(context)));
        }
        recordRules.forEach(rule -> found.addAll(rule.check(context)));
        List<Diagnostic> sorted = new ArrayList<>(found);
        sorted.sort(ORDER);
        return List.copyOf(sorted);
    }
}
