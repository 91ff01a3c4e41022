package org.inclusiondata.extractors.hu;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Writes the predictions for the Hungarian seeds and dev pages to target/ for score.py. */
class GoldRunTest {

    @Test
    void writesPredictions() {
        List<GoldPages.Page> pages = new ArrayList<>(GoldPages.seeds());
        Path seeds = Predictions.write(Predictions.extract(GoldPages.seeds()), Path.of("target", "predictions", "seeds.json"));
        Path dev = Predictions.write(Predictions.extract(GoldPages.dev()), Path.of("target", "predictions", "dev.json"));
        assertTrue(seeds.toFile().isFile() && dev.toFile().isFile() && !pages.isEmpty());
    }
}
