package org.inclusiondata.extract.evaluation;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.inclusiondata.model.Diagnostic;
import org.inclusiondata.model.SourceDocument;

/**
 * Every gold answer ({@code *.gold.json}) of one folder, read into the model's records with
 * {@link org.inclusiondata.model.json.DatasetJson#readDocument(Path)} (list items written as bare strings become phrases and
 * links). A file that cannot be read becomes a diagnostic naming its line and column and does not
 * stop the others.
 *
 * @param folder the folder read
 * @param documents gold documents keyed by gold file name, in file-name order (score.py's order)
 * @param diagnostics one error per unreadable gold file
 */
public record GoldFolder(Path folder, SortedMap<String, SourceDocument> documents, List<Diagnostic> diagnostics) {

    /** Suffix of a gold answer file, beside its page {@code NAME.txt}. */
    public static final String SUFFIX = ".gold.json";

    public GoldFolder {
        Objects.requireNonNull(folder, "folder");
        documents = Collections.unmodifiableSortedMap(new TreeMap<>(documents));
        diagnostics = List.copyOf(diagnostics);
    }

    /**
     * Reads every {@code *.gold.json} of {@code folder} (not of its subfolders).
     *
     * @throws UncheckedIOException when the folder itself cannot be listed
     */
    public static GoldFolder read(Path folder) {
        SortedMap<String, SourceDocument> documents = new TreeMap<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (Path file : GoldIndex.goldFiles(folder)) {
            GoldIndex.read(file, diagnostics).ifPresent(d -> documents.put(file.getFileName().toString(), d));
        }
        return new GoldFolder(folder, documents, diagnostics);
    }

    /** The gold documents whose language is {@code language}, keyed by gold file name. */
    public SortedMap<String, SourceDocument> inLanguage(String language) {
        SortedMap<String, SourceDocument> out = new TreeMap<>();
        documents.forEach((k, v) -> {
            if (Objects.equals(v.language(), language)) {
                out.put(k, v);
            }
        });
        return out;
    }

    /** The page a gold document answers for: {@code NAME.txt} beside the gold file. */
    public Path pageOf(SourceDocument gold) {
        return folder.resolve(gold.document());
    }
}
