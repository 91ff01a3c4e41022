package org.inclusiondata.extract.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class DetectorNormalizerTest {

    @Property(tries = 3000)
    void normalisesExactlyAsOpenNlp(@ForAll("tricky") String text) {
        assertEquals(DetectorNormalizer.OPENNLP.normalize(text).toString(), DetectorNormalizer.normalize(text));
    }

    @Property(tries = 1000)
    void normalisesAnyCharactersExactlyAsOpenNlp(@ForAll("anything") String text) {
        assertEquals(DetectorNormalizer.OPENNLP.normalize(text).toString(), DetectorNormalizer.normalize(text));
    }

    /** The emoji expression's class reaches from U+D83C to U+10FC00 and holds the hyphen. */
    @Test
    void hyphensAndPresentationFormsBecomeSpacesAsInOpenNlp() {
        assertEquals("roma integráció", DetectorNormalizer.normalize("roma-integráció"));
        assertEquals("a b", DetectorNormalizer.normalize("a\uFB01\uFF21-b"));
        assertEquals("a . b", DetectorNormalizer.normalize("a - 2019. - b"));
        assertEquals("a\u00a0b", DetectorNormalizer.normalize("a\u00a0b"));
    }

    @Test
    void ordinaryPageTextNeedsNoRegularExpression() {
        String text = "Cél: a roma közösségek társadalmi befogadása (2019 – 2021). Kedvezményezett: Pécs. "
                + "Период: 2019 – 2021 г. Партньори: община Сливен. Opština Niš, http://www.nis.rs/projekat-1.";
        assertFalse(DetectorNormalizer.needsExpressions(text));
        assertEquals(DetectorNormalizer.OPENNLP.normalize(text).toString(), DetectorNormalizer.normalize(text));
    }

    @Provide
    Arbitrary<String> tricky() {
        return DetectorTexts.tricky();
    }

    @Provide
    Arbitrary<String> anything() {
        return Arbitraries.strings().all().ofMaxLength(60);
    }
}
