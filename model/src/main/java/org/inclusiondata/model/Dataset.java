package org.inclusiondata.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The dataset file: a format version and the documents, sorted by file name so that the same
 * inputs always give the same bytes whatever order they were extracted in. Document names are
 * unique: two documents under one name would make the order, and so the bytes, depend on chance.
 */
@JsonPropertyOrder({"formatVersion", "documents"})
public record Dataset(String formatVersion, List<SourceDocument> documents) {

    /** The version of the dataset format this library writes: {@code MAJOR.MINOR}. */
    public static final String FORMAT_VERSION = "1.0";

    private static final Pattern VERSION = Pattern.compile("(\\d+)\\.(\\d+)");

    /** @throws IllegalArgumentException for a malformed version or a document name given twice */
    public Dataset {
        Objects.requireNonNull(formatVersion, "formatVersion");
        if (!VERSION.matcher(formatVersion).matches()) {
            throw new IllegalArgumentException("formatVersion '" + formatVersion + "' is not of the form MAJOR.MINOR such as "
                    + FORMAT_VERSION);
        }
        documents = documents == null ? List.of()
                : documents.stream().map(d -> Objects.requireNonNull(d, "documents must not contain null"))
                        .sorted(Comparator.comparing(SourceDocument::document)).toList();
        for (int i = 1; i < documents.size(); i++) {
            if (documents.get(i).document().equals(documents.get(i - 1).document())) {
                throw new IllegalArgumentException("document '" + documents.get(i).document()
                        + "' appears twice; each document name must be unique in a dataset");
            }
        }
    }

    /** A dataset in the current format. */
    public static Dataset of(List<SourceDocument> documents) {
        return new Dataset(FORMAT_VERSION, documents);
    }

    /**
     * What the JSON reader calls: a file written by a newer major version of the format may mean
     * something this library would silently get wrong, so it is refused with a clear message.
     */
    @JsonCreator
    static Dataset read(@JsonProperty("formatVersion") String formatVersion,
            @JsonProperty("documents") List<SourceDocument> documents) {
        checkReadable(formatVersion);
        return new Dataset(formatVersion, documents);
    }

    /**
     * Checks that a file of this format version can be read by this library: present, of the form
     * {@code MAJOR.MINOR}, and of the current major version.
     *
     * @throws IllegalArgumentException that says what to do otherwise
     */
    public static void checkReadable(String formatVersion) {
        if (formatVersion == null) {
            throw new IllegalArgumentException("the key \"formatVersion\" is missing; a dataset file starts with "
                    + "{\"formatVersion\": \"" + FORMAT_VERSION + "\", \"documents\": [...]} "
                    + "(a single document or gold answer is read with DatasetJson.readDocument)");
        }
        var m = VERSION.matcher(formatVersion);
        if (m.matches() && !m.group(1).equals(majorOf(FORMAT_VERSION))) {
            throw new IllegalArgumentException("formatVersion " + formatVersion + " is not supported by this library, which reads "
                    + majorOf(FORMAT_VERSION) + ".x; use a version of inclusiondata-model made for format " + formatVersion);
        }
        if (!m.matches()) {
            throw new IllegalArgumentException("formatVersion '" + formatVersion + "' is not of the form MAJOR.MINOR such as "
                    + FORMAT_VERSION);
        }
    }

    private static String majorOf(String version) {
        return version.substring(0, version.indexOf('.'));
    }

    /** Every project of every document, in document order. */
    public List<Project> projects() {
        return documents.stream().flatMap(d -> d.projects().stream()).toList();
    }

    /** The document of that file name, if the dataset has it. */
    public java.util.Optional<SourceDocument> document(String name) {
        Objects.requireNonNull(name, "name");
        return documents.stream().filter(d -> d.document().equals(name)).findFirst();
    }
}
