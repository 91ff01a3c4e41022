package org.inclusiondata.extract.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;

class LanguageIdentifierPropertyTest {

    private final LanguageIdentifier identifier = new LanguageIdentifier();

    @Property(tries = 200)
    void neverThrowsAndIsDeterministic(@ForAll @StringLength(max = 500) String text) {
        Identification first = identifier.identify("p.txt", text);
        assertEquals(first, identifier.identify("p.txt", text));
        boolean hasLetters = text.codePoints().anyMatch(Character::isLetter)
                && !ScriptDetector.letterCounts(text).isEmpty();
        if (hasLetters) {
            assertNotNull(first.language());
            assertNotNull(first.script());
            assertTrue(first.confidence() >= 0 && first.confidence() <= 1.0000001, String.valueOf(first.confidence()));
        } else {
            assertNull(first.language());
        }
        first.diagnostics().forEach(d -> assertEquals("p.txt", d.file()));
    }
}
