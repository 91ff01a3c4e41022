package org.inclusiondata.extractors.bg;

import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

class ScriptSharePropertyTest {

    @Property
    void shareIsAFraction(@ForAll String text) {
        double s = ScriptShare.of(text).cyrillicShare();
        assertTrue(s >= 0.0 && s <= 1.0);
    }
}
