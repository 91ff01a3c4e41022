package org.inclusiondata.extractors.sr;

import java.util.List;
import org.inclusiondata.extract.spi.ProjectExtractor;
import org.inclusiondata.extract.testkit.ExtractorContract;
import org.inclusiondata.extract.testkit.GoldTarget;

/**
 * The shared extractor contract (discovery, self-description, hostile input, spans, determinism,
 * gold regression) for the Serbian extractor. The minimums sit just under the figures reached, so a
 * regression fails the build; they are at or above the goals (0.95 on the seed, 0.80 on the
 * Serbian dev pages).
 */
class SerbianExtractorContractTest extends ExtractorContract {

    @Override
    protected ProjectExtractor extractor() {
        return new SerbianExtractor();
    }

    @Override
    protected String language() {
        return "sr";
    }

    @Override
    protected List<GoldTarget> goldTargets() {
        return List.of(GoldTarget.seeds(GoldRegressionTest.SEED_FLOOR), GoldTarget.dev(GoldRegressionTest.DEV_FLOOR));
    }
}
