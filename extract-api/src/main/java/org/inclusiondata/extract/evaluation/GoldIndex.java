package org.inclusiondata.extract.evaluation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.inclusiondata.model.Diagnostic;
import org.inclusiondata.model.SourceDocument;
import org.inclusiondata.model.json.DatasetFormatException;
import org.inclusiondata.model.json.DatasetJson;

/**
 * The gold answers ({@code *.gold.json}) of one folder by name only: each file is read once to check
 * it and to learn which page it answers for, and is read again when it is scored, so that a folder of
 * many thousands of gold answers is never held in memory (a {@link GoldFolder} holds them all).
 *
 * @param folder the folder read
 * @param documents page name ({@link SourceDocument#document()}) per gold file name, in file-name order
 *     (score.py's order)
 * @param diagnostics one error per unreadable gold file, naming its line and column
 */
public record GoldIndex(Path folder, SortedMap<String, String> documents, List<Diagnostic> diagnostics) {

    public GoldIndex {
        Objects.requireNonNull(folder, "folder");
        documents = Collections.unmodifiableSortedMap(new TreeMap<>(documents));
        diagnostics = List.copyOf(diagnostics);
    }

    /**
     * Reads every {@code *.gold.json} of {@code folder} (not of its subfolders) once.
     *
     * @throws UncheckedIOException when the folder itself cannot be listed
     */
    public static GoldIndex read(Path folder) {
        SortedMap<String, String> documents = new TreeMap<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (Path file : goldFiles(folder)) {
            read(file, diagnostics).ifPresent(d -> documents.put(file.getFileName().toString(), d.document()));
        }
        return new GoldIndex(folder, documents, diagnostics);
    }

    /**
     * Reads one gold file of the folder again, to score it.
     *
     * @throws DatasetFormatException when it no longer reads (it changed since the index was made)
     * @throws UncheckedIOException when it can no longer be read at all
     */
    public SourceDocument load(String goldFile) {
        return DatasetJson.readDocument(folder.resolve(goldFile));
    }

    /** The gold files of {@code folder}, sorted by name. */
    static List<Path> goldFiles(Path folder) {
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> p.getFileName().toString().endsWith(GoldFolder.SUFFIX) && Files.isRegularFile(p))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list gold folder " + folder + ": " + e.getMessage()
                    + "; check that the path names a readable folder", e);
        }
    }

    /** One gold file, or empty with a diagnostic added to {@code diagnostics} when it cannot be read. */
    static Optional<SourceDocument> read(Path file, List<Diagnostic> diagnostics) {
        try {
            return Optional.of(DatasetJson.readDocument(file));
        } catch (DatasetFormatException e) {
            diagnostics.add(e.diagnostic());
        } catch (UncheckedIOException e) {
            diagnostics.add(Diagnostic.error("gold.unreadable", file.toString(), 0, 0, "cannot read the gold file: "
                    + e.getCause().getMessage() + "; check that it exists and is readable"));
        }
        return Optional.empty();
    }
}
