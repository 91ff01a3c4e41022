package org.inclusiondata.model.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import org.inclusiondata.model.Dataset;

/**
 * The published JSON Schema (draft 2020-12) of the dataset file, shipped in the model jar at
 * {@value #RESOURCE}. The records enforce the same rules, so every {@link Dataset} that
 * {@link DatasetJson} writes validates against it. This class hands the schema out because the
 * resource lives in a package that a named module does not open to everyone.
 */
public final class DatasetSchema {

    /** Where the schema is in the jar. */
    public static final String RESOURCE = "org/inclusiondata/model/dataset.schema.json";

    /** The schema's {@code $id}. */
    public static final String ID = "https://inclusiondata.org/schema/dataset-1.0.schema.json";

    private DatasetSchema() {
    }

    /** The schema's location inside the model jar (or classes folder). */
    public static URL url() {
        URL url = Dataset.class.getResource("dataset.schema.json");
        if (url == null) {
            throw new IllegalStateException(RESOURCE + " is missing from the inclusiondata-model jar; rebuild the jar");
        }
        return url;
    }

    /** A fresh stream of the schema's bytes; the caller closes it. */
    public static InputStream openStream() {
        InputStream in = Dataset.class.getResourceAsStream("dataset.schema.json");
        if (in == null) {
            throw new IllegalStateException(RESOURCE + " is missing from the inclusiondata-model jar; rebuild the jar");
        }
        return in;
    }

    /** The schema's text. */
    public static String text() {
        try (InputStream in = openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
