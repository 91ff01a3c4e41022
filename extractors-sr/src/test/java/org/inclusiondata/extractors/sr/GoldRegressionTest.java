package org.inclusiondata.extractors.sr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.inclusiondata.extract.spi.Extraction;
import org.junit.jupiter.api.Test;

/**
 * Runs the extractor over the Serbian seed and development pages; the datasets it writes to
 * {@code target/gold/} are what {@code score.py} scores.
 */
class GoldRegressionTest {

    @Test
    void serbianSeedsAndDevPagesAreFound() {
        assertEquals(1, GoldPages.seeds().size(), "Serbian seeds: " + GoldPages.seeds());
        assertTrue(GoldPages.dev().size() >= 6, "sr dev pages: " + GoldPages.dev());
    }

    @Test
    void writesTheDatasetsScorePyReads() {
        Path seeds = Predictions.write(Predictions.extract(GoldPages.seeds()), Path.of("target", "gold", "seeds-sr.json"));
        Path dev = Predictions.write(Predictions.extract(GoldPages.dev()), Path.of("target", "gold", "dev-sr.json"));
        assertTrue(Files.exists(seeds) && Files.exists(dev));
    }

    @Test
    void theScriptOfEveryPageIsTheOneItsGoldFileRecords() {
        List<GoldPages.Page> pages = new ArrayList<>(GoldPages.seeds());
        pages.addAll(GoldPages.dev());
        for (GoldPages.Page p : pages) {
            assertEquals(p.script(), Variety.of(p.read()).script(), p.name());
        }
    }

    @Test
    void theCroatianPageYieldsNoSerbianProjectAndSaysWhy() {
        List<GoldPages.Page> foreign = GoldPages.dev().stream().filter(p -> !p.language().equals("sr")).toList();
        assertFalse(foreign.isEmpty(), "expected a non-Serbian sr-NN page (sr-13 is Croatian)");
        for (GoldPages.Page p : foreign) {
            Extraction e = new SerbianExtractor().extract(Predictions.source(p));
            assertEquals(List.of(), e.projects(), p.name());
            assertTrue(e.diagnostics().stream().anyMatch(d -> d.code().equals("sr.croatian") && d.file().equals(p.name())),
                    p.name() + ": " + e.diagnostics());
        }
    }

    @Test
    void noSerbianPageIsMistakenForCroatian() {
        List<GoldPages.Page> serbian = new ArrayList<>(GoldPages.seeds());
        serbian.addAll(GoldPages.dev().stream().filter(p -> p.language().equals("sr")).toList());
        for (GoldPages.Page p : serbian) {
            Variety v = Variety.of(p.read());
            assertFalse(v.croatian(), p.name() + ": " + v);
            Map<String, Extraction> e = Predictions.extract(List.of(p));
            assertTrue(e.get(p.name()).diagnostics().stream().noneMatch(d -> d.code().equals("sr.croatian")), p.name());
        }
    }
}
