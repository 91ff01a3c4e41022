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
import org.inclusiondata.model.Dataset;
import org.inclusiondata.model.SourceDocument;
import org.inclusiondata.model.json.DatasetJson;
import org.junit.jupiter.api.DynamicTest;
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

    /** Predictions to score against the gold files of a folder. */
    record Case(String label, Path goldDir, List<SourceDocument> predicted) {
    }

    /**
     * One test per case asserting that the evaluator and score.py give equal figures (JSON) and
     * equal text (table, languages and error lines); score.py runs once for all cases.
     */
    static List<DynamicTest> agreementTests(List<Case> cases) {
        List<Path> files = new ArrayList<>();
        try {
            List<Path[]> runs = new ArrayList<>();
            for (Case c : cases) {
                Path file = write(c.predicted());
                files.add(file);
                runs.add(new Path[] {c.goldDir(), file});
            }
            List<String[]> outputs = ScorePy.runJsonAndText(runs);
            List<DynamicTest> tests = new ArrayList<>();
            for (int i = 0; i < cases.size(); i++) {
                Case c = cases.get(i);
                String[] out = outputs.get(i);
                tests.add(DynamicTest.dynamicTest(c.label(), () -> assertAgrees(c, out[0], out[1])));
            }
            return tests;
        } finally {
            for (Path f : files) {
                try {
                    Files.deleteIfExists(f);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }

    private static void assertAgrees(Case c, String pyJson, String pyText) {
        EvaluationReport report = Evaluation.score(GoldFolder.read(c.goldDir()).documents(), c.predicted());
        JsonNode py = MAPPER.readTree(pyJson);
        assertFigures(c.label(), py, report);
        assertEquals(py, withoutCounts(report.toJson()), c.label() + ": JSON form differs from score.py --json");
        assertEquals(pyText, report.toText(true, true), c.label() + ": text output differs from score.py");
    }

    /** The report's JSON without the raw counts it adds to score.py's shape. */
    private static JsonNode withoutCounts(tools.jackson.databind.node.ObjectNode json) {
        tools.jackson.databind.node.ObjectNode copy = json.deepCopy();
        List<tools.jackson.databind.node.ObjectNode> entries = new ArrayList<>();
        entries.add((tools.jackson.databind.node.ObjectNode) copy.get("micro"));
        copy.get("fields").forEach(n -> entries.add((tools.jackson.databind.node.ObjectNode) n));
        copy.get("languages").forEach(n -> entries.add((tools.jackson.databind.node.ObjectNode) n));
        entries.forEach(n -> n.remove(List.of("tp", "fp", "fn")));
        return copy;
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
            DatasetJson.write(Dataset.of(predicted), file);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
