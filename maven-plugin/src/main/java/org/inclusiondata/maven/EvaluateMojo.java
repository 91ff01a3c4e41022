package org.inclusiondata.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.inclusiondata.extract.evaluation.Evaluation;
import org.inclusiondata.extract.evaluation.EvaluationReport;
import org.inclusiondata.extract.evaluation.GoldFolder;
import org.inclusiondata.maven.seeds.SeedFolder;
import org.inclusiondata.model.Diagnostic;
import org.inclusiondata.model.SourceDocument;

/**
 * Scores the extraction against the gold answers ({@code NAME.gold.json} beside {@code NAME.txt})
 * with the rules of the corpus's {@code SCORING.md}, prints precision, recall and F1 per field and
 * per language, writes them to {@code evaluation.json} in the work directory, and fails when the
 * micro-averaged F1 is under {@link #minF1}.
 */
@Mojo(name = "evaluate", defaultPhase = LifecyclePhase.TEST, threadSafe = true)
public class EvaluateMojo extends AbstractDatasetMojo {

    /** Skip this goal. */
    @Parameter(property = "inclusiondata.evaluate.skip", defaultValue = "false")
    private boolean skip;

    /** The lowest micro-averaged F1 (0..1) the build accepts. */
    @Parameter(property = "inclusiondata.minF1", defaultValue = "0.0")
    private double minF1;

    /**
     * The gold answers whose pages the includes and excludes select. A gold answer whose page is
     * missing altogether stays, and counts as missed, as score.py counts it.
     */
    private SortedMap<String, SourceDocument> selected(GoldFolder gold) {
        SeedFolder seeds = seedFolder();
        Set<String> pages = new HashSet<>(seeds.pages());
        SortedMap<String, SourceDocument> kept = new TreeMap<>();
        gold.documents().forEach((name, doc) -> {
            boolean excluded = !pages.contains(doc.document()) && Files.isRegularFile(seeds.resolve(doc.document()));
            if (!excluded) {
                kept.put(name, doc);
            }
        });
        return kept;
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("inclusiondata:evaluate skipped");
            return;
        }
        existingDataset();
        if (!seedDirectory.isDirectory()) {
            getLog().info("No seed folder " + display(seedDirectory.toPath()) + ": nothing to evaluate");
            return;
        }
        GoldFolder gold = GoldFolder.read(seedDirectory.toPath());
        gold.diagnostics().forEach(this::log);
        if (!gold.diagnostics().isEmpty()) {
            throw failure("Some gold files cannot be read; fix them:", gold.diagnostics().stream()
                    .map(d -> new Diagnostic(d.severity(), d.code(), d.message(), display(Path.of(d.file())), d.line(), d.column()))
                    .toList());
        }
        if (gold.documents().isEmpty()) {
            getLog().info("No gold answers (*.gold.json) in " + display(seedDirectory.toPath()) + ": nothing to evaluate");
            return;
        }
        SortedMap<String, SourceDocument> scored = selected(gold);
        if (scored.size() < gold.documents().size()) {
            getLog().info((gold.documents().size() - scored.size()) + " gold answers left out: their pages are not selected by includes/excludes");
        }
        // Only the documents that have a gold answer are kept: the rest of a large corpus is read past.
        Set<String> goldNames = new HashSet<>();
        scored.values().forEach(g -> goldNames.add(g.document()));
        List<SourceDocument> predicted = new ArrayList<>();
        forEachDocument(d -> {
            if (goldNames.contains(Evaluation.baseName(d.document()))) {
                predicted.add(d);
            }
        });
        EvaluationReport report = Evaluation.score(scored, predicted);
        for (String line : report.toText(true, false).split("\\R")) {
            getLog().info(line);
        }
        Path json = workDirectory.toPath().resolve("evaluation.json");
        try {
            Files.createDirectories(json.getParent());
            Files.writeString(json, report.toJsonText(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MojoExecutionException("cannot write " + display(json) + ": " + e.getMessage(), e);
        }
        double f1 = report.micro().f1();
        String figures = String.format(Locale.ROOT, "micro F1 %.4f (macro-field F1 %.4f) over %d gold documents",
                f1, report.macroF1(), report.documents());
        getLog().info("Evaluation: " + figures + "; written to " + display(json));
        if (f1 < minF1) {
            throw new MojoFailureException(String.format(Locale.ROOT,
                    "Extraction quality is under the minimum: %s, minF1 is %.4f. Improve the extractors or lower minF1.", figures, minF1));
        }
    }
}
