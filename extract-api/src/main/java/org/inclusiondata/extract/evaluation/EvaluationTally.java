package org.inclusiondata.extract.evaluation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Sums {@link DocumentScore}s into an {@link EvaluationReport}. Scores must be added in gold-file
 * name order, the order score.py visits the gold files in, for the error lines to come out in its
 * order. Not thread-safe: one tally belongs to one evaluation.
 */
public final class EvaluationTally {

    private final Map<ScoredField, Counts> fields = new EnumMap<>(ScoredField.class);
    private final SortedMap<String, Counts> languages = new TreeMap<>();
    private final List<String> errors = new ArrayList<>();
    private int documents;

    /** Counts one gold document. */
    public EvaluationTally add(DocumentScore score) {
        documents++;
        score.fields().forEach((field, counts) -> {
            fields.merge(field, counts, Counts::plus);
            // score.py adds every pair's field counts to its language, zero counts included.
            languages.merge(score.language(), counts, Counts::plus);
        });
        errors.addAll(score.errors());
        return this;
    }

    /** The figures of the documents added so far. */
    public EvaluationReport report() {
        return new EvaluationReport(documents, fields, languages, errors);
    }
}
