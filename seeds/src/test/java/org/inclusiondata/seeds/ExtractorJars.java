package org.inclusiondata.seeds;

import java.io.Closeable;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.inclusiondata.extract.pipeline.Pipeline;
import org.inclusiondata.extract.registry.ExtractorRegistry;

/**
 * The three built extractor jars on a class loader of their own, found through ServiceLoader as
 * the Maven plugin finds them, and the pipeline over them. The seeds POM names the jars in the
 * system property {@value #PROPERTY} and keeps them off the test class path.
 */
final class ExtractorJars implements Closeable {

    static final String PROPERTY = "inclusiondata.extractor.jars";

    private final URLClassLoader loader;
    private final Pipeline pipeline;

    private ExtractorJars(URLClassLoader loader) {
        this.loader = loader;
        this.pipeline = Pipeline.builder().registry(ExtractorRegistry.load(loader)).build();
    }

    static ExtractorJars open() {
        String jars = System.getProperty(PROPERTY);
        if (jars == null || jars.isBlank()) {
            throw new IllegalStateException("system property " + PROPERTY + " is not set; run this test through Maven "
                    + "(seeds/pom.xml sets it)");
        }
        List<URL> urls = new ArrayList<>();
        for (String jar : jars.split(File.pathSeparator)) {
            Path p = Path.of(jar);
            if (!Files.exists(p)) {
                throw new IllegalStateException("extractor artifact " + jar + " does not exist; build the reactor first");
            }
            try {
                urls.add(p.toUri().toURL());
            } catch (MalformedURLException e) {
                throw new IllegalStateException("cannot name " + jar + " as a URL", e);
            }
        }
        return new ExtractorJars(new URLClassLoader("extractors", urls.toArray(URL[]::new), ExtractorJars.class.getClassLoader()));
    }

    URLClassLoader loader() {
        return loader;
    }

    Pipeline pipeline() {
        return pipeline;
    }

    /** The seed pages of this module, sorted by name. */
    static List<Path> seedPages() {
        return pages(Path.of(System.getProperty("inclusiondata.seeds.dir", "src/main/seeds")));
    }

    /** The dev pages of the shared corpus beside the repository, sorted by name. */
    static List<Path> devPages() {
        return pages(org.inclusiondata.extract.testkit.Corpus.sharedDir().resolve("corpus/dev"));
    }

    private static List<Path> pages(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> pages = files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
            if (pages.isEmpty()) {
                throw new IllegalStateException("no .txt pages in " + dir);
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the pages of " + dir + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() throws IOException {
        loader.close();
    }
}
