package org.inclusiondata.extract.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The similarity function on the cases SCORING.md names, and its invariants on arbitrary text. */
class PhraseSimilarityPropertyTest {

    @Example
    void serbianLocativeEqualsNominative() {
        assertTrue(PhraseSimilarity.tokensEqual("крагујевцу", "крагујевац"));
        assertEquals(1.0, PhraseSimilarity.similarity("Крагујевцу", "Крагујевац"));
    }

    @Example
    void hungarianCaseEndingWithinLimits() {
        assertTrue(PhraseSimilarity.tokensEqual("megyékben", "megye"));
        assertEquals(1.0, PhraseSimilarity.similarity("Maros megyékben", "Maros megye"));
    }

    @Example
    void inflectionIsForgivenOnlyWithinLimits() {
        // Common prefix 3 of shorter length 7: max(3, 7 - 3) = 4 is needed.
        assertFalse(PhraseSimilarity.tokensEqual("romákkal", "romániai"));
        assertFalse(PhraseSimilarity.tokensEqual("2015", "2016"));
        assertFalse(PhraseSimilarity.tokensEqual("ab", "abc"));
        assertEquals(0.5, PhraseSimilarity.similarity("roma közösségek", "roma nők"));
    }

    @Example
    void tokensFollowPythonWordCharacters() {
        // NFKC turns ² into 2 and ½ into 1⁄2, whose one-digit tokens are kept; one letters are dropped.
        assertEquals(List.of("strasse", "x2", "12", "1", "2"), PhraseSimilarity.tokens("STRAẞE x² a 12 ½"));
        // Combining marks split words, as Python's \w does not match them: the dot casefold adds to İ too.
        assertEquals(List.of("नमस"), PhraseSimilarity.tokens("नमस्ते दुनिया"));
        assertEquals(List.of("stanbul"), PhraseSimilarity.tokens("İstanbul"));
        // Case folding is not lower-casing: Cherokee folds to capitals.
        assertEquals(List.of("ᎠᎠ", "ᎠᎠᎠ"), PhraseSimilarity.tokens("Ꭰꭰ ꭰꭰꭰ"));
        assertEquals(List.of("foo_bar", "ab"), PhraseSimilarity.tokens("foo_bar a‿b ab"));
        assertEquals(List.of("roma"), PhraseSimilarity.tokens("𝐑𝐨𝐦𝐚"));
    }

    @Example
    void emptyPhrasesAreNotSimilar() {
        assertEquals(0.0, PhraseSimilarity.similarity("", "Roma"));
        assertEquals(0.0, PhraseSimilarity.similarity("a, b", "a b"));
    }

    @Property
    void similarityIsBetweenZeroAndOne(@ForAll("phrases") String a, @ForAll("phrases") String b) {
        double s = PhraseSimilarity.similarity(a, b);
        assertTrue(s >= 0.0 && s <= 1.0, () -> "similarity " + s);
    }

    @Property
    void aPhraseIsFullySimilarToItselfInAnyCaseOrNormalForm(@ForAll("phrases") String a) {
        double expected = PhraseSimilarity.tokens(a).isEmpty() ? 0.0 : 1.0;
        assertEquals(expected, PhraseSimilarity.similarity(a, a));
        assertEquals(PhraseSimilarity.tokens(a), PhraseSimilarity.tokens(Normalizer.normalize(a, Normalizer.Form.NFD)));
    }

    @Property
    void tokensAreWordCharactersOnlyAndNeverSingleLetters(@ForAll("phrases") String a) {
        for (String t : PhraseSimilarity.tokens(a)) {
            assertTrue(t.codePoints().allMatch(PythonText::isWordChar), t);
            assertTrue(t.codePointCount(0, t.length()) > 1 || PythonText.isDigits(t), t);
        }
    }

    @Property
    void tokenEqualityIsSymmetric(@ForAll("words") String a, @ForAll("words") String b) {
        assertEquals(PhraseSimilarity.tokensEqual(a, b), PhraseSimilarity.tokensEqual(b, a));
    }

    @Property
    void addingSuffixesToLongWordsKeepsThemEqual(@ForAll("words") String stem, @ForAll("suffixes") String suffix) {
        String w = PythonText.casefold(stem);
        if (w.codePointCount(0, w.length()) >= 4 && !PythonText.isDigits(w)) {
            String inflected = w.substring(0, w.offsetByCodePoints(0, w.codePointCount(0, w.length()) - 1)) + suffix;
            assertTrue(PhraseSimilarity.tokensEqual(w, inflected), w + " / " + inflected);
        }
    }

    @Property
    void noExceptionOnArbitraryText(@ForAll String a, @ForAll String b) {
        double s = PhraseSimilarity.similarity(a, b);
        assertEquals(s, PhraseSimilarity.similarity(a, b));
    }

    @Provide
    Arbitrary<String> words() {
        return Arbitraries.of(Perturbations.ODD_WORDS).flatMap(w -> Arbitraries.strings().withChars("aeiouкрагјевцменyé2")
                .ofMinLength(0).ofMaxLength(6).map(x -> w + x));
    }

    @Provide
    Arbitrary<String> suffixes() {
        return Arbitraries.of("u", "ban", "ről", "ом", "у", "ima");
    }

    @Provide
    Arbitrary<String> phrases() {
        Arbitrary<String> word = Arbitraries.oneOf(words(), Arbitraries.strings().alpha().ofMaxLength(8),
                Arbitraries.strings().numeric().ofMaxLength(4));
        Arbitrary<String> sep = Arbitraries.of(" ", ", ", "-", "\u00a0", "/", "\u0301", "’", "");
        return Arbitraries.oneOf(word, sep).list().ofMaxSize(12).map(l -> String.join("", l));
    }
}
