package org.inclusiondata.benchmarks.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import org.inclusiondata.extract.language.CompiledLanguageDetector;
import org.inclusiondata.extract.language.LanguageIdentifier;
import org.inclusiondata.extract.text.Normalizer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The compiled language detector gives OpenNLP's answer, to the last bit, on a few hundred synthetic pages. */
class DetectorOnSyntheticPagesTest {

    private static final int PAGES = 100;

    @ParameterizedTest
    @ValueSource(strings = {"hu", "bg", "sr"})
    void ranksEveryPageExactlyAsOpenNlp(String language) throws IOException {
        LanguageDetectorModel model;
        try (InputStream in = LanguageIdentifier.class.getClassLoader().getResourceAsStream(LanguageIdentifier.MODEL_RESOURCE)) {
            model = new LanguageDetectorModel(in);
        }
        LanguageDetectorME openNlp = new LanguageDetectorME(model);
        CompiledLanguageDetector compiled = CompiledLanguageDetector.of(model);
        assertTrue(compiled.isCompiled());
        SyntheticCorpus corpus = new SyntheticCorpus(language, 42);
        for (int i = 0; i < PAGES; i++) {
            SyntheticPage page = corpus.page(i, i % 10 == 0 ? 12_000 : 2_600);
            String text = Normalizer.normalize(page.name(), page.text()).text();
            for (String t : new String[] {text, text.substring(0, Math.min(1_000, text.length()))}) {
                Language[] expected = openNlp.predictLanguages(t);
                Language[] actual = compiled.predictLanguages(t);
                assertEquals(expected.length, actual.length, page.name());
                for (int k = 0; k < expected.length; k++) {
                    assertEquals(expected[k].getLang(), actual[k].getLang(), page.name() + " rank " + k);
                    assertEquals(0, Double.compare(expected[k].getConfidence(), actual[k].getConfidence()),
                            page.name() + " rank " + k + ": " + expected[k] + " against " + actual[k]);
                }
            }
        }
    }
}
