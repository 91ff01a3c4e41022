package org.inclusiondata.maven;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.inclusiondata.extract.evaluation.Evaluation;
import org.inclusiondata.extract.evaluation.EvaluationReport;
import org.inclusiondata.extract.evaluation.GoldFolder;
import org.inclusiondata.maven.report.HtmlReport;
import org.inclusiondata.maven.report.PageView;
import org.inclusiondata.model.Dataset;
import org.inclusiondata.model.SourceDocument;

/**
 * Writes a self-contained HTML report ({@code report.html} in the work directory, no external
 * resources): a summary per language and field, precision, recall and F1 against the gold answers
 * when they stand beside the pages, and for every document its diagnostics and its text
 * with each extracted value highlighted at its evidence span and listed beside it. Bound before
 * {@code validate} in the same phase, so a build that validation fails still leaves the report of
 * every page, the good ones included.
 */
@Mojo(name = "report", defaultPhase = LifecyclePhase.PROCESS_CLASSES, threadSafe = true)
public class ReportMojo extends AbstractDatasetMojo {

    /** Skip this goal. */
    @Parameter(property = "inclusiondata.report.skip", defaultValue = "false")
    private boolean skip;

    @Override
    public void execute() throws MojoExecutionException {
        if (skip) {
            getLog().info("inclusiondata:report skipped");
            return;
        }
        Dataset dataset = readDataset();
        Set<String> languages = supportedLanguages(extractors());
        List<PageView> pages = new ArrayList<>();
        for (SourceDocument d : dataset.documents()) {
            String text = pageText(d);
            pages.add(new PageView(d, text, validate(d, text, languages)));
        }
        EvaluationReport evaluation = null;
        if (seedDirectory.isDirectory()) {
            GoldFolder gold = GoldFolder.read(seedDirectory.toPath());
            // Unreadable gold files are the evaluate goal's to report; the report scores what it can.
            if (!gold.documents().isEmpty()) {
                evaluation = Evaluation.score(gold.documents(), dataset.documents());
            }
        }
        Path file = workDirectory.toPath().resolve("report.html");
        try {
            Files.createDirectories(file.getParent());
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                HtmlReport.write(pages, evaluation, out);
            }
        } catch (IOException e) {
            throw new MojoExecutionException("cannot write " + display(file) + ": " + e.getMessage(), e);
        }
        getLog().info("Report of " + pages.size() + " documents written to " + display(file));
    }
}
