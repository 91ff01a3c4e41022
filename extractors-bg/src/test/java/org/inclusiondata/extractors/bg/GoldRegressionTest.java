package org.inclusiondata.extractors.bg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.inclusiondata.extract.evaluation.GoldFolder;
import org.inclusiondata.extract.testkit.Corpus;
import org.inclusiondata.extract.validation.ValidationContext;
import org.inclusiondata.extract.validation.Validator;
import org.inclusiondata.model.Diagnostic;
import org.inclusiondata.model.Severity;
import org.inclusiondata.model.SourceDocument;
import org.junit.jupiter.api.Test;

/**
 * Gold regression: the Bulgarian seeds and bg-NN development pages, scored with the shared
 * evaluator. The floors sit just under the figures reached (seeds 0.963, dev 0.879 with the engine
 * of this commit), so a change that loses quality fails here while the shared engine's small shifts do
 * not; the per-field figures are in {@code target/gold/*-report.txt}.
 */
class GoldRegressionTest {

    /** Micro F1 the two Bulgarian seeds must keep (reached: 0.963; goal of the issue: 0.95). */
    static final double SEEDS_FLOOR = 0.95;
    /** Micro F1 the Bulgarian development pages must keep (reached: 0.879; goal of the issue: 0.80). */
    static final double DEV_FLOOR = 0.87;

    private static final GoldRun SEEDS = GoldRun.of(GoldFolder.read(Corpus.seeds()), name -> true).write("seeds-bg");
    private static final GoldRun DEV = GoldRun.of(GoldFolder.read(Corpus.dev()), name -> name.startsWith("bg-")).write("dev-bg");

    @Test
    void bothBulgarianSeedsAndTheBulgarianDevPagesAreScored() {
        assertEquals(2, SEEDS.gold().size(), "Bulgarian seeds: " + SEEDS.gold().keySet());
        assertTrue(DEV.gold().size() >= 6, "bg dev pages: " + DEV.gold().keySet());
    }

    @Test
    void seedsKeepTheirQuality() {
        double f1 = SEEDS.report().micro().f1();
        assertTrue(f1 >= SEEDS_FLOOR, "micro F1 " + f1 + " on the seeds fell below " + SEEDS_FLOOR + "\n"
                + SEEDS.report().toText(true, true));
    }

    @Test
    void devPagesKeepTheirQuality() {
        double f1 = DEV.report().micro().f1();
        assertTrue(f1 >= DEV_FLOOR, "micro F1 " + f1 + " on the dev pages fell below " + DEV_FLOOR + "\n"
                + DEV.report().toText(true, true));
    }

    @Test
    void everyBulgarianSeedYieldsItsTitledProject() {
        for (SourceDocument g : SEEDS.gold().values()) {
            SourceDocument p = SEEDS.predictedFor(g.document());
            assertEquals(g.projects().size(), p.projects().size(), g.document() + ": " + p.projects());
            assertTrue(p.projects().stream().allMatch(x -> x.title() != null && !x.title().isBlank()));
        }
    }

    @Test
    void aPageInAnotherLanguageYieldsNoBulgarianProjectAndSaysWhy() {
        List<SourceDocument> foreign = DEV.pages().stream().filter(g -> !"bg".equals(g.language())).toList();
        assertFalse(foreign.isEmpty(), "expected a non-Bulgarian bg-NN page (bg-13 is Romanian)");
        for (SourceDocument g : foreign) {
            SourceDocument p = DEV.predictedFor(g.document());
            assertEquals(List.of(), p.projects(), g.document());
            assertTrue(p.diagnostics().stream().anyMatch(d -> d.code().equals("extract.not-this-language")), p.diagnostics().toString());
        }
    }

    @Test
    void aPageAboutNoProjectYieldsNone() {
        for (SourceDocument g : DEV.gold().values()) {
            if (g.projects().isEmpty()) {
                assertEquals(List.of(), DEV.predictedFor(g.document()).projects(), g.document());
            }
        }
    }

    @Test
    void thePublicationDateGoesToTheDocumentNotTheProject() {
        // Seed 004 states "Дата на публикация: 11 септември 2015" and no project period.
        SourceDocument p = SEEDS.predictedFor("004_e65b0c77fff49369.txt");
        assertEquals("2015-09-11", String.valueOf(p.published()));
        assertTrue(p.projects().stream().allMatch(x -> x.start() == null && x.end() == null), p.projects().toString());
    }

    @Test
    void siteBoilerplateIsNeverAValueWhileThePagesOwnLinksAre() {
        // Seed 004 ends with the site's nomination form, validator badge, print footer and developer credits.
        SourceDocument p = SEEDS.predictedFor("004_e65b0c77fff49369.txt");
        assertFalse(p.projects().isEmpty());
        String values = p.projects().toString();
        for (String boilerplate : List.of("Printed from", "Разпечатано", "Nimasystems", "Нимасистъмс", "nimasystems.com",
                "Номинирай", "Номинации", "Иноватор", "Valid XHTML", "Tel:", "Fax:", "назад")) {
            assertFalse(values.contains(boilerplate), boilerplate + " leaked into " + values);
        }
        List<String> links = p.projects().stream().flatMap(x -> x.links().stream()).map(l -> l.url()).toList();
        assertTrue(links.contains("http://www.ngoamor.com/"), links.toString());
        assertTrue(links.contains("https://www.facebook.com/amor.npo"), links.toString());
    }

    @Test
    void whatIsReadPassesTheDatasetRules() {
        for (GoldRun run : List.of(SEEDS, DEV)) {
            for (SourceDocument g : run.gold().values()) {
                SourceDocument p = run.predictedFor(g.document());
                List<Diagnostic> errors = Validator.standard()
                        .validate(new ValidationContext(p, run.text(g.document()), g.projects().isEmpty(), java.util.Set.of("bg")))
                        .stream().filter(d -> d.severity() == Severity.ERROR).toList();
                assertEquals(List.of(), errors, g.document());
            }
        }
    }
}
