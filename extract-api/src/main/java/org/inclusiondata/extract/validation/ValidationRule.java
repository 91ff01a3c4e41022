package org.inclusiondata.extract.validation;

import java.util.List;
import org.inclusiondata.model.Diagnostic;

/** One check over a document. Rules never throw on odd input; they report what they find. */
@FunctionalInterface
public interface ValidationRule {

    /** The problems this rule finds in the document, empty when there are none. */
    List<Diagnostic> check(ValidationContext context);
}
