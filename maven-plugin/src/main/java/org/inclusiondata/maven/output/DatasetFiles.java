package org.inclusiondata.maven.output;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.inclusiondata.maven.export.CsvExport;
import org.inclusiondata.maven.summary.DatasetSummary;
import org.inclusiondata.model.Severity;
import org.inclusiondata.model.SourceDocument;
import org.inclusiondata.model.json.DatasetJson;
import org.inclusiondata.model.json.DatasetWriter;

/**
 * The three files of an extraction ({@code dataset.json}, {@code dataset.jsonl} beside it and
 * {@code dataset.csv}), written while the documents come, in name order, so that a build holds only the
 * pages in flight and never the whole corpus. The bytes are those of writing the finished dataset at
 * once. Each file is written under a {@code .partial} name and moved into place by {@link #commit()};
 * closing without a commit deletes the partial files, so a failed build never leaves a truncated dataset
 * next to a manifest that says it is complete. Not thread-safe: documents come from one thread.
 */
public final class DatasetFiles implements Closeable {

    private final List<Path> targets;
    private final List<Path> partials;
    private final OutputStream jsonOut;
    private final OutputStream linesOut;
    private final DatasetWriter json;
    private final CsvExport.Rows csv;
    private final DatasetSummary.Tally tally = new DatasetSummary.Tally();
    private long errors;
    private boolean committed;
    private boolean closed;

    private DatasetFiles(Path datasetJson) throws IOException {
        Path dir = datasetJson.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        targets = List.of(datasetJson.toAbsolutePath(), dir.resolve("dataset.jsonl"), dir.resolve("dataset.csv"));
        partials = targets.stream().map(t -> t.resolveSibling(t.getFileName() + ".partial")).toList();
        OutputStream a = null;
        OutputStream b = null;
        OutputStream c = null;
        try {
            a = buffered(partials.get(0));
            b = buffered(partials.get(1));
            c = buffered(partials.get(2));
            jsonOut = a;
            linesOut = b;
            json = DatasetJson.openWriter(a);
            csv = CsvExport.open(new OutputStreamWriter(c, StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            for (OutputStream s : new OutputStream[] {a, b, c}) {
                if (s != null) {
                    s.close();
                }
            }
            deletePartials();
            throw e;
        }
    }

    /** Starts the files of a dataset whose JSON file is {@code datasetJson}. */
    public static DatasetFiles open(Path datasetJson) throws IOException {
        return new DatasetFiles(datasetJson);
    }

    /**
     * Appends one document to the three files.
     *
     * @throws IllegalArgumentException when its name does not sort after the previous document's
     */
    public void add(SourceDocument document) throws IOException {
        try {
            json.write(document);
            DatasetJson.writeJsonLines(document, linesOut);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        csv.write(document);
        tally.add(document);
        errors += document.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).count();
    }

    /** Finishes the three files and moves them into place, replacing older ones. */
    public void commit() throws IOException {
        try {
            json.close();
            jsonOut.close();
            linesOut.close();
            csv.close();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        for (int i = 0; i < targets.size(); i++) {
            Files.move(partials.get(i), targets.get(i), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        committed = true;
        closed = true;
    }

    /** Counts per language and field of the documents added so far. */
    public DatasetSummary summary() {
        return tally.summary();
    }

    /** Error diagnostics among the documents added so far. */
    public long errors() {
        return errors;
    }

    /** Without a {@link #commit()}, abandons the files: the partial ones are deleted, older ones stay. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        if (!committed) {
            for (Closeable c : new Closeable[] {jsonOut, linesOut, csv}) {
                try {
                    c.close();
                } catch (IOException | RuntimeException e) {
                    // Abandoning anyway; the first failure is the one the caller is already reporting.
                }
            }
            deletePartials();
        }
    }

    private void deletePartials() throws IOException {
        for (Path p : partials) {
            Files.deleteIfExists(p);
        }
    }

    private static OutputStream buffered(Path file) throws IOException {
        return new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
    }
}
