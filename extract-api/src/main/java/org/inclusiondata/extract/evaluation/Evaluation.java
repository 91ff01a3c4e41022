package org.inclusiondata.extract.evaluation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.inclusiondata.model.Project;
import org.inclusiondata.model.SourceDocument;

/**
 * Scores extracted documents against gold answers with the rules of {@code SCORING.md}, giving the
 * same figures as {@code score.py} on the same input (a test runs both and compares them).
 */
public final class Evaluation {

    /** Title similarity under which a predicted project is not paired with a gold project. */
    static final double PAIRING_THRESHOLD = 0.4;

    private Evaluation() {
    }

    /**
     * Scores {@code predicted} against {@code gold}.
     *
     * @param gold gold answers keyed by gold file name ({@code NAME.gold.json}); they are visited in
     *     key order, as score.py visits the sorted gold files, and every one counts as a document
     * @param predicted extracted documents; each is found by the file-name part of its
     *     {@link SourceDocument#document()} (keys are not used), the last one winning when two share
     *     a name. A gold document without a prediction counts all its values as missed; a predicted
     *     document without gold is not scored.
     */
    public static EvaluationReport score(Map<String, SourceDocument> gold, Map<String, SourceDocument> predicted) {
        Objects.requireNonNull(gold, "gold");
        Objects.requireNonNull(predicted, "predicted");
        return score(new TreeMap<>(gold), predicted.values());
    }

    /** As {@link #score(Map, Map)}, with the predicted documents as a collection. */
    public static EvaluationReport score(Map<String, SourceDocument> gold, Collection<SourceDocument> predicted) {
        Map<String, SourceDocument> byName = new HashMap<>();
        for (SourceDocument d : predicted) {
            byName.put(baseName(d.document()), d);
        }
        EvaluationTally tally = new EvaluationTally();
        for (SourceDocument g : new TreeMap<>(gold).values()) {
            tally.add(scoreDocument(g, byName.get(g.document())));
        }
        return tally.report();
    }

    /**
     * Scores one gold document against its prediction, {@code null} when nothing was extracted for
     * it (then every gold value counts as missed). Summing the scores of a folder's gold documents in
     * file-name order with {@link EvaluationTally} gives {@link #score(Map, Collection)}'s report.
     */
    public static DocumentScore scoreDocument(SourceDocument gold, SourceDocument predicted) {
        Objects.requireNonNull(gold, "gold");
        String name = gold.document();
        List<Project> pp = predicted == null ? List.of() : predicted.projects();
        // score.py's gold.get("language", "?"): a document without a language is grouped under "?".
        String language = gold.language() == null ? "?" : gold.language();
        Map<ScoredField, Counts> fields = new EnumMap<>(ScoredField.class);
        List<String> errors = new ArrayList<>();
        for (Project[] pair : pairProjects(pp, gold.projects())) {
            Project a = pair[0];
            Project b = pair[1];
            for (Map.Entry<ScoredField, Counts> e : ProjectComparison.fieldCounts(a, b).entrySet()) {
                Counts c = e.getValue();
                fields.merge(e.getKey(), c, Counts::plus);
                if (c.fp() > 0 || c.fn() > 0) {
                    errors.add(errorLine(name, b != null ? b : a, e.getKey(), c));
                }
            }
        }
        return new DocumentScore(name, language, fields, errors);
    }

    /**
     * score.py's project pairing: pairs by title score, highest first, at least
     * {@link #PAIRING_THRESHOLD}; then unpaired predicted projects in their order, then unpaired gold
     * projects in theirs. Each element is {@code {predicted or null, gold or null}}.
     */
    static List<Project[]> pairProjects(List<Project> predicted, List<Project> gold) {
        double[][] scores = new double[predicted.size()][gold.size()];
        for (int i = 0; i < predicted.size(); i++) {
            for (int j = 0; j < gold.size(); j++) {
                scores[i][j] = ProjectComparison.titleScore(predicted.get(i), gold.get(j));
            }
        }
        List<Project[]> pairs = new ArrayList<>();
        boolean[] usedPredicted = new boolean[predicted.size()];
        boolean[] usedGold = new boolean[gold.size()];
        for (GreedyMatching.Pair p : GreedyMatching.match(predicted.size(), gold.size(), PAIRING_THRESHOLD,
                (i, j) -> scores[i][j])) {
            usedPredicted[p.predicted()] = true;
            usedGold[p.gold()] = true;
            pairs.add(new Project[] {predicted.get(p.predicted()), gold.get(p.gold())});
        }
        for (int i = 0; i < predicted.size(); i++) {
            if (!usedPredicted[i]) {
                pairs.add(new Project[] {predicted.get(i), null});
            }
        }
        for (int j = 0; j < gold.size(); j++) {
            if (!usedGold[j]) {
                pairs.add(new Project[] {null, gold.get(j)});
            }
        }
        return pairs;
    }

    /** The line score.py's {@code --show-errors} prints: the title is cut to 40 characters, a missing one reads None. */
    private static String errorLine(String document, Project project, ScoredField field, Counts c) {
        String title = project.title() == null ? "None" : PythonText.truncate(project.title(), 40);
        return document + " [" + title + "] " + field.key() + ": tp=" + c.tp() + " fp=" + c.fp() + " fn=" + c.fn();
    }

    /**
     * The file-name part of a document name ({@code pathlib.Path(name).name}: the part after the last
     * slash), by which a predicted document is matched to its gold answer.
     */
    public static String baseName(String document) {
        String s = document;
        while (s.length() > 1 && s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        int slash = s.lastIndexOf('/');
        return slash < 0 ? s : s.substring(slash + 1);
    }
}
