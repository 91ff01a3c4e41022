package org.inclusiondata.extractors.bg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.inclusiondata.extract.spi.Extraction;
import org.junit.jupiter.api.Test;

/**
 * Runs the extractor over the Bulgarian seeds and development pages; the dataset it writes to
 * {@code target/} is what {@code score.py} scores.
 */
class GoldRegressionTest {

    @Test
    void bulgarianSeedsAndDevPagesAreFound() {
        assertEquals(2, GoldPages.seeds().size(), "Bulgarian seeds: " + GoldPages.seeds());
        assertTrue(GoldPages.dev().size() >= 6, "bg dev pages: " + GoldPages.dev());
    }

    @Test
    void writesTheDatasetScorePyReads() {
        List<GoldPages.Page> pages = new java.util.ArrayList<>(GoldPages.seeds());
        pages.addAll(GoldPages.dev());
        Map<String, Extraction> extractions = Predictions.extract(pages);
        Path seeds = Predictions.write(Predictions.extract(GoldPages.seeds()), Path.of("target", "gold", "seeds-bg.json"));
        Path dev = Predictions.write(Predictions.extract(GoldPages.dev()), Path.of("target", "gold", "dev-bg.json"));
        assertTrue(Files.exists(seeds) && Files.exists(dev));
        assertEquals(pages.size(), extractions.size());
    }

    @Test
    void aPageInAnotherLanguageYieldsNoBulgarianProjectAndSaysWhy() {
        List<GoldPages.Page> foreign = GoldPages.dev().stream().filter(p -> !p.language().equals("bg")).toList();
        assertFalse(foreign.isEmpty(), "expected a non-Bulgarian bg-NN page (bg-13 is Romanian)");
        for (GoldPages.Page p : foreign) {
            Extraction e = new BulgarianExtractor().extract(Predictions.source(p));
            assertEquals(List.of(), e.projects(), p.name());
            assertTrue(e.diagnostics().stream().anyMatch(d -> d.code().equals("bg.not-cyrillic")
                    && d.file().equals(p.name())), p.name() + ": " + e.diagnostics());
        }
    }
}
