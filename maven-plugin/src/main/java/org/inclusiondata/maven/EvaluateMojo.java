package org.inclusiondata.maven;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.inclusiondata.extract.evaluation.DocumentScore;
import org.inclusiondata.extract.evaluation.Evaluation;
import org.inclusiondata.extract.evaluation.EvaluationReport;
import org.inclusiondata.extract.evaluation.EvaluationTally;
import org.inclusiondata.extract.evaluation.GoldIndex;
import org.inclusiondata.maven.seeds.SeedFolder;
import org.inclusiondata.model.Diagnostic;
import org.inclusiondata.model.SourceDocument;
import org.inclusiondata.model.json.DatasetFormatException;

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
     * The gold answers whose pages the includes and excludes select, as gold file name to page name.
     * A gold answer whose page is missing altogether stays, and counts as missed, as score.py counts it.
     */
    private SortedMap<String, String> selected(GoldIndex gold) {
        SeedFolder seeds = seedFolder();
        Set<String> pages = new HashSet<>(seeds.pages());
        SortedMap<String, String> kept = new TreeMap<>();
        gold.documents().forEach((goldFile, page) -> {
            boolean excluded = !pages.contains(page) && Files.isRegularFile(seeds.resolve(page));
            if (!excluded) {
                kept.put(goldFile, page);
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
        GoldIndex gold = GoldIndex.read(seedDirectory.toPath());
        gold.diagnostics().forEach(this::log);
        if (!gold.diagnostics().isEmpty()) {
            throw goldFailure(gold.diagnostics());
        }
        if (gold.documents().isEmpty()) {
            getLog().info("No gold answers (*.gold.json) in " + display(seedDirectory.toPath()) + ": nothing to evaluate");
            return;
        }
        SortedMap<String, String> scored = selected(gold);
        if (scored.size() < gold.documents().size()) {
            getLog().info((gold.documents().size() - scored.size()) + " gold answers left out: their pages are not selected by includes/excludes");
        }
        EvaluationReport report = score(gold, scored);
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

    /**
     * Scores the selected gold answers while the dataset is read, one document at a time: a gold
     * answer is read when its page's document comes by and only its small {@link DocumentScore} is
     * kept, so a corpus of any size is scored in little memory. The figures are those of
     * {@link Evaluation#score(java.util.Map, java.util.Collection)}: a later document with the same file
     * name replaces an earlier one's score, and a gold answer without a document counts as missed.
     */
    private EvaluationReport score(GoldIndex gold, SortedMap<String, String> scored)
            throws MojoExecutionException, MojoFailureException {
        Map<String, List<String>> goldFilesByPage = new HashMap<>();
        scored.forEach((goldFile, page) -> goldFilesByPage.computeIfAbsent(page, k -> new ArrayList<>()).add(goldFile));
        Map<String, DocumentScore> scores = new HashMap<>();
        List<Diagnostic> unreadable = new ArrayList<>();
        forEachDocument(d -> {
            List<String> goldFiles = goldFilesByPage.get(Evaluation.baseName(d.document()));
            if (goldFiles != null) {
                for (String goldFile : goldFiles) {
                    load(gold, goldFile, unreadable).ifPresent(g -> scores.put(goldFile, Evaluation.scoreDocument(g, d)));
                }
            }
        });
        EvaluationTally tally = new EvaluationTally();
        for (String goldFile : scored.keySet()) {
            DocumentScore score = scores.get(goldFile);
            if (score == null) {
                Optional<SourceDocument> g = load(gold, goldFile, unreadable);
                if (g.isEmpty()) {
                    continue;
                }
                score = Evaluation.scoreDocument(g.get(), null);
            }
            tally.add(score);
        }
        if (!unreadable.isEmpty()) {
            throw goldFailure(unreadable);
        }
        return tally.report();
    }

    /** A gold file read again to be scored; it may have changed since it was first read. */
    private static Optional<SourceDocument> load(GoldIndex gold, String goldFile, List<Diagnostic> unreadable) {
        try {
            return Optional.of(gold.load(goldFile));
        } catch (DatasetFormatException e) {
            unreadable.add(e.diagnostic());
        } catch (UncheckedIOException e) {
            unreadable.add(Diagnostic.error("gold.unreadable", gold.folder().resolve(goldFile).toString(), 0, 0,
                    "cannot read the gold file: " + e.getCause().getMessage() + "; check that it exists and is readable"));
        }
        return Optional.empty();
    }

    private MojoFailureException goldFailure(List<Diagnostic> problems) {
        return failure("Some gold files cannot be read; fix them:", problems.stream()
                .map(d -> new Diagnostic(d.severity(), d.code(), d.message(), display(Path.of(d.file())), d.line(), d.column()))
                .toList());
    }
}
