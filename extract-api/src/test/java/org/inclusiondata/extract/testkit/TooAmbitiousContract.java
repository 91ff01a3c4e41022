package org.inclusiondata.extract.testkit;

import java.util.List;
import org.inclusiondata.extract.spi.ProjectExtractor;
import org.inclusiondata.extract.testkit.fake.LineExtractor;

/**
 * A contract whose minimum F1 the fake extractor cannot reach. Not run as a test class of its own
 * (its name does not end in Test): {@link ContractCatchesMisbehaviourTest} runs its gold regression
 * to show that it fails. Disabled for both engines, so that no test selection runs it on its own.
 */
@org.junit.jupiter.api.Disabled("run by ContractCatchesMisbehaviourTest, which expects it to fail")
@net.jqwik.api.Disabled("run by ContractCatchesMisbehaviourTest, which expects it to fail")
final class TooAmbitiousContract extends ExtractorContract {

    @Override
    protected ProjectExtractor extractor() {
        return new LineExtractor();
    }

    @Override
    protected String language() {
        return "hu";
    }

    @Override
    protected List<GoldTarget> goldTargets() {
        return List.of(GoldTarget.dev(0.9));
    }
}
