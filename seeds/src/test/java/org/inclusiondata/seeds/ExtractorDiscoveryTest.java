package org.inclusiondata.seeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.inclusiondata.extract.pipeline.Pipeline;
import org.inclusiondata.extract.registry.ExtractorRegistry;
import org.inclusiondata.extract.spi.ProjectExtractor;
import org.inclusiondata.model.SourceDocument;
import org.inclusiondata.model.json.DatasetJson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The three language modules, as built jars that are NOT on this test's class path, are found only
 * through {@link ServiceLoader} on a class loader made from their files, and the registry picks the
 * right one for every seed page.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExtractorDiscoveryTest {

    private URLClassLoader extractorLoader;
    private Pipeline pipeline;

    @BeforeAll
    void loadExtractorJars() throws MalformedURLException {
        String jars = System.getProperty("inclusiondata.extractor.jars");
        assertTrue(jars != null && !jars.isBlank(),
                "system property inclusiondata.extractor.jars is not set; run this test through Maven (seeds/pom.xml sets it)");
        List<URL> urls = new ArrayList<>();
        for (String jar : jars.split(File.pathSeparator)) {
            assertTrue(Files.exists(Path.of(jar)), "extractor artifact " + jar + " does not exist; build the reactor first");
            urls.add(Path.of(jar).toUri().toURL());
        }
        extractorLoader = new URLClassLoader("extractors", urls.toArray(URL[]::new), getClass().getClassLoader());
        pipeline = Pipeline.builder().registry(ExtractorRegistry.load(extractorLoader)).build();
    }

    @AfterAll
    void close() throws IOException {
        extractorLoader.close();
    }

    @Test
    void theTestClassPathItselfHoldsNoExtractor() {
        assertFalse(ServiceLoader.load(ProjectExtractor.class, getClass().getClassLoader()).iterator().hasNext(),
                "an extractor is visible without the extractor jars: the discovery test would prove nothing");
    }

    @Test
    void theThreeLanguageModulesAreDiscoveredFromTheirJars() {
        ExtractorRegistry registry = pipeline.registry();
        assertEquals(List.of(), registry.problems());
        assertEquals(Set.of("hu", "bg", "sr"),
                registry.extractors().stream().map(ProjectExtractor::id).collect(Collectors.toSet()));
        for (ProjectExtractor e : registry.extractors()) {
            assertTrue(e.getClass().getClassLoader() == extractorLoader,
                    e.id() + " was loaded by " + e.getClass().getClassLoader() + ", not from the extractor jars");
        }
        assertEquals("sr", registry.select("sr", "Latn").orElseThrow().id());
        assertEquals("sr", registry.select("sr", "Cyrl").orElseThrow().id());
        assertTrue(registry.select("sk", "Latn").isEmpty());
    }

    Stream<Path> seeds() throws IOException {
        Path dir = Path.of(System.getProperty("inclusiondata.seeds.dir", "src/main/seeds"));
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> pages = files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
            assertEquals(5, pages.size(), "expected the five seed pages in " + dir);
            return pages.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void eachSeedGoesToTheExtractorOfItsLanguage(Path page) {
        Path goldFile = page.resolveSibling(page.getFileName().toString().replace(".txt", ".gold.json"));
        SourceDocument gold = DatasetJson.readDocument(goldFile);
        SourceDocument doc = pipeline.process(page);
        assertEquals(gold.language(), doc.language(), "language of " + page.getFileName());
        assertEquals(gold.script(), doc.script(), "script of " + page.getFileName());
        assertEquals(gold.language(), doc.extractor(), "extractor chosen for " + page.getFileName());
        assertFalse(doc.hasErrors(), () -> page.getFileName() + ": " + doc.diagnostics());
    }
}
