package org.inclusiondata.extractors.hu;

import java.util.List;
import org.inclusiondata.extract.spi.ProjectExtractor;
import org.inclusiondata.extract.testkit.ExtractorContract;
import org.inclusiondata.extract.testkit.GoldTarget;

/**
 * The shared extractor contract (discovery, self-description, hostile input, spans, determinism,
 * gold regression) for the Hungarian extractor, with the quality targets as minimums:
 * micro F1 0.95 on the Hungarian seeds and 0.80 on the Hungarian development pages.
 */
class HungarianExtractorContractTest extends ExtractorContract {

    static final double SEEDS_FLOOR = 0.95;
    static final double DEV_FLOOR = 0.80;

    @Override
    protected ProjectExtractor extractor() {
        return new HungarianExtractor();
    }

    @Override
    protected String language() {
        return "hu";
    }

    @Override
    protected List<GoldTarget> goldTargets() {
        return List.of(GoldTarget.seeds(SEEDS_FLOOR), GoldTarget.dev(DEV_FLOOR));
    }
}
