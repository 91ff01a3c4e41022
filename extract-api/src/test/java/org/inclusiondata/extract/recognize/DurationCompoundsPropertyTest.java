package org.inclusiondata.extract.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.inclusiondata.extract.lexicon.Lexicon;
import org.inclusiondata.extract.lexicon.TestLexicons;
import org.inclusiondata.extract.lexicon.Words;

/**
 * One call reads each compound word once and reuses the answer for its repeats: a text of
 * repeated words gives, word by word, what each word gives on its own.
 */
class DurationCompoundsPropertyTest {

    private static final Lexicon LEX = TestLexicons.mixed();
    private static final DurationRecognizer DURATIONS = new DurationRecognizer(LEX);

    @Property(tries = 500)
    void repeatedWordsGiveWhatEachGivesAlone(@ForAll("words") List<String> ws) {
        String text = String.join(" ; ", ws);
        List<Recognized<Integer>> expected = new ArrayList<>();
        int offset = 0;
        for (String w : ws) {
            for (Recognized<Integer> r : DURATIONS.find(LEX.words(w), 0, Integer.MAX_VALUE)) {
                expected.add(new Recognized<>(r.value(), r.start() + offset, r.end() + offset));
            }
            offset += w.length() + 3;
        }
        if (ws.contains("trogodišnji")) {
            assertEquals(true, expected.stream().anyMatch(r -> r.value() == 36), "the test lexicon reads trogodišnji: " + expected);
        }
        Words words = LEX.words(text);
        assertEquals(expected, DURATIONS.find(words, 0, words.size()), text);
    }

    @Provide
    Arbitrary<List<String>> words() {
        return Arbitraries.of("kétéves", "kétévesek", "Kétéves", "kéthónapos", "trogodišnji", "trogodišnjih", "kettő", "kétség",
                "két", "ketes", "troje", "tromesečni", "évek", "kétévest").list().ofMaxSize(12);
    }
}
