package org.inclusiondata.extract.language;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import org.inclusiondata.extract.text.Normalizer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The compiled detector against OpenNLP's: same languages, same order, bit-identical confidences. */
class CompiledLanguageDetectorTest {

    private static final LanguageDetectorModel MODEL = LanguageIdentifier.loadModel();
    private static final LanguageDetectorME OPENNLP = new LanguageDetectorME(MODEL);
    private static final CompiledLanguageDetector COMPILED = CompiledLanguageDetector.of(MODEL);

    @Test
    void theShippedModelIsCompiled() {
        assertTrue(COMPILED.isCompiled());
    }

    @Property(tries = 1500)
    void ranksExactlyAsOpenNlp(@ForAll("tricky") String text) {
        Assume.that(!DetectorTexts.openNlpOrderIsUndefined(DetectorNormalizer.normalize(text)));
        assertSameRanking(text, OPENNLP.predictLanguages(text), COMPILED.predictLanguages(text));
    }

    /** Every seed and dev page, whole, as the identifier samples it, and as a listing page many times as long. */
    @TestFactory
    Stream<DynamicTest> ranksEveryPageExactlyAsOpenNlp() throws IOException {
        List<Path> pages = new ArrayList<>();
        for (Path dir : List.of(LanguageIdentifierTest.repositoryRoot().resolve("seeds/src/main/seeds"),
                LanguageIdentifierTest.sharedDir().resolve("corpus/dev"))) {
            try (Stream<Path> files = Files.list(dir)) {
                files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().forEach(pages::add);
            }
        }
        return pages.stream().map(page -> DynamicTest.dynamicTest(page.getFileName().toString(), () -> {
            String text = Normalizer.normalize("x", Files.readString(page, StandardCharsets.UTF_8)).text();
            for (String t : List.of(text, LanguageIdentifier.sample(text), LanguageIdentifier.sample((text + "\n\n").repeat(25)),
                    Files.readString(page, StandardCharsets.UTF_8))) {
                assertSameRanking(t, OPENNLP.predictLanguages(t), COMPILED.predictLanguages(t));
            }
        }));
    }

    static void assertSameRanking(String text, Language[] expected, Language[] actual) {
        if (!CompiledLanguageDetector.sameRanking(expected, actual)) {
            fail("for " + text.substring(0, Math.min(200, text.length())) + "\nOpenNLP:  "
                    + Arrays.toString(Arrays.copyOf(expected, Math.min(5, expected.length))) + "\ncompiled: "
                    + Arrays.toString(Arrays.copyOf(actual, Math.min(5, actual.length))));
        }
    }

    @Provide
    Arbitrary<String> tricky() {
        return DetectorTexts.tricky();
    }
}
