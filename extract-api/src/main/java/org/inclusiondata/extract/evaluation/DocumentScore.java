package org.inclusiondata.extract.evaluation;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What one gold document scored: its counts per field, the language they count under, and
 * score.py's {@code --show-errors} lines for it. Small, so a large corpus can be scored one
 * document at a time and summed with {@link EvaluationTally}.
 *
 * @param document the gold document's page name
 * @param language the gold document's language, {@code "?"} when it has none (score.py's default)
 * @param fields counts per field, summed over the document's project pairs
 * @param errors the error lines of the document's project pairs, in score.py's order
 */
public record DocumentScore(String document, String language, Map<ScoredField, Counts> fields, List<String> errors) {

    public DocumentScore {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(language, "language");
        Map<ScoredField, Counts> copy = new EnumMap<>(ScoredField.class);
        copy.putAll(fields);
        fields = Collections.unmodifiableMap(copy);
        errors = List.copyOf(errors);
    }
}
