package org.inclusiondata.extract.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.inclusiondata.extract.testkit.Corpus;
import org.inclusiondata.model.SourceDocument;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Proves the evaluator gives score.py's figures, text and error lines on the seed and dev gold
 * folders, for predictions that are gold itself and gold perturbed in every way score.py has a
 * rule for.
 */
class ScorePyAgreementTest {

    private static final long SEED = 20261123L;

    private static List<ScorePyAgreement.Case> scenarios() {
        List<ScorePyAgreement.Case> out = new ArrayList<>();
        for (String folder : List.of("seeds", "dev")) {
            scenario(out, folder, "gold itself", g -> g);
            scenario(out, folder, "no predictions", g -> List.of());
            edit(out, folder, "dropped items", Perturbations::dropItems);
            edit(out, folder, "added items", Perturbations::addItems);
            edit(out, folder, "shuffled lists", Perturbations::shuffle);
            edit(out, folder, "changed roles", Perturbations::changeRoles);
            edit(out, folder, "amounts off by 0.3 %", (d, r) -> Perturbations.scaleAmounts(d, "1.003"));
            edit(out, folder, "amounts off by 1 %", (d, r) -> Perturbations.scaleAmounts(d, "1.01"));
            edit(out, folder, "amounts at the 0.5 % edge", (d, r) -> Perturbations.scaleAmounts(d, "1.005"));
            edit(out, folder, "amounts under the 0.5 % edge", (d, r) -> Perturbations.scaleAmounts(d, "0.995"));
            edit(out, folder, "inflected places", Perturbations::inflectPlaces);
            edit(out, folder, "titles with acronyms", Perturbations::acronymTitles);
            edit(out, folder, "dates at other precisions", Perturbations::otherPrecision);
            edit(out, folder, "links with case, spaces and slashes", Perturbations::linkForms);
            edit(out, folder, "empty and blank values", Perturbations::blanks);
            edit(out, folder, "other Unicode forms", Perturbations::unicodeForms);
            scenario(out, folder, "extra and missing projects", g -> Perturbations.extraAndMissingProjects(g, SEED));
            scenario(out, folder, "every project twice", Perturbations::duplicatedProjects);
            scenario(out, folder, "document names with folders", g -> g.stream()
                    .map(d -> new SourceDocument("pages/" + d.document(), null, 0, d.language(), null, d.script(), null, null,
                            null, null, d.projects(), List.of()))
                    .toList());
            scenario(out, folder, "projects of the next document", g -> {
                List<SourceDocument> shifted = new ArrayList<>();
                for (int i = 0; i < g.size(); i++) {
                    shifted.add(Perturbations.withProjects(g.get(i), g.get((i + 1) % g.size()).projects()));
                }
                return shifted;
            });
        }
        return out;
    }

    private static void scenario(List<ScorePyAgreement.Case> out, String folder, String name,
            Function<List<SourceDocument>, List<SourceDocument>> predict) {
        Path dir = folder(folder);
        out.add(new ScorePyAgreement.Case(folder + ": " + name, dir, predict.apply(ScorePyAgreement.gold(dir))));
    }

    private static void edit(List<ScorePyAgreement.Case> out, String folder, String name, BiConsumer<ProjectDraft, java.util.Random> edit) {
        scenario(out, folder, name, g -> Perturbations.perProject(g, SEED, edit));
    }

    static Path folder(String name) {
        return name.equals("seeds") ? Corpus.seeds() : Corpus.dev();
    }

    @TestFactory
    List<DynamicTest> agreesWithScorePy() {
        ScorePy.require();
        return ScorePyAgreement.agreementTests(scenarios());
    }

    @Test
    void goldAgainstItselfIsPerfect() {
        Path dir = Corpus.dev();
        List<SourceDocument> gold = ScorePyAgreement.gold(dir);
        EvaluationReport r = Evaluation.score(GoldFolder.read(dir).documents(), gold);
        assertEquals(0, r.micro().fp());
        assertEquals(0, r.micro().fn());
        assertEquals(1.0, r.micro().f1(), 0.0);
        assertEquals(gold.size(), r.documents());
        assertTrue(r.errors().isEmpty(), () -> String.join("\n", r.errors()));
    }
}
