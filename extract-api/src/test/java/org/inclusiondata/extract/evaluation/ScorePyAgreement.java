package org.inclusiondata.extract.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.inclusiondata.model.SourceDocument;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Runs the evaluator and score.py on the same files and asserts they agree to the last bit and character. */
final class ScorePyAgreement {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private ScorePyAgreement() {
    }

    /** The gold documents of a folder, in file order; fails when one cannot be read. */
    static List<SourceDocument> gold(Path folder) {
        GoldFolder g = GoldFolder.read(folder);
        assertTrue(g.diagnostics().isEmpty(), () -> "gold files must read cleanly: " + g.diagnostics());
        assertTrue(!g.documents().isEmpty(), () -> "no gold files in " + folder);
        return new ArrayList<>(g.documents().values());
    }

    /**
     * Scores {@code predicted} against the gold files of {@code goldDir} with both scorers and
     * asserts equal figures (JSON) and equal text (table, languages and error lines).
     */
    static EvaluationReport assertAgrees(String label, Path goldDir, List<SourceDocument> predicted) {
        EvaluationReport report = Evaluation.score(GoldFolder.read(goldDir).documents(), predicted);
        Path file = write(predicted);
        try {
            JsonNode py = MAPPER.readTree(ScorePy.run(goldDir, file, "--json"));
            assertFigures(label, py, report);
            String pyText = ScorePy.run(goldDir, file, "--by-language", "--show-errors");
            assertEquals(pyText, report.toText(true, true), label + ": text output differs from score.py");
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return report;
    }

    private static void assertFigures(String label, JsonNode py, EvaluationReport report) {
        assertEquals(py.get("documents").asInt(), report.documents(), label + ": documents");
        assertPrf(label + ": micro", py.get("micro"), report.micro());
        assertEquals(py.get("macroF1").asDouble(), report.macroF1(), 0.0, label + ": macro-field F1");
        for (ScoredField f : ScoredField.values()) {
            JsonNode n = py.get("fields").get(f.key());
            Counts c = report.field(f);
            assertPrf(label + ": " + f.key(), n, c);
            assertEquals(n.get("support").asInt(), c.support(), label + ": " + f.key() + " support");
        }
        List<String> pyLanguages = new ArrayList<>(py.get("languages").propertyNames());
        assertEquals(pyLanguages, new ArrayList<>(report.languages().keySet()), label + ": languages");
        for (Map.Entry<String, Counts> e : report.languages().entrySet()) {
            assertPrf(label + ": language " + e.getKey(), py.get("languages").get(e.getKey()), e.getValue());
        }
    }

    private static void assertPrf(String label, JsonNode n, Counts c) {
        assertEquals(n.get("p").asDouble(), c.precision(), 0.0, label + " precision");
        assertEquals(n.get("r").asDouble(), c.recall(), 0.0, label + " recall");
        assertEquals(n.get("f").asDouble(), c.f1(), 0.0, label + " F1");
    }

    /** Writes predictions as a dataset JSON file, the form the build publishes and score.py reads. */
    static Path write(List<SourceDocument> predicted) {
        try {
            Path file = Files.createTempFile("predicted", ".json");
            MAPPER.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), Map.of("documents", predicted));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
