package org.inclusiondata.extract.testkit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import org.inclusiondata.extract.evaluation.Evaluation;
import org.inclusiondata.extract.evaluation.EvaluationReport;
import org.inclusiondata.extract.evaluation.GoldFolder;
import org.inclusiondata.extract.spi.Extraction;
import org.inclusiondata.extract.spi.ProjectExtractor;
import org.inclusiondata.extract.text.SourceText;
import org.inclusiondata.model.SourceDocument;

/**
 * One extractor run over the pages of a gold folder that are in its language, scored with the
 * evaluator. A page that fails to extract is reported and scored as having no projects, so it
 * does not hide the figures of the others.
 *
 * @param target the folder and its minimum
 * @param extractorId the extractor's id
 * @param pages how many pages were in the language
 * @param report the figures
 * @param failures one line per page that could not be read or extracted
 */
record GoldRun(GoldTarget target, String extractorId, int pages, EvaluationReport report, List<String> failures) {

    static GoldRun of(ExtractorContract contract, GoldTarget target) {
        ProjectExtractor extractor = contract.extractor();
        GoldFolder gold = GoldFolder.read(target.folder());
        List<String> failures = new ArrayList<>();
        gold.diagnostics().forEach(d -> failures.add(d.format()));
        SortedMap<String, SourceDocument> inLanguage = gold.inLanguage(contract.language());
        List<SourceDocument> predicted = new ArrayList<>();
        for (SourceDocument g : inLanguage.values()) {
            Path page = gold.pageOf(g);
            if (!Files.isRegularFile(page)) {
                failures.add(page + ":0:0: error: the page of gold answer " + g.document() + " is missing; put it beside the gold file");
                continue;
            }
            String script = g.script() != null ? g.script() : contract.defaultScript();
            SourceText source = contract.sourceText(g.document(), ExtractorContract.readPage(page), script);
            try {
                Extraction x = ExtractorChecks.extractsWithoutException(extractor, source);
                predicted.add(new SourceDocument(g.document(), null, 0, g.language(), null, g.script(), extractor.id(),
                        extractor.version(), x.published(), g.url(), x.projects(), x.diagnostics()));
            } catch (AssertionError e) {
                failures.add(page + ": " + e.getMessage());
            }
        }
        EvaluationReport report = Evaluation.score(inLanguage, predicted);
        return new GoldRun(target, extractor.id(), inLanguage.size(), report, failures);
    }

    /** The heading and score.py's table, for the build log. */
    String summary() {
        return String.format(Locale.ROOT, "== %s on %s (%s): %d page(s) in language, micro F1 %.3f, minimum %.3f%n%s",
                extractorId, target.label(), target.folder(), pages, report.micro().f1(), target.minimumMicroF1(),
                report.toText(true, false));
    }
}
