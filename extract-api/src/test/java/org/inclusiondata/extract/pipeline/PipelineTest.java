package org.inclusiondata.extract.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.inclusiondata.extract.language.LanguageOptions;
import org.inclusiondata.extract.registry.ExtractorRegistry;
import org.inclusiondata.extract.spi.Extraction;
import org.inclusiondata.extract.spi.ProjectExtractor;
import org.inclusiondata.extract.text.SourceText;
import org.inclusiondata.model.Diagnostic;
import org.inclusiondata.model.Organization;
import org.inclusiondata.model.PartialDate;
import org.inclusiondata.model.Phrase;
import org.inclusiondata.model.Project;
import org.inclusiondata.model.Role;
import org.inclusiondata.model.Severity;
import org.inclusiondata.model.SourceDocument;
import org.inclusiondata.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PipelineTest {

    static final String HUNGARIAN = "A projekt célja a roma fiatalok foglalkoztatásának javítása. "
            + "Kedvezményezett: „Esély” Egyesület. A projekt időtartama 24 hónap.\n\n"
            + "Második projekt: a roma gyerekek iskolai sikerességének támogatása a kistérségben.\n";

    /**
     * Reads every paragraph as a project whose title is its first sentence, with the title taken
     * from the original text as extractors must.
     */
    static class ParagraphExtractor implements ProjectExtractor {
        private final String id;
        private final Set<String> languages;

        ParagraphExtractor(String id, String... languages) {
            this.id = id;
            this.languages = Set.of(languages);
        }

        @Override public String id() { return id; }
        @Override public String version() { return "7"; }
        @Override public Set<String> languages() { return languages; }
        @Override public Set<String> scripts() { return Set.of("Latn", "Cyrl"); }

        @Override
        public Extraction extract(SourceText source) {
            List<Project> projects = new ArrayList<>();
            String text = source.text();
            int start = 0;
            while (start < text.length()) {
                int end = text.indexOf("\n\n", start);
                end = end < 0 ? text.length() : end;
                int sentence = text.indexOf('.', start);
                int titleEnd = sentence < 0 || sentence > end ? end : sentence;
                if (titleEnd > start) {
                    Span span = source.span(start, titleEnd, id);
                    projects.add(Project.builder().id("ignored").title(source.originalSlice(start, titleEnd), span).build());
                }
                start = end + 2;
            }
            return new Extraction(projects, PartialDate.parse("2021-03"), List.of());
        }
    }

    private static Pipeline pipeline(ProjectExtractor... extractors) {
        return Pipeline.builder().registry(ExtractorRegistry.of(List.of(extractors))).build();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void processesAPageEndToEnd() {
        SourceDocument doc = pipeline(new ParagraphExtractor("hu", "hu")).process("hu/page.txt", utf8(HUNGARIAN));
        assertEquals("hu/page.txt", doc.document());
        assertEquals(64, doc.sha256().length());
        assertEquals(utf8(HUNGARIAN).length, doc.bytes());
        assertEquals("hu", doc.language());
        assertEquals("Latn", doc.script());
        assertTrue(doc.languageConfidence() > 0.5);
        assertEquals("hu", doc.extractor());
        assertEquals("7", doc.extractorVersion());
        assertEquals(PartialDate.parse("2021-03"), doc.published());
        assertEquals(2, doc.projects().size());
        assertEquals("hu/page.txt#1", doc.projects().get(0).id());
        assertEquals("hu/page.txt#2", doc.projects().get(1).id());
        Span title = doc.projects().get(0).evidenceOf("title").orElseThrow();
        assertEquals(HUNGARIAN.substring(title.start(), title.end()), doc.projects().get(0).title());
        assertFalse(doc.hasErrors(), doc.diagnostics().toString());
    }

    @Test
    void spansPointAtTheOriginalBytesEvenWithABomAndCrLf() {
        String page = HUNGARIAN.replace("\n", "\r\n").replace("projekt:", "projekt\u00A0:");
        byte[] bytes = new byte[page.getBytes(StandardCharsets.UTF_8).length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(utf8(page), 0, bytes, 3, bytes.length - 3);
        SourceDocument doc = pipeline(new ParagraphExtractor("hu", "hu")).process("bom.txt", bytes);
        Project second = doc.projects().get(1);
        Span span = second.evidenceOf("title").orElseThrow();
        assertEquals(second.title(), page.substring(span.start(), span.end()));
        assertTrue(second.title().contains("\u00A0"), "kept as written");
        assertEquals(3, span.line());
        assertEquals(1, span.column());
    }

    @Test
    void undecodableBytesGiveADocumentWithAnErrorAndNoProjects() {
        SourceDocument doc = pipeline(new ParagraphExtractor("hu", "hu"))
                .process("latin2.txt", new byte[] {'S', 'z', (byte) 0xE9, 'p'});
        assertTrue(doc.hasErrors());
        assertEquals(64, doc.sha256().length());
        assertNull(doc.language());
        assertTrue(doc.projects().isEmpty());
        assertTrue(doc.diagnostics().get(0).format().startsWith("latin2.txt:1:3: error: invalid UTF-8 at byte offset 2"));
    }

    @Test
    void unsupportedLanguageIsKeptAndNamesWhatIsAvailable() {
        String slovak = "Cieľom projektu je zlepšiť prístup rómskych detí k vzdelávaniu a podporiť ich rodiny v obciach.";
        SourceDocument doc = pipeline(new ParagraphExtractor("hu", "hu"), new ParagraphExtractor("bg", "bg"))
                .process("sk.txt", utf8(slovak));
        assertEquals("sk", doc.language());
        assertTrue(doc.projects().isEmpty());
        assertNull(doc.extractor());
        Diagnostic d = doc.diagnostics().stream().filter(x -> x.code().equals("language.unsupported")).findFirst().orElseThrow();
        assertEquals(Severity.ERROR, d.severity());
        assertTrue(d.message().contains("language sk") && d.message().contains("available languages: bg, hu"), d.message());
    }

    @Test
    void anUndecidableNeighbourLanguageGoesToTheOneWithAnExtractor() {
        // Nothing here tells Serbian from Bosnian or Croatian; only Serbian has an extractor.
        String neutral = "Projekat za Rome i romske porodice u lokalnoj zajednici, obrazovanje i zapošljavanje mladih.";
        SourceDocument doc = pipeline(new ParagraphExtractor("sr", "sr")).process("n.txt", utf8(neutral));
        assertEquals("sr", doc.language());
        assertEquals("sr", doc.extractor());
        assertTrue(doc.diagnostics().stream().anyMatch(d -> d.code().equals("language.uncertain")
                && d.message().contains("reading it as sr")), doc.diagnostics().toString());
        SourceDocument croatian = pipeline(new ParagraphExtractor("sr", "sr")).process("hr.txt",
                utf8("Ravnatelj Ureda potpisao je ugovor o provedbi projekta tijekom siječnja za djecu iz općine."));
        assertEquals("hr", croatian.language(), "telling words are not overruled");
        assertNull(croatian.extractor());
    }

    @Test
    void aThrowingExtractorBecomesAnErrorNamingIt() {
        ProjectExtractor failing = new ParagraphExtractor("hu-bad", "hu") {
            @Override
            public Extraction extract(SourceText source) {
                throw new IllegalStateException("lexicon not loaded");
            }
        };
        SourceDocument doc = pipeline(failing).process("x.txt", utf8(HUNGARIAN));
        Diagnostic d = doc.diagnostics().stream().filter(x -> x.code().equals("extract.failed")).findFirst().orElseThrow();
        assertTrue(d.message().contains("'hu-bad'") && d.message().contains("lexicon not loaded"), d.message());
        assertEquals("hu-bad", doc.extractor());
        assertTrue(doc.projects().isEmpty());
    }

    @Test
    void spansOutsideTheTextAreDroppedAndReported() {
        ProjectExtractor sloppy = new ParagraphExtractor("hu", "hu") {
            @Override
            public Extraction extract(SourceText source) {
                Span bad = new Span(0, 10_000, 1, 1, "hu");
                Span good = source.span(0, 1, "hu");
                return Extraction.of(List.of(Project.builder().title("A", good).acronym("X", bad)
                        .organization(new Organization("Esély", Role.LEAD, bad))
                        .location(new Phrase("Pécs", good)).build()), List.of());
            }
        };
        SourceDocument doc = pipeline(sloppy).process("s.txt", utf8(HUNGARIAN));
        Project p = doc.projects().get(0);
        assertTrue(p.evidenceOf("acronym").isEmpty());
        assertTrue(p.evidenceOf("title").isPresent());
        assertEquals("X", p.acronym(), "the value is kept");
        assertNull(p.organizations().get(0).span());
        assertTrue(p.locations().get(0).span() != null);
        assertEquals(2, doc.diagnostics().stream().filter(d -> d.code().equals("pipeline.span-outside-text")).count());
    }

    @Test
    void explicitExtractorChoiceAndUnknownChoice() {
        ExtractorRegistry registry = ExtractorRegistry.of(List.of(new ParagraphExtractor("hu", "hu"),
                new ParagraphExtractor("other", "bg")));
        SourceDocument chosen = Pipeline.builder().registry(registry).extractor("other").build().process("a.txt", utf8(HUNGARIAN));
        assertEquals("other", chosen.extractor());
        SourceDocument missing = Pipeline.builder().registry(registry).extractor("nope").build().process("a.txt", utf8(HUNGARIAN));
        assertTrue(missing.diagnostics().stream().anyMatch(d -> d.code().equals("registry.unknown-extractor")
                && d.message().contains("available: hu, other")), missing.diagnostics().toString());
    }

    @Test
    void forcedLanguageFromOptions() {
        SourceDocument doc = Pipeline.builder()
                .registry(ExtractorRegistry.of(List.of(new ParagraphExtractor("sr", "sr"))))
                .languageOptions(LanguageOptions.defaults().withForced("a.txt", "sr"))
                .build().process("a.txt", utf8(HUNGARIAN));
        assertEquals("sr", doc.language());
        assertEquals("sr", doc.extractor());
    }

    @Test
    void maxBytesIsHonoured() {
        SourceDocument doc = Pipeline.builder().registry(ExtractorRegistry.of(List.of())).maxBytes(50).build()
                .process("big.txt", utf8(HUNGARIAN));
        assertEquals("decode.too-large", doc.diagnostics().get(0).code());
    }

    @Test
    void readsFilesAndReportsUnreadableOnes(@TempDir Path dir) throws Exception {
        Path page = dir.resolve("page.txt");
        Files.write(page, utf8(HUNGARIAN));
        Pipeline pipeline = pipeline(new ParagraphExtractor("hu", "hu"));
        assertEquals(2, pipeline.process(page).projects().size());
        SourceDocument missing = pipeline.process(dir.resolve("missing.txt"));
        assertEquals("missing.txt", missing.document());
        assertEquals("io.unreadable", missing.diagnostics().get(0).code());
        assertTrue(missing.diagnostics().get(0).message().contains("missing.txt"));
    }

    @Test
    void oneInstanceServesManyThreadsWithIdenticalResults() throws Exception {
        Pipeline pipeline = pipeline(new ParagraphExtractor("hu", "hu"), new ParagraphExtractor("bg", "bg"));
        String bulgarian = "Проектът има за цел да подобри достъпа на ромските деца до образование в община Сливен.";
        SourceDocument hu = pipeline.process("hu.txt", utf8(HUNGARIAN));
        SourceDocument bg = pipeline.process("bg.txt", utf8(bulgarian));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<SourceDocument>> futures = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                futures.add(pool.submit(i % 2 == 0 ? () -> pipeline.process("hu.txt", utf8(HUNGARIAN))
                        : () -> pipeline.process("bg.txt", utf8(bulgarian))));
            }
            for (int i = 0; i < futures.size(); i++) {
                assertEquals(i % 2 == 0 ? hu : bg, futures.get(i).get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals("bg", bg.language());
        assertEquals("Cyrl", bg.script());
    }
}
