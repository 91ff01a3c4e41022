package org.inclusiondata.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.WeakHashMap;
import org.inclusiondata.model.json.DatasetFormatException;
import org.inclusiondata.model.json.DatasetJson;

/**
 * The published dataset, one call away:
 *
 * <pre>{@code
 * List<Project> projects = InclusionDataset.projects();
 * }</pre>
 *
 * <p>The data comes from the class path resource {@value #RESOURCE}, which the dataset artifact
 * {@code org.inclusiondata:inclusiondata-seeds} carries; add that artifact as a dependency. The
 * resource is outside any Java package, so it is found on the module path as well as on the class
 * path. Should several jars carry the resource, their documents are merged (a document name found
 * in two of them is an error, since the two would disagree about it).
 *
 * <p>The class path is read once per class loader and the result cached; the records are
 * immutable, so every caller may share them.
 */
public final class InclusionDataset {

    /** Where the dataset artifact puts the dataset file. */
    public static final String RESOURCE = "META-INF/inclusiondata/dataset.json";

    /** The dataset artifact's Maven coordinates, for error messages and documentation. */
    public static final String ARTIFACT = "org.inclusiondata:inclusiondata-seeds";

    private static final Map<ClassLoader, Dataset> CACHE = Collections.synchronizedMap(new WeakHashMap<>());

    private InclusionDataset() {
    }

    /** Every project of the dataset on the class path, in document order. */
    public static List<Project> projects() {
        return dataset().projects();
    }

    /**
     * The dataset on the class path of the thread's context class loader (or, when there is none,
     * of this library's class loader).
     *
     * @throws IllegalStateException when no jar on the class path carries {@value #RESOURCE}
     * @throws DatasetFormatException when the resource cannot be read
     */
    public static Dataset dataset() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return fromClasspath(loader != null ? loader : InclusionDataset.class.getClassLoader());
    }

    /** The dataset that the class loader sees, read once and then cached for that loader. */
    public static Dataset fromClasspath(ClassLoader loader) {
        Objects.requireNonNull(loader, "loader");
        Dataset cached = CACHE.get(loader);
        if (cached == null) {
            cached = readClasspath(loader);
            CACHE.put(loader, cached);
        }
        return cached;
    }

    /** Reads a dataset file. */
    public static Dataset load(Path file) {
        return DatasetJson.read(file);
    }

    /** Reads a dataset file from a stream, which is read to its end but not closed. */
    public static Dataset load(InputStream in) {
        return DatasetJson.read(in, "<stream>");
    }

    /** Reads a dataset file from a stream; {@code sourceName} names it in error messages. */
    public static Dataset load(InputStream in, String sourceName) {
        return DatasetJson.read(in, sourceName);
    }

    private static Dataset readClasspath(ClassLoader loader) {
        // A set: a loader may report one resource twice (a module seen also on the class path).
        java.util.SortedMap<String, URL> byLocation = new java.util.TreeMap<>();
        try {
            Enumeration<URL> found = loader.getResources(RESOURCE);
            while (found.hasMoreElements()) {
                URL url = found.nextElement();
                byLocation.putIfAbsent(url.toString(), url);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot search the class path for " + RESOURCE, e);
        }
        // Sorted by location, so that the order of class path entries cannot change the result.
        List<URL> urls = new ArrayList<>(byLocation.values());
        if (urls.isEmpty()) {
            throw new IllegalStateException("no dataset on the class path: " + RESOURCE + " was not found; add the dependency "
                    + ARTIFACT + " (Maven: <dependency><groupId>org.inclusiondata</groupId>"
                    + "<artifactId>inclusiondata-seeds</artifactId></dependency>), or read a dataset file with "
                    + "InclusionDataset.load(Path)");
        }
        List<SourceDocument> documents = new ArrayList<>();
        Map<String, URL> origin = new HashMap<>();
        String formatVersion = null;
        for (URL url : urls) {
            Dataset part;
            try (InputStream in = url.openStream()) {
                part = DatasetJson.read(in, url.toString());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + url, e);
            }
            formatVersion = formatVersion == null || part.formatVersion().compareTo(formatVersion) > 0
                    ? part.formatVersion() : formatVersion;
            for (SourceDocument d : part.documents()) {
                URL earlier = origin.putIfAbsent(d.document(), url);
                if (earlier != null) {
                    throw new IllegalStateException("document '" + d.document() + "' is in two datasets on the class path, "
                            + earlier + " and " + url + "; keep only one of them as a dependency");
                }
                documents.add(d);
            }
        }
        return new Dataset(formatVersion, documents);
    }
}
