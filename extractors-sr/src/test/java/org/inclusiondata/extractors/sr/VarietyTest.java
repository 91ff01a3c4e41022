package org.inclusiondata.extractors.sr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class VarietyTest {

    @Test
    void croatianWordsMakeACroatianPage() {
        Variety v = Variety.of("Tijekom provedbe projekta općina je osigurala tisuću kuna za obitelji.");
        assertTrue(v.croatian(), v.toString());
    }

    @Test
    void serbianLatinIsNotCroatian() {
        Variety v = Variety.of("Tokom sprovođenja projekta opština je obezbedila hiljadu dinara za porodice.");
        assertFalse(v.croatian(), v.toString());
        assertEquals("Latn", v.script());
    }

    @Test
    void cyrillicIsSerbian() {
        Variety v = Variety.of("Пројекат спроводи општина Србобран у сарадњи са Центром за социјални рад.");
        assertFalse(v.croatian());
        assertEquals("Cyrl", v.script());
    }

    @Property
    void neverThrowsAndCountsNoMoreLettersThanTheText(@ForAll String text) {
        Variety v = Variety.of(text);
        assertTrue(v.cyrillicLetters() + v.latinLetters() <= text.length());
    }
}
