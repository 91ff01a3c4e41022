package org.inclusiondata.extract.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.util.List;
import java.util.Set;
import org.inclusiondata.extract.spi.ProjectExtractor;
import org.inclusiondata.model.Diagnostic;
import org.inclusiondata.model.Severity;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractorRegistryTest {

    @TempDir
    static Path dir;

    private static Path huJar;
    private static Path huBetterJar;
    private static Path srLatnJar;
    private static Path srCyrlJar;
    private static Path duplicateJar;
    private static Path conflictJar;
    private static Path brokenJar;

    @BeforeAll
    static void buildJars() throws IOException {
        ExtractorJars jars = new ExtractorJars(dir);
        huJar = jars.jar("hu-basic", "test.hu.BasicHu", "hu-basic", List.of("hu"), List.of("Latn"), 0);
        huBetterJar = jars.jar("hu-better", "test.hu.BetterHu", "hu-better", List.of("hu"), List.of("Latn"), 10);
        srLatnJar = jars.jar("sr-latn", "test.sr.LatinSr", "sr-latn", List.of("sr"), List.of("Latn"), 0);
        srCyrlJar = jars.jar("sr-cyrl", "test.sr.CyrillicSr", "sr-cyrl", List.of("sr"), List.of("Cyrl"), 0);
        duplicateJar = jars.jar("hu-copy", "test.copy.CopiedHu", "hu-basic", List.of("hu"), List.of("Latn"), 5);
        conflictJar = jars.jar("hu-rival", "test.rival.RivalHu", "hu-rival", List.of("hu"), List.of("Latn"), 10);
        brokenJar = jars.brokenJar("broken", "test.broken.BrokenHu");
    }

    private static ExtractorRegistry registryOf(Path... jars) throws IOException {
        URL[] urls = new URL[jars.length];
        for (int i = 0; i < jars.length; i++) {
            urls[i] = jars[i].toUri().toURL();
        }
        // Closed with the test JVM: the registry keeps instances whose classes come from this loader.
        URLClassLoader loader = new URLClassLoader(urls, ExtractorRegistryTest.class.getClassLoader());
        return ExtractorRegistry.load(loader);
    }

    private static List<String> ids(ExtractorRegistry r) {
        return r.extractors().stream().map(ProjectExtractor::id).toList();
    }

    @Test
    void discoversExtractorsFromSeparateJars() throws IOException {
        ExtractorRegistry r = registryOf(huJar, srLatnJar, srCyrlJar);
        assertEquals(List.of("hu-basic", "sr-cyrl", "sr-latn"), ids(r));
        assertEquals(Set.of("hu", "sr"), r.languages());
        assertTrue(r.problems().isEmpty(), r.problems().toString());
        assertTrue(r.origin(r.byId("hu-basic").orElseThrow()).endsWith("hu-basic.jar"));
    }

    @Test
    void selectsByLanguageThenScriptThenPriority() throws IOException {
        ExtractorRegistry r = registryOf(huJar, huBetterJar, srLatnJar, srCyrlJar);
        assertEquals("hu-better", r.select("hu", "Latn").orElseThrow().id());
        assertEquals("sr-latn", r.select("sr", "Latn").orElseThrow().id());
        assertEquals("sr-cyrl", r.select("sr", "Cyrl").orElseThrow().id());
        assertTrue(r.select("hu", "Cyrl").isEmpty(), "no Hungarian extractor reads Cyrillic");
        assertTrue(r.select("sk", "Latn").isEmpty());
        assertTrue(r.select(null, "Latn").isEmpty());
    }

    @Test
    void explicitChoiceById() throws IOException {
        ExtractorRegistry r = registryOf(huJar, huBetterJar);
        assertEquals("hu-basic", r.byId("hu-basic").orElseThrow().id());
        assertTrue(r.byId("nope").isEmpty());
    }

    @Test
    void reportsTheSameIdTwiceNamingBothJars() throws IOException {
        ExtractorRegistry r = registryOf(huJar, duplicateJar);
        assertEquals(List.of("hu-basic"), ids(r));
        assertEquals("1.0-hu-basic", r.byId("hu-basic").orElseThrow().version(), "the first one on the path is kept");
        Diagnostic d = r.problems().get(0);
        assertEquals(Severity.ERROR, d.severity());
        assertEquals("registry.duplicate-id", d.code());
        assertTrue(d.message().contains("hu-basic.jar") && d.message().contains("hu-copy.jar"), d.message());
        assertTrue(d.message().contains("test.hu.BasicHu") && d.message().contains("test.copy.CopiedHu"), d.message());
    }

    @Test
    void reportsConflictingClaimsAndStillChoosesDeterministically() throws IOException {
        ExtractorRegistry r = registryOf(conflictJar, huBetterJar);
        Diagnostic d = r.problems().get(0);
        assertEquals("registry.conflict", d.code());
        assertTrue(d.message().contains("language hu in script Latn with priority 10"), d.message());
        assertTrue(d.message().contains("hu-better.jar") && d.message().contains("hu-rival.jar"), d.message());
        assertEquals("hu-better", r.select("hu", "Latn").orElseThrow().id(), "ties go to the smallest id");
        assertEquals("hu-better", registryOf(huBetterJar, conflictJar).select("hu", "Latn").orElseThrow().id(),
                "whatever the class path order");
    }

    @Test
    void aBrokenProviderIsReportedAndTheOthersStillLoad() throws IOException {
        ExtractorRegistry r = registryOf(brokenJar, huJar);
        assertEquals(List.of("hu-basic"), ids(r));
        Diagnostic d = r.problems().get(0);
        assertEquals("registry.broken-provider", d.code());
        assertTrue(d.message().contains("test.broken.BrokenHu"), d.message());
        assertTrue(d.message().contains("lexicon file missing"), "the cause is shown: " + d.message());
    }

    @Test
    void anExtractorThatCannotDeclareItselfIsReportedByClassAndOrigin() throws IOException {
        Path odd = new ExtractorJars(dir).build("odd", "test.odd.NoLanguages", """
                package test.odd;
                public final class NoLanguages implements org.inclusiondata.extract.spi.ProjectExtractor {
                    public String id() { return "odd"; }
                    public String version() { return "1"; }
                    public java.util.Set<String> languages() { return null; }
                    public java.util.Set<String> scripts() { return java.util.Set.of("Latn"); }
                    public org.inclusiondata.extract.spi.Extraction extract(org.inclusiondata.extract.text.SourceText s) {
                        return org.inclusiondata.extract.spi.Extraction.empty();
                    }
                }
                """);
        ExtractorRegistry r = registryOf(odd, huJar);
        assertEquals(List.of("hu-basic"), ids(r));
        Diagnostic d = r.problems().get(0);
        assertEquals("registry.broken-provider", d.code());
        assertTrue(d.message().contains("test.odd.NoLanguages") && d.message().contains("odd.jar"), d.message());
    }

    @Test
    void theRealLanguageModulesAreNotNeeded() {
        // extract-api cannot depend on the language modules: they are not visible here at all.
        for (String stub : List.of("org.inclusiondata.extractors.hu.HungarianExtractor",
                "org.inclusiondata.extractors.bg.BulgarianExtractor", "org.inclusiondata.extractors.sr.SerbianExtractor")) {
            assertThrows(ClassNotFoundException.class, () -> Class.forName(stub));
        }
        ExtractorRegistry own = ExtractorRegistry.load(ExtractorRegistryTest.class.getClassLoader());
        assertFalse(ids(own).contains("hu") || ids(own).contains("bg") || ids(own).contains("sr"), ids(own).toString());
    }

    @Test
    void discoversProvidersOfAModuleLayer() throws IOException {
        // Only meaningful when the tests run on the module path, where extract-api is a named module.
        Assumptions.assumeTrue(ProjectExtractor.class.getModule().isNamed() && System.getProperty("jdk.module.path") != null,
                "tests run on the class path");
        Path jar = new ExtractorJars(dir).moduleJar("test.layer", "test.layer.LayerSr", "sr-layer", List.of("sr"),
                List.of("Latn", "Cyrl"));
        ModuleLayer parent = ModuleLayer.boot();
        Configuration config = parent.configuration().resolve(ModuleFinder.of(jar), ModuleFinder.of(), Set.of("test.layer"));
        ModuleLayer layer = parent.defineModulesWithOneLoader(config, ClassLoader.getSystemClassLoader());
        ExtractorRegistry r = ExtractorRegistry.load(layer);
        ProjectExtractor found = r.select("sr", "Cyrl").orElseThrow();
        assertEquals("sr-layer", found.id());
        assertTrue(r.origin(found).endsWith("test.layer.jar"), r.origin(found));
    }

    @Test
    void moduleLayerDiscoveryFindsNothingUnexpected() {
        ExtractorRegistry boot = ExtractorRegistry.load(ModuleLayer.boot());
        assertFalse(ids(boot).contains("hu-basic"), "jars on a class loader are not in the boot layer");
    }
}
