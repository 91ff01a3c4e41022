package org.inclusiondata.extractors.bg;

import java.util.List;
import org.inclusiondata.extract.spi.ProjectExtractor;
import org.inclusiondata.extract.testkit.ExtractorContract;
import org.inclusiondata.extract.testkit.GoldTarget;

/**
 * The shared extractor contract (discovery, self-description, hostile input, spans, determinism,
 * gold regression) for the Bulgarian extractor. The minimums are the figures reached so far,
 * rounded down; {@link GoldRegressionTest} keeps the same floors and writes per-field reports.
 */
class BulgarianExtractorContractTest extends ExtractorContract {

    @Override
    protected ProjectExtractor extractor() {
        return new BulgarianExtractor();
    }

    @Override
    protected String language() {
        return "bg";
    }

    @Override
    protected List<GoldTarget> goldTargets() {
        return List.of(GoldTarget.seeds(GoldRegressionTest.SEEDS_FLOOR), GoldTarget.dev(GoldRegressionTest.DEV_FLOOR));
    }
}
