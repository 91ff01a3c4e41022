package org.inclusiondata.seeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.inclusiondata.extract.decode.Decoded;
import org.inclusiondata.extract.decode.Utf8Decoder;
import org.inclusiondata.extract.pipeline.Pipeline;
import org.inclusiondata.extract.spi.Extraction;
import org.inclusiondata.extract.spi.ProjectExtractor;
import org.inclusiondata.extract.testkit.ExtractorChecks;
import org.inclusiondata.extract.text.Normalizer;
import org.inclusiondata.extract.text.SourceText;
import org.inclusiondata.model.Diagnostic;
import org.inclusiondata.model.SourceDocument;
import org.inclusiondata.model.json.DatasetJson;

/**
 * The whole pipeline (hash, decode, normalise, identify, registry, the three real extractors, span
 * check) on hostile bytes: arbitrary Unicode, seed and dev pages cut at any byte (inside a UTF-8
 * sequence too), random bytes spliced into pages, lines of 100,000 characters and more, list
 * markers repeated thousands of times, Latin and Cyrillic interleaved inside words, and unbalanced
 * quotes and parentheses. Whatever comes in: no exception, a document for the bytes, no extractor
 * crash turned into a diagnostic, every span inside the decoded text and covering its value, and
 * byte-identical JSON on a second run.
 *
 * <p>It lives in the seeds module because this is where the built extractor jars meet the pipeline
 * through ServiceLoader, as in the Maven plugin; an extractor module sees only itself.
 */
class PipelineRobustnessProperties {

    /** Diagnostics that mean code failed (and was caught), not that the page was odd. */
    private static final Set<String> CRASHES = Set.of("extract.failed", "extract.internal", "pipeline.span-outside-text");

    private static ExtractorJars jars;
    private static List<byte[]> pages;

    @BeforeContainer
    static void load() {
        jars = ExtractorJars.open();
        pages = new ArrayList<>();
        List<Path> all = new ArrayList<>(ExtractorJars.seedPages());
        all.addAll(ExtractorJars.devPages());
        for (Path p : all) {
            try {
                pages.add(Files.readAllBytes(p));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + p + ": " + e.getMessage(), e);
            }
        }
    }

    @AfterContainer
    static void close() throws IOException {
        jars.close();
    }

    @Property(tries = 60)
    void arbitraryUnicode(@ForAll("unicode") String text) {
        check(text.getBytes(StandardCharsets.UTF_8));
    }

    @Property(tries = 60)
    void pagesCutAtAnyByte(@ForAll("truncated") byte[] bytes) {
        check(bytes);
    }

    @Property(tries = 60)
    void pagesWithRandomBytesSplicedIn(@ForAll("spliced") byte[] bytes) {
        check(bytes);
    }

    @Property(tries = 6)
    void extremelyLongLines(@ForAll("longLine") String text) {
        check(text.getBytes(StandardCharsets.UTF_8));
    }

    @Property(tries = 20)
    void deeplyRepeatedListMarkers(@ForAll("markers") String text) {
        check(text.getBytes(StandardCharsets.UTF_8));
    }

    @Property(tries = 40)
    void scriptsMixedInsideWords(@ForAll("mixedScripts") String text) {
        check(text.getBytes(StandardCharsets.UTF_8));
    }

    @Property(tries = 40)
    void unbalancedQuotesAndParentheses(@ForAll("unbalanced") String text) {
        check(text.getBytes(StandardCharsets.UTF_8));
    }

    // ---------------------------------------------------------------- the checks

    private static void check(byte[] bytes) {
        Pipeline pipeline = jars.pipeline();
        SourceDocument doc = pipeline.process("hostile.txt", bytes);
        assertNotNull(doc, "the pipeline returned no document");
        assertEquals(bytes.length, doc.bytes(), "the document does not account for every byte");
        for (Diagnostic d : doc.diagnostics()) {
            assertTrue(!CRASHES.contains(d.code()), () -> "code failed on the input and was caught: " + d.format());
        }
        assertTrue(!doc.projects().isEmpty() || doc.extractor() != null || !doc.diagnostics().isEmpty(),
                "no project, no extractor and no diagnostic: the page was dropped without a word");
        if (doc.extractor() != null) {
            spansInsideTheTextAndCoveringTheirValues(doc, bytes);
        }
        String first = DatasetJson.toJson(doc);
        assertEquals(first, DatasetJson.toJson(pipeline.process("hostile.txt", bytes)), "a second run gave another document");
    }

    /** The contract kit's span checks, against the text as the pipeline decoded and normalised it. */
    private static void spansInsideTheTextAndCoveringTheirValues(SourceDocument doc, byte[] bytes) {
        Decoded decoded = new Utf8Decoder().decode("hostile.txt", bytes);
        assertTrue(decoded.hasText(), "an extractor ran on a page that does not decode");
        SourceText source = Normalizer.normalize("hostile.txt", decoded.text(), doc.language(), doc.script());
        ProjectExtractor extractor = jars.pipeline().registry().byId(doc.extractor()).orElseThrow();
        // Diagnostics of the decoder and identifier name byte positions and the file; spans are the point here.
        ExtractorChecks.spansValid(extractor, source, new Extraction(doc.projects(), doc.published(), List.of()));
    }

    // ---------------------------------------------------------------- hostile inputs

    @Provide
    Arbitrary<String> unicode() {
        return Arbitraries.strings().all().ofMaxLength(4_000);
    }

    private Arbitrary<byte[]> page() {
        return Arbitraries.of(pages);
    }

    @Provide
    Arbitrary<byte[]> truncated() {
        return page().flatMap(p -> Arbitraries.integers().between(0, p.length).map(n -> java.util.Arrays.copyOf(p, n)));
    }

    @Provide
    Arbitrary<byte[]> spliced() {
        Arbitrary<byte[]> noise = Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(24);
        return page().flatMap(p -> Arbitraries.integers().between(0, p.length).list().ofMinSize(1).ofMaxSize(10)
                .flatMap(cuts -> noise.list().ofSize(cuts.size()).map(ins -> splice(p, cuts, ins))));
    }

    private static byte[] splice(byte[] page, List<Integer> cuts, List<byte[]> inserts) {
        List<Integer> sorted = new ArrayList<>(cuts);
        sorted.sort(null);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(page.length + 256);
        int last = 0;
        for (int i = 0; i < sorted.size(); i++) {
            int cut = sorted.get(i);
            out.write(page, last, cut - last);
            out.writeBytes(inserts.get(i));
            last = cut;
        }
        out.write(page, last, page.length - last);
        return out.toByteArray();
    }

    /** 100,000 to 300,000 characters without a line break: a page's lines joined, or one word repeated. */
    @Provide
    Arbitrary<String> longLine() {
        Arbitrary<String> joinedPages = page().map(p -> new String(p, StandardCharsets.UTF_8).replaceAll("[\\r\\n]+", " "));
        Arbitrary<String> words = Arbitraries.of("Roma ", "проект ", "projekat ", "2015. ", "1.000.000 Ft ", "„Egyesület ",
                "Фондация „", "(", "01.03.2016 – ", "Партньори: ", "www.", "a");
        Arbitrary<String> unit = Arbitraries.oneOf(joinedPages, words);
        return Arbitraries.integers().between(100_000, 300_000)
                .flatMap(n -> unit.map(u -> u.repeat(n / Math.max(1, u.length()) + 1).substring(0, n)));
    }

    @Provide
    Arbitrary<String> markers() {
        Arbitrary<String> marker = Arbitraries.of("- ", "• ", "* ", "1. ", "a) ", "– ", "•", "-", "1.", "i) ", "> ");
        Arbitrary<String> oneLine = marker.flatMap(m -> Arbitraries.integers().between(1_000, 20_000).map(m::repeat));
        Arbitrary<String> manyLines = marker.list().ofMinSize(100).ofMaxSize(3_000)
                .map(l -> String.join("\n", l) + "\nProjekt: Roma\nПартньори: Фондация „Роми“\n");
        Arbitrary<String> nested = marker.flatMap(m -> Arbitraries.integers().between(50, 2_000)
                .map(n -> (m.repeat(n) + "Партньор: Сдружение „Мост“\n").repeat(20)));
        return Arbitraries.oneOf(oneLine, manyLines, nested);
    }

    /** Latin and Cyrillic letters alternating inside the words of real pages, and the other way round. */
    @Provide
    Arbitrary<String> mixedScripts() {
        return page().flatMap(p -> Arbitraries.integers().between(1, 4).map(step -> interleave(new String(p, StandardCharsets.UTF_8), step)));
    }

    private static final String LATIN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final String CYRILLIC = "абцдефгхијклмнопчрстувшџжзАБЦДЕФГХИЈКЛМНОПЧРСТУВШЏЖЗ";

    /** Every {@code step}-th letter swapped to the other script, by position in the alphabet. */
    private static String interleave(String text, int step) {
        StringBuilder b = new StringBuilder(text.length());
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int l = LATIN.indexOf(c);
            int k = CYRILLIC.indexOf(c);
            if ((l >= 0 || k >= 0) && letters++ % step == 0) {
                b.append(l >= 0 ? CYRILLIC.charAt(l) : LATIN.charAt(k));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Real pages with quotation marks and brackets scattered so that they no longer pair up. */
    @Provide
    Arbitrary<String> unbalanced() {
        Arbitrary<String> marks = Arbitraries.of("„", "“", "”", "\"", "«", "»", "(", ")", "((((", "„„„", "\"\"\"", "[", "‘");
        return page().flatMap(p -> {
            String text = new String(p, StandardCharsets.UTF_8);
            return Arbitraries.integers().between(0, text.length()).list().ofMinSize(1).ofMaxSize(60)
                    .flatMap(cuts -> marks.list().ofSize(cuts.size()).map(ins -> {
                        List<Integer> sorted = new ArrayList<>(cuts);
                        sorted.sort(null);
                        StringBuilder b = new StringBuilder();
                        int last = 0;
                        for (int i = 0; i < sorted.size(); i++) {
                            b.append(text, last, sorted.get(i)).append(ins.get(i));
                            last = sorted.get(i);
                        }
                        return b.append(text.substring(last)).toString();
                    }));
        });
    }
}
