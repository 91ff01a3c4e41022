package org.inclusiondata.extract.testkit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.inclusiondata.extract.evaluation.GoldFolder;
import org.inclusiondata.extract.spi.Extraction;
import org.inclusiondata.extract.spi.ProjectExtractor;
import org.inclusiondata.extract.text.Normalizer;
import org.inclusiondata.extract.text.SourceText;
import org.inclusiondata.model.SourceDocument;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The contract every {@link ProjectExtractor} must keep. A language module extends this class in a
 * few lines and gets tests for discovery, self-description, robustness on hostile input, spans,
 * determinism and a gold regression against a minimum F1:
 *
 * <pre>{@code
 * class HungarianExtractorContractTest extends ExtractorContract {
 *     protected ProjectExtractor extractor() { return new HungarianExtractor(); }
 *     protected String language() { return "hu"; }
 *     protected List<GoldTarget> goldTargets() { return List.of(GoldTarget.seeds(0.40), GoldTarget.dev(0.35)); }
 * }
 * }</pre>
 *
 * The module's test scope needs {@code inclusiondata-extract-api} with {@code <type>test-jar</type>}.
 */
public abstract class ExtractorContract {

    /** The extractor under test; may return a new instance on every call. */
    protected abstract ProjectExtractor extractor();

    /** The ISO 639-1 language whose gold pages the extractor is measured on. */
    protected abstract String language();

    /** Gold folders and the micro F1 the extractor must reach on their pages in {@link #language()}. */
    protected abstract List<GoldTarget> goldTargets();

    /** The class loader services are looked up through. */
    protected ClassLoader discoveryLoader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : extractor().getClass().getClassLoader();
    }

    /**
     * The page as extractors receive it. This is the one place that decides how the kit prepares
     * text, so that it follows the production pipeline's normaliser.
     */
    protected SourceText sourceText(String name, String original, String script) {
        return Normalizer.normalize(name, original, language(), script);
    }

    /** The script arbitrary input is labelled with: the first the extractor reads, alphabetically. */
    protected String defaultScript() {
        return new TreeSet<>(extractor().scripts()).first();
    }

    @Test
    public void isDiscoverableThroughServiceLoader() {
        ExtractorChecks.discoverable(extractor(), discoveryLoader());
    }

    @Test
    public void describesItself() {
        ExtractorChecks.describesItself(extractor(), language());
    }

    @Test
    public void goldPagesGiveValidSpansAndTheSameResultTwice() {
        List<String> failures = new ArrayList<>();
        int pages = 0;
        for (GoldTarget t : goldTargets()) {
            GoldFolder gold = GoldFolder.read(t.folder());
            for (SourceDocument g : gold.documents().values()) {
                // Every page, whatever its language: an extractor may be handed a misidentified page.
                Path page = gold.pageOf(g);
                if (!Files.isRegularFile(page)) {
                    continue;
                }
                pages++;
                String text = readPage(page);
                String script = g.script() != null ? g.script() : defaultScript();
                try {
                    SourceText source = sourceText(g.document(), text, script);
                    Extraction x = ExtractorChecks.extractsWithoutException(extractor(), source);
                    ExtractorChecks.spansValid(extractor(), source, x);
                    ExtractorChecks.deterministic(extractor(), () -> sourceText(g.document(), text, script));
                } catch (AssertionError e) {
                    failures.add(t.label() + "/" + g.document() + ": " + e.getMessage());
                }
            }
        }
        assertTrue(pages > 0, "no gold pages found in " + goldTargets());
        assertTrue(failures.isEmpty(), () -> failures.size() + " page(s) broke the contract:\n" + String.join("\n\n", failures));
    }

    @Test
    public void oneInstanceServesManyThreads() {
        List<SourceText> inputs = new ArrayList<>();
        for (GoldTarget t : goldTargets()) {
            GoldFolder gold = GoldFolder.read(t.folder());
            for (SourceDocument g : gold.documents().values()) {
                Path page = gold.pageOf(g);
                if (Files.isRegularFile(page)) {
                    inputs.add(sourceText(g.document(), readPage(page), g.script() != null ? g.script() : defaultScript()));
                }
            }
        }
        assertFalse(inputs.isEmpty(), "no gold pages found in " + goldTargets());
        ExtractorChecks.sameResultsOnManyThreads(extractor(), inputs, 4);
    }

    @Property(tries = 150)
    public void hostileInputGivesAResultWithValidSpansEveryTime(@ForAll("hostileText") String text,
            @ForAll("scripts") String script) {
        SourceText source = sourceText("hostile.txt", text, script);
        Extraction x = ExtractorChecks.extractsWithoutException(extractor(), source);
        ExtractorChecks.spansValid(extractor(), source, x);
        ExtractorChecks.deterministic(extractor(), () -> sourceText("hostile.txt", text, script));
    }

    /** Each script the extractor reads, so that a two-script extractor is tried in both. */
    @Provide
    public Arbitrary<String> scripts() {
        return Arbitraries.of(List.copyOf(new TreeSet<>(extractor().scripts())));
    }

    @TestFactory
    public Stream<DynamicTest> goldRegression() {
        return goldTargets().stream().map(t -> DynamicTest.dynamicTest(t.label() + " ≥ " + t.minimumMicroF1(), () -> {
            GoldRun run = GoldRun.of(this, t);
            System.out.println(run.summary());
            Assumptions.assumeTrue(run.pages() > 0, () -> "no page in " + t.folder() + " is in language " + language());
            assertTrue(run.failures().isEmpty(), () -> "pages that failed to extract:\n" + String.join("\n", run.failures()));
            double f1 = run.report().micro().f1();
            assertFalse(f1 < t.minimumMicroF1(), () -> String.format(java.util.Locale.ROOT,
                    "%s: micro F1 %.3f is under the minimum %.3f on %s%n%s", extractor().id(), f1, t.minimumMicroF1(),
                    t.label(), run.report().toText(true, true)));
        }));
    }

    /** Reads a page as the pipeline decodes it: UTF-8 with any byte order mark removed. */
    protected static String readPage(Path page) {
        try {
            String s = Files.readString(page, StandardCharsets.UTF_8);
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read page " + page + ": " + e.getMessage(), e);
        }
    }

    /** Every page of the gold folders, in any language, for building hostile input. */
    private List<String> realPages() {
        List<String> pages = new ArrayList<>();
        for (GoldTarget t : goldTargets()) {
            GoldFolder gold = GoldFolder.read(t.folder());
            for (SourceDocument g : gold.documents().values()) {
                Path page = gold.pageOf(g);
                if (Files.isRegularFile(page)) {
                    pages.add(readPage(page));
                }
            }
        }
        if (pages.isEmpty()) {
            pages.add("Projekt: Roma\n- első\n- második\nhttps://example.org\n");
        }
        return pages;
    }

    /**
     * Arbitrary Unicode, truncated real pages, random characters spliced into real pages, very long
     * lines, repeated list markers, words of several scripts mixed, and real pages with other line
     * ends or repeated.
     */
    @Provide
    public Arbitrary<String> hostileText() {
        List<String> pages = realPages();
        Arbitrary<String> page = Arbitraries.of(pages);
        Arbitrary<String> truncated = page.flatMap(p -> Arbitraries.integers().between(0, p.length()).map(n -> p.substring(0, n)));
        Arbitrary<String> noise = Arbitraries.strings().all().ofMinLength(1).ofMaxLength(20);
        Arbitrary<String> spliced = page.flatMap(p -> Arbitraries.integers().between(0, p.length()).list().ofMinSize(1).ofMaxSize(8)
                .flatMap(cuts -> noise.list().ofSize(cuts.size()).map(ins -> splice(p, cuts, ins))));
        Arbitrary<String> longLine = Arbitraries.of("Roma ", "проект ", "projekat ", "2015. ", "- ", "\t", "1.000.000 Ft ")
                .flatMap(w -> Arbitraries.integers().between(2_000, 40_000).map(w::repeat));
        Arbitrary<String> markers = Arbitraries.of("- ", "• ", "* ", "1. ", "a) ", "– ", "Партньори: ", "Partnerek:", "\n")
                .list().ofMinSize(1).ofMaxSize(400).map(l -> String.join("\n", l));
        Arbitrary<String> mixedScripts = Arbitraries.of("Roma", "Рома", "Ρομά", "روما", "罗马", "ரோமா", "Ꭱ", "𝕽𝖔𝖒𝖆", "e\u0301",
                "\u200d", "\uFEFF", "\r\n", "\r", "\u2028", "2013.12.01", "€", "лв.", "дин.", "Ft", ":", "„", "“", "»")
                .list().ofMaxSize(300).map(l -> String.join(" ", l));
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.strings().all().ofMaxLength(3_000)),
                Tuple.of(3, truncated),
                Tuple.of(3, spliced),
                Tuple.of(1, longLine),
                Tuple.of(2, markers),
                Tuple.of(2, mixedScripts),
                // Other line ends and a page repeated, whose spans must still land on the right line.
                Tuple.of(1, page.map(p -> p.replace("\n", "\r\n"))),
                Tuple.of(1, page.map(p -> p.replace("\n", "\r"))),
                Tuple.of(1, page.map(p -> p + "\n\n" + p + "\n\n" + p)));
    }

    private static String splice(String page, List<Integer> cuts, List<String> inserts) {
        List<Integer> sorted = new ArrayList<>(cuts);
        sorted.sort(null);
        StringBuilder b = new StringBuilder();
        int last = 0;
        for (int i = 0; i < sorted.size(); i++) {
            int cut = sorted.get(i);
            b.append(page, last, cut).append(inserts.get(i));
            last = cut;
        }
        return b.append(page.substring(last)).toString();
    }
}
