package org.inclusiondata.extractors.bg;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.inclusiondata.extract.evaluation.Evaluation;
import org.inclusiondata.extract.evaluation.EvaluationReport;
import org.inclusiondata.extract.evaluation.GoldFolder;
import org.inclusiondata.extract.spi.Extraction;
import org.inclusiondata.extract.text.Normalizer;
import org.inclusiondata.extract.text.SourceText;
import org.inclusiondata.model.Dataset;
import org.inclusiondata.model.SourceDocument;
import org.inclusiondata.model.json.DatasetJson;

/**
 * Runs the Bulgarian extractor over the pages of a gold folder and scores what it read with the
 * shared evaluator (the Java port of score.py). The dataset and the per-field report are written
 * to {@code target/gold/} so the figures can be checked with score.py as well.
 *
 * @param gold the gold answers that count (keyed by gold file name)
 * @param pages every page run through the extractor, including those in other languages
 * @param predicted what the extractor read from each page, in page-name order
 * @param report the scores of {@code predicted} against {@code gold}
 * @param texts the decoded page of each document name
 */
record GoldRun(SortedMap<String, SourceDocument> gold, List<SourceDocument> pages, List<SourceDocument> predicted,
               EvaluationReport report, java.util.Map<String, String> texts) {

    /** Runs every page of {@code folder} whose name passes {@code pageFilter}; gold of language bg counts. */
    static GoldRun of(GoldFolder folder, Predicate<String> pageFilter) {
        if (!folder.diagnostics().isEmpty()) {
            throw new IllegalStateException("unreadable gold files: " + folder.diagnostics());
        }
        SortedMap<String, SourceDocument> gold = new TreeMap<>();
        List<SourceDocument> pages = new ArrayList<>();
        List<SourceDocument> predicted = new ArrayList<>();
        java.util.Map<String, String> texts = new java.util.HashMap<>();
        BulgarianExtractor extractor = new BulgarianExtractor();
        folder.documents().forEach((goldName, g) -> {
            if (!pageFilter.test(g.document())) {
                return;
            }
            pages.add(g);
            if ("bg".equals(g.language())) {
                gold.put(goldName, g);
            }
            String text = read(folder.pageOf(g));
            texts.put(g.document(), text);
            SourceText source = Normalizer.normalize(g.document(), text, "bg", "Cyrl");
            Extraction e = extractor.extract(source);
            predicted.add(new SourceDocument(g.document(), null, 0, "bg", null, "Cyrl", extractor.id(),
                    extractor.version(), e.published(), g.url(), e.projects(), e.diagnostics()));
        });
        return new GoldRun(gold, pages, predicted, Evaluation.score(gold, predicted), texts);
    }

    static String read(Path page) {
        try {
            String s = Files.readString(page, StandardCharsets.UTF_8);
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + page + ": " + e.getMessage(), e);
        }
    }

    /** Writes {@code NAME.json} (the dataset score.py reads) and {@code NAME-report.txt} under target/gold. */
    GoldRun write(String name) {
        Path dir = Path.of("target", "gold");
        try {
            Files.createDirectories(dir);
            DatasetJson.write(Dataset.of(predicted), dir.resolve(name + ".json"));
            Files.writeString(dir.resolve(name + "-report.txt"), report.toText(true, true), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** The page as decoded, which evidence spans point into. */
    String text(String document) {
        return texts.get(document);
    }

    SourceDocument predictedFor(String document) {
        return predicted.stream().filter(d -> d.document().equals(document)).findFirst().orElseThrow();
    }
}
