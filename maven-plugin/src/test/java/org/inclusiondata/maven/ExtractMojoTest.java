package org.inclusiondata.maven;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.inclusiondata.extract.evaluation.Evaluation;
import org.inclusiondata.extract.evaluation.EvaluationReport;
import org.inclusiondata.extract.evaluation.GoldFolder;
import org.inclusiondata.model.Dataset;
import org.inclusiondata.model.SourceDocument;
import org.inclusiondata.model.json.DatasetJson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The goals run directly, configured as Maven would, over a copy of the project's seed pages and a broken page. */
class ExtractMojoTest {

    private static final Path SEEDS = Path.of(System.getProperty("inclusiondata.seeds.dir", "../seeds/src/main/seeds"));

    @TempDir
    Path project;

    private final List<String> log = new ArrayList<>();

    /** How many seed pages the project has; the tests add one broken page to them. */
    private int seedPages;

    @BeforeEach
    void seeds() throws IOException {
        Path seeds = Files.createDirectories(project.resolve("src/main/seeds"));
        try (Stream<Path> pages = Files.list(SEEDS)) {
            for (Path p : pages.filter(p -> p.toString().endsWith(".txt")).toList()) {
                Files.copy(p, seeds.resolve(p.getFileName()));
                seedPages++;
            }
        }
        Files.write(seeds.resolve("zz-broken.txt"), new byte[] {'a', 'b', '\n', (byte) 0xC3, '(', '\n'});
    }

    private <T extends AbstractDatasetMojo> T configure(T mojo, String output, int threads) throws ReflectiveOperationException {
        mojo.seedDirectory = project.resolve("src/main/seeds").toFile();
        mojo.outputDirectory = project.resolve(output).toFile();
        mojo.workDirectory = project.resolve(output + "-work").toFile();
        mojo.basedir = project.toFile();
        mojo.maxBytes = 5L << 20;
        if (mojo instanceof ExtractMojo) {
            set(mojo, "threads", threads);
            set(mojo, "pluginVersion", "test");
        }
        mojo.setLog(new SystemStreamLog() {
            @Override
            public void info(CharSequence content) {
                log.add(content.toString());
            }
        });
        return mojo;
    }

    private static void set(AbstractMojo mojo, String field, Object value) throws ReflectiveOperationException {
        Field f = mojo.getClass().getDeclaredField(field);
        f.setAccessible(true);
        f.set(mojo, value);
    }

    private Path dataset(String output) {
        return project.resolve(output).resolve("META-INF/inclusiondata/dataset.json");
    }

    @Test
    void extractsEveryPageTheSameWayOnOneThreadOrMany() throws Exception {
        configure(new ExtractMojo(), "one", 1).execute();
        configure(new ExtractMojo(), "many", 4).execute();
        for (String file : List.of("dataset.json", "dataset.jsonl", "dataset.csv")) {
            assertArrayEquals(Files.readAllBytes(project.resolve("one/META-INF/inclusiondata/" + file)),
                    Files.readAllBytes(project.resolve("many/META-INF/inclusiondata/" + file)), file);
        }
        Dataset d = DatasetJson.read(dataset("one"));
        assertEquals(seedPages + 1, d.documents().size());
        // The broken page is kept, with its error, and does not stop the others.
        SourceDocument broken = d.documents().get(seedPages);
        assertEquals("zz-broken.txt", broken.document());
        assertTrue(broken.hasErrors());
        assertEquals(seedPages, d.projects().size());
        assertTrue(d.documents().stream().limit(seedPages).allMatch(doc -> "first-line".equals(doc.extractor())));
    }

    @Test
    void skipsAnUnchangedExtractionAndRedoesAChangedOne() throws Exception {
        configure(new ExtractMojo(), "out", 2).execute();
        byte[] first = Files.readAllBytes(dataset("out"));
        log.clear();
        configure(new ExtractMojo(), "out", 2).execute();
        assertTrue(log.stream().anyMatch(l -> l.contains("extraction skipped")), log.toString());

        Files.writeString(project.resolve("src/main/seeds/zz-broken.txt"), "Projekt címe\n");
        log.clear();
        configure(new ExtractMojo(), "out", 2).execute();
        assertTrue(log.stream().anyMatch(l -> l.startsWith("Extracting " + (seedPages + 1) + " seed pages (page zz-broken.txt changed)")), log.toString());
        assertTrue(!java.util.Arrays.equals(first, Files.readAllBytes(dataset("out"))));

        Files.delete(dataset("out"));
        log.clear();
        configure(new ExtractMojo(), "out", 2).execute();
        assertTrue(log.stream().anyMatch(l -> l.startsWith("Extracting " + (seedPages + 1) + " seed pages (outputs missing)")), log.toString());
    }

    @Test
    void aForcedLanguageOverridesIdentificationAndIsPartOfTheCacheKey() throws Exception {
        configure(new ExtractMojo(), "out", 1).execute();
        String page = "000_32b86c294e8ab0a4.txt";
        ExtractMojo forced = configure(new ExtractMojo(), "out", 1);
        set(forced, "forcedLanguages", java.util.Map.of(page, "sk"));
        log.clear();
        forced.execute();
        assertTrue(log.stream().anyMatch(l -> l.startsWith("Extracting") && l.contains("languageOptions")), log.toString());
        SourceDocument doc = DatasetJson.read(dataset("out")).document(page).orElseThrow();
        assertEquals("sk", doc.language());
        assertEquals(List.of(), doc.projects());
        assertTrue(doc.diagnostics().stream().anyMatch(d -> d.message().contains("sk")), doc.diagnostics().toString());
    }

    @Test
    void aLanguageSettingThatIsNotACodeFailsBeforeAnyPageIsRead() throws Exception {
        ExtractMojo mojo = configure(new ExtractMojo(), "out", 1);
        set(mojo, "forcedLanguages", java.util.Map.of("000_32b86c294e8ab0a4.txt", "Hungarian"));
        org.apache.maven.plugin.MojoExecutionException e =
                org.junit.jupiter.api.Assertions.assertThrows(org.apache.maven.plugin.MojoExecutionException.class, mojo::execute);
        assertTrue(e.getMessage().contains("<forcedLanguages>") && e.getMessage().contains("Hungarian"), e.getMessage());
        assertTrue(Files.notExists(dataset("out")));
    }

    @Test
    void validateListsEveryProblemAndFails() throws Exception {
        configure(new ExtractMojo(), "out", 2).execute();
        MojoFailureException e = assertThrows(MojoFailureException.class, () -> configure(new ValidateMojo(), "out", 0).execute());
        assertTrue(e.getMessage().contains("src/main/seeds/zz-broken.txt:2:1: error: "), e.getMessage());

        Files.delete(project.resolve("src/main/seeds/zz-broken.txt"));
        configure(new ExtractMojo(), "out", 2).execute();
        configure(new ValidateMojo(), "out", 0).execute();
        assertTrue(log.stream().anyMatch(l -> l.equals("Validated " + seedPages + " documents checked: 0 errors, 0 warnings")), log.toString());
    }

    @Test
    void aMarkedPageWithProjectsIsAWarningThatFailOnWarningMakesFatal() throws Exception {
        Files.delete(project.resolve("src/main/seeds/zz-broken.txt"));
        String page;
        try (Stream<Path> pages = Files.list(project.resolve("src/main/seeds"))) {
            page = pages.map(p -> p.getFileName().toString()).sorted().findFirst().orElseThrow();
        }
        Files.createFile(project.resolve("src/main/seeds/" + page.replace(".txt", ".noproject")));
        configure(new ExtractMojo(), "out", 2).execute();
        configure(new ValidateMojo(), "out", 0).execute();
        assertTrue(log.stream().anyMatch(l -> l.equals("Validated " + seedPages + " documents checked: 0 errors, 1 warnings")), log.toString());

        ValidateMojo strict = configure(new ValidateMojo(), "out", 0);
        set(strict, "failOnWarning", true);
        MojoFailureException e = assertThrows(MojoFailureException.class, strict::execute);
        assertTrue(e.getMessage().contains("failOnWarning is set"), e.getMessage());
        assertTrue(e.getMessage().contains("src/main/seeds/" + page + ":1:1: warning: "), e.getMessage());
    }

    @Test
    void evaluateScoresOnlyTheSelectedPagesAndWritesTheFigures() throws Exception {
        Path seeds = project.resolve("src/main/seeds");
        String[] pages;
        try (Stream<Path> s = Files.list(seeds)) {
            pages = s.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith("zz")).sorted().toArray(String[]::new);
        }
        // Gold for two pages: the first says what the test extractor reads (its first line), the second is excluded.
        String first = Files.readAllLines(seeds.resolve(pages[0])).stream().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElseThrow();
        Files.writeString(seeds.resolve(pages[0].replace(".txt", ".gold.json")), "{\"document\": \"" + pages[0]
                + "\", \"projects\": [{\"title\": " + tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(first) + "}]}");
        Files.writeString(seeds.resolve(pages[1].replace(".txt", ".gold.json")), "{\"document\": \"" + pages[1]
                + "\", \"projects\": [{\"title\": \"Nothing like the first line\"}]}");
        ExtractMojo extract = configure(new ExtractMojo(), "out", 2);
        extract.excludes = List.of(pages[1]);
        extract.execute();
        EvaluateMojo evaluate = configure(new EvaluateMojo(), "out", 0);
        evaluate.excludes = List.of(pages[1]);
        set(evaluate, "minF1", 1.0);
        evaluate.execute();
        assertTrue(log.contains("1 gold answers left out: their pages are not selected by includes/excludes"), log.toString());
        assertTrue(log.stream().anyMatch(l -> l.startsWith("Evaluation: micro F1 1.0000")), log.toString());
        assertTrue(Files.readString(project.resolve("out-work/evaluation.json")).contains("\"documents\" : 1"));

        EvaluateMojo all = configure(new EvaluateMojo(), "out", 0);
        set(all, "minF1", 0.9);
        MojoFailureException e = assertThrows(MojoFailureException.class, all::execute);
        assertTrue(e.getMessage().startsWith("Extraction quality is under the minimum: micro F1 0.6667"), e.getMessage());
    }

    @Test
    void evaluateStreamsTheDatasetAndGivesTheFiguresOfScoringEverythingInMemory() throws Exception {
        Path seeds = project.resolve("src/main/seeds");
        try (Stream<Path> gold = Files.list(SEEDS)) {
            for (Path g : gold.filter(p -> p.toString().endsWith(GoldFolder.SUFFIX)).toList()) {
                Files.copy(g, seeds.resolve(g.getFileName()));
            }
        }
        // A gold answer whose page is gone counts as missed; one for the broken page is scored against its empty document.
        Files.writeString(seeds.resolve("gone.gold.json"), "{\"document\": \"gone.txt\", \"language\": \"bg\", "
                + "\"projects\": [{\"title\": \"Проект\", \"locations\": [\"Сливен\"]}]}");
        Files.writeString(seeds.resolve("zz-broken.gold.json"), "{\"document\": \"zz-broken.txt\", \"projects\": [{\"title\": \"ab\"}]}");
        configure(new ExtractMojo(), "out", 2).execute();
        configure(new EvaluateMojo(), "out", 0).execute();

        EvaluationReport inMemory = Evaluation.score(GoldFolder.read(seeds).documents(), DatasetJson.read(dataset("out")).documents());
        assertEquals(inMemory.toJsonText(), Files.readString(project.resolve("out-work/evaluation.json")));
        assertEquals(seedPages + 2, inMemory.documents());
        assertTrue(inMemory.languages().containsKey("bg") && inMemory.languages().containsKey("?"), inMemory.languages()::toString);
    }

    @Test
    void anEmptySelectionGivesAnEmptyDataset() throws Exception {
        ExtractMojo extract = configure(new ExtractMojo(), "out", 0);
        extract.includes = List.of("**/*.none");
        extract.execute();
        assertEquals(List.of(), DatasetJson.read(dataset("out")).documents());
        configure(new ValidateMojo(), "out", 0).execute();
    }

    @Test
    void validateNamesAPageThatLeftTheFolderSinceExtraction() throws Exception {
        configure(new ExtractMojo(), "out", 2).execute();
        Files.delete(project.resolve("src/main/seeds/zz-broken.txt"));
        MojoFailureException e = assertThrows(MojoFailureException.class, () -> configure(new ValidateMojo(), "out", 0).execute());
        assertTrue(e.getMessage().contains("src/main/seeds/zz-broken.txt:0:0: error: the page is in the dataset but no longer"), e.getMessage());
    }
}
