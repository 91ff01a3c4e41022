package org.inclusiondata.extract.evaluation;

import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.inclusiondata.extract.testkit.Corpus;
import org.inclusiondata.model.SourceDocument;

/**
 * Random mixes of every perturbation, from a fixed jqwik seed so that a run is repeatable: the
 * evaluator and score.py must still give the same figures and error lines.
 */
class ScorePyAgreementProperties {

    @Property(tries = 12, seed = "4242", shrinking = net.jqwik.api.ShrinkingMode.OFF)
    void randomPerturbationsScoreAlike(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE / 2) long seed) {
        ScorePy.require();
        Path dir = seed % 2 == 0 ? Corpus.dev() : Corpus.seeds();
        List<SourceDocument> gold = ScorePyAgreement.gold(dir);
        List<SourceDocument> predicted = Perturbations.perProject(gold, seed, Perturbations::randomMix);
        if (seed % 3 == 0) {
            predicted = Perturbations.extraAndMissingProjects(predicted, seed);
        }
        ScorePyAgreement.assertAgrees("random mix " + seed + " on " + dir.getFileName(), dir, predicted);
    }
}
