package org.inclusiondata.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The dataset file: a format version and the documents, sorted by file name so that the same
 * inputs always give the same bytes.
 */
@JsonPropertyOrder({"formatVersion", "documents"})
public record Dataset(String formatVersion, List<SourceDocument> documents) {

    /** The version of the dataset format this library writes. */
    public static final String FORMAT_VERSION = "1.0";

    public Dataset {
        Objects.requireNonNull(formatVersion, "formatVersion");
        documents = documents == null ? List.of()
                : documents.stream().sorted(Comparator.comparing(SourceDocument::document)).toList();
    }

    public static Dataset of(List<SourceDocument> documents) {
        return new Dataset(FORMAT_VERSION, documents);
    }

    /** Every project of every document, in document order. */
    public List<Project> projects() {
        return documents.stream().flatMap(d -> d.projects().stream()).toList();
    }
}
