package org.inclusiondata.extract.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SortedMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.inclusiondata.extract.testkit.Corpus;
import org.inclusiondata.model.FundingKind;
import org.inclusiondata.model.Link;
import org.inclusiondata.model.Money;
import org.inclusiondata.model.Organization;
import org.inclusiondata.model.PartialDate;
import org.inclusiondata.model.Phrase;
import org.inclusiondata.model.Project;
import org.inclusiondata.model.Role;
import org.inclusiondata.model.SourceDocument;

/**
 * Invariants of the evaluator on arbitrary predictions against the real dev gold: it never throws,
 * gold support depends on gold alone, every predicted value is counted once, and the result does
 * not depend on the order documents are given in.
 */
class EvaluationPropertyTest {

    private static SortedMap<String, SourceDocument> gold;
    private static EvaluationReport perfect;

    @BeforeContainer
    static void readGold() {
        gold = GoldFolder.read(Corpus.dev()).documents();
        perfect = Evaluation.score(gold, gold.values());
    }

    @Property(tries = 60)
    void countsAreConsistentWhateverIsPredicted(@ForAll("predictions") List<SourceDocument> predicted) {
        EvaluationReport r = Evaluation.score(gold, predicted);
        for (ScoredField f : ScoredField.values()) {
            assertEquals(perfect.field(f).tp(), r.field(f).support(), f + ": gold support must not depend on predictions");
        }
        Map<String, SourceDocument> scored = new java.util.HashMap<>();
        predicted.forEach(d -> scored.put(Evaluation.baseName(d.document()), d));
        int titles = 0;
        int locations = 0;
        int organizations = 0;
        int funding = 0;
        for (SourceDocument g : gold.values()) {
            SourceDocument p = scored.get(g.document());
            if (p == null) {
                continue;
            }
            for (Project pr : p.projects()) {
                titles += pr.title() != null && !pr.title().isBlank() ? 1 : 0;
                locations += pr.locations().size();
                organizations += pr.organizations().size();
                funding += pr.funding().size();
            }
        }
        assertEquals(titles, r.field(ScoredField.TITLE).tp() + r.field(ScoredField.TITLE).fp());
        assertEquals(locations, r.field(ScoredField.LOCATIONS).tp() + r.field(ScoredField.LOCATIONS).fp());
        assertEquals(organizations, r.field(ScoredField.ORGANIZATIONS).tp() + r.field(ScoredField.ORGANIZATIONS).fp());
        assertEquals(organizations, r.field(ScoredField.ROLES).tp() + r.field(ScoredField.ROLES).fp());
        assertEquals(funding, r.field(ScoredField.FUNDING).tp() + r.field(ScoredField.FUNDING).fp());
        assertEquals(true, r.field(ScoredField.ROLES).tp() <= r.field(ScoredField.ORGANIZATIONS).tp());
    }

    @Property(tries = 30)
    void theOrderOfDocumentsDoesNotMatterAndScoringIsRepeatable(@ForAll("predictions") List<SourceDocument> predicted,
            @ForAll long shuffleSeed) {
        EvaluationReport first = Evaluation.score(gold, predicted);
        List<SourceDocument> shuffled = new ArrayList<>(predicted);
        Collections.shuffle(shuffled, new Random(shuffleSeed));
        assertEquals(first, Evaluation.score(gold, shuffled));
        assertEquals(first.toText(true, true), Evaluation.score(gold, predicted).toText(true, true));
    }

    @Provide
    Arbitrary<List<SourceDocument>> predictions() {
        List<SourceDocument> docs = new ArrayList<>(gold.values());
        Arbitrary<String> text = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(40),
                Arbitraries.of(Perturbations.ODD_WORDS),
                Arbitraries.of(docs).map(d -> d.projects().isEmpty() ? "" : d.projects().get(0).title()));
        Arbitrary<Organization> org = Combinators.combine(text, Arbitraries.of(Role.class))
                .as((n, r) -> new Organization(n, r, null));
        Arbitrary<Money> money = Combinators.combine(Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("1e9"))
                        .ofScale(2), Arbitraries.of("HUF", "EUR", "BGN", "RSD"), Arbitraries.of(FundingKind.class))
                .as((a, c, k) -> new Money(a, c, k, null));
        Arbitrary<PartialDate> date = Arbitraries.integers().between(2000, 2030).map(PartialDate::ofYear).injectNull(0.5);
        Arbitrary<List<Phrase>> phrases = text.map(Phrase::of).list().ofMaxSize(5);
        Arbitrary<Project> project = Combinators.combine(text.injectNull(0.2), text.injectNull(0.7), date,
                        org.list().ofMaxSize(4), money.list().ofMaxSize(3), phrases, phrases,
                        text.map(Link::of).list().ofMaxSize(2))
                .as((title, acronym, start, orgs, funds, locations, activities, links) -> new Project(null, title, acronym,
                        start, null, null, orgs, funds, List.of(), locations, List.of(), null, List.of(), activities, List.of(),
                        links, null));
        Arbitrary<SourceDocument> doc = Combinators.combine(Arbitraries.of(docs), project.list().ofMaxSize(3))
                .as(Perturbations::withProjects);
        return doc.list().ofMaxSize(8).uniqueElements(d -> d.document());
    }
}
