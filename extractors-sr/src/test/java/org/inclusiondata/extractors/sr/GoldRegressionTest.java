package org.inclusiondata.extractors.sr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.inclusiondata.extract.evaluation.Evaluation;
import org.inclusiondata.extract.evaluation.EvaluationReport;
import org.inclusiondata.extract.evaluation.GoldFolder;
import org.inclusiondata.extract.spi.Extraction;
import org.inclusiondata.model.SourceDocument;
import org.junit.jupiter.api.Test;

/**
 * Runs the Serbian seed and development pages through the pipeline; the datasets it writes to
 * {@code target/gold/} are what {@code score.py} scores.
 */
class GoldRegressionTest {

    private static List<GoldPages.Page> all() {
        List<GoldPages.Page> pages = new ArrayList<>(GoldPages.seeds());
        pages.addAll(GoldPages.dev());
        return pages;
    }

    @Test
    void serbianSeedsAndDevPagesAreFound() {
        assertEquals(1, GoldPages.seeds().size(), "Serbian seeds: " + GoldPages.seeds());
        assertTrue(GoldPages.dev().size() >= 6, "sr dev pages: " + GoldPages.dev());
    }

    @Test
    void writesTheDatasetsScorePyReads() {
        Path seeds = Predictions.write(Predictions.process(GoldPages.seeds()), Path.of("target", "gold", "seeds-sr.json"));
        Path dev = Predictions.write(Predictions.process(GoldPages.dev()), Path.of("target", "gold", "dev-sr.json"));
        assertTrue(Files.exists(seeds) && Files.exists(dev));
    }

    /**
     * Quality floors, measured with the shared evaluator (the Java port of score.py) and raised as
     * the extractor improves; the per-field figures go to {@code target/gold/quality-*.txt}. They
     * guard against regressions: the goals (0.95 on the seed, 0.80 on the dev pages) are reached
     * (0.956 and 0.821), and the floors sit just under them.
     */
    @Test
    void microF1StaysAboveItsFloorOnTheSeedAndTheDevPages() throws java.io.IOException {
        double seed = quality(GoldPages.seedsDir(), GoldPages.seeds(), "quality-seed.txt");
        double dev = quality(GoldPages.devDir(), GoldPages.dev(), "quality-dev.txt");
        assertTrue(seed >= SEED_FLOOR, "Serbian seed micro F1 " + seed + " fell below " + SEED_FLOOR);
        assertTrue(dev >= DEV_FLOOR, "Serbian dev micro F1 " + dev + " fell below " + DEV_FLOOR);
    }

    static final double SEED_FLOOR = 0.95;
    static final double DEV_FLOOR = 0.81;

    private static double quality(Path goldDir, List<GoldPages.Page> pages, String reportFile) throws java.io.IOException {
        Map<String, SourceDocument> gold = GoldFolder.read(goldDir).inLanguage("sr");
        EvaluationReport report = Evaluation.score(gold, Predictions.process(pages));
        Files.createDirectories(Path.of("target", "gold"));
        Files.writeString(Path.of("target", "gold", reportFile), report.toText(true, true));
        return report.micro().f1();
    }

    /**
     * Recall of the gazetteer itself, before the engine decides which places belong to which
     * project: nearly every place a Serbian gold file names is recognised on its page, whatever its
     * case ending and script.
     */
    @Test
    void theGazetteerRecognisesThePlacesTheGoldFilesName() {
        org.inclusiondata.extract.lexicon.Lexicon sr = SerbianLexicons.lexicon();
        int total = 0;
        List<String> missed = new ArrayList<>();
        for (Path dir : List.of(GoldPages.seedsDir(), GoldPages.devDir())) {
            GoldFolder folder = GoldFolder.read(dir);
            for (SourceDocument gold : folder.inLanguage("sr").values()) {
                String text = org.inclusiondata.extract.text.Normalizer.normalize(gold.document(),
                        read(folder.pageOf(gold))).text();
                var words = sr.words(text);
                var places = new org.inclusiondata.extract.recognize.PlaceRecognizer(sr).find(words, 0, words.size());
                for (var project : gold.projects()) {
                    for (var location : project.locations()) {
                        total++;
                        String v = location.text();
                        if (places.stream().noneMatch(r -> v.contains(r.value()) || r.value().contains(v))) {
                            missed.add(gold.document() + ": " + v);
                        }
                    }
                }
            }
        }
        assertTrue(total >= 50, "gold places: " + total);
        assertTrue(missed.size() * 20 <= total, "places not recognised (" + missed.size() + " of " + total + "): " + missed);
    }

    private static String read(Path p) {
        try {
            String s = Files.readString(p);
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * What is read from every Serbian gold page passes the dataset's validation rules. Misses are
     * left to the F1 floors: sr-01 and sr-09 still yield no project (validate.no-project) because
     * of engine gaps listed in the module's report.
     */
    @Test
    void whatIsReadPassesTheDatasetRules() {
        List<GoldPages.Page> serbian = new ArrayList<>(all());
        serbian.removeIf(p -> !p.language().equals("sr"));
        Map<String, SourceDocument> docs = Predictions.process(serbian);
        for (GoldPages.Page p : serbian) {
            boolean none = GoldFolder.read(p.gold().getParent()).documents().get(p.gold().getFileName().toString())
                    .projects().isEmpty();
            var errors = org.inclusiondata.extract.validation.Validator.standard()
                    .validate(new org.inclusiondata.extract.validation.ValidationContext(docs.get(p.name()), p.read(), none,
                            java.util.Set.of("sr")))
                    .stream().filter(d -> d.severity() == org.inclusiondata.model.Severity.ERROR
                            && !d.code().equals("validate.no-project")).toList();
            assertEquals(List.of(), errors, p.name());
        }
    }

    @Test
    void everySerbianPageIsReadBySerbianExtractorInTheScriptItsGoldFileRecords() {
        Map<String, SourceDocument> docs = Predictions.process(all());
        for (GoldPages.Page p : all()) {
            if (!p.language().equals("sr")) {
                continue;
            }
            SourceDocument d = docs.get(p.name());
            assertEquals("sr", d.language(), p.name() + ": " + d.diagnostics());
            assertEquals(SerbianExtractor.ID, d.extractor(), p.name());
            assertEquals(p.script(), d.script(), p.name());
        }
    }

    @Test
    void theCroatianPageYieldsNoSerbianProject() {
        List<GoldPages.Page> foreign = GoldPages.dev().stream().filter(p -> !p.language().equals("sr")).toList();
        assertFalse(foreign.isEmpty(), "expected a non-Serbian sr-NN page (sr-13 is Croatian)");
        Map<String, SourceDocument> docs = Predictions.process(foreign);
        for (GoldPages.Page p : foreign) {
            SourceDocument d = docs.get(p.name());
            assertFalse("sr".equals(d.language()), p.name() + " identified as Serbian");
            assertEquals(List.of(), d.projects(), p.name());
        }
    }

    @Test
    void aPageIdentifiedAsAnotherLanguageIsNotReadEvenWhenThisExtractorIsCalled() {
        for (GoldPages.Page p : GoldPages.dev().stream().filter(p -> !p.language().equals("sr")).toList()) {
            Extraction e = new SerbianExtractor().extract(
                    org.inclusiondata.extract.text.SourceText.identity(p.name(), p.read(), p.language(), p.script()));
            assertEquals(List.of(), e.projects());
            assertTrue(e.diagnostics().stream().anyMatch(d -> d.code().equals("extract.not-this-language") && d.file().equals(p.name())));
        }
    }
}
