package org.inclusiondata.extract.language;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumMap;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ScriptDetectorPropertyTest {

    /** The table of low code points counts exactly what asking the JDK for every code point counts. */
    @Property(tries = 1000)
    void countsLettersAsTheJdkClassifiesThem(@ForAll("text") String text) {
        Map<Character.UnicodeScript, Integer> expected = new EnumMap<>(Character.UnicodeScript.class);
        text.codePoints().filter(Character::isLetter).mapToObj(Character.UnicodeScript::of)
                .filter(s -> s != Character.UnicodeScript.COMMON && s != Character.UnicodeScript.INHERITED
                        && s != Character.UnicodeScript.UNKNOWN)
                .forEach(s -> expected.merge(s, 1, Integer::sum));
        assertEquals(expected, ScriptDetector.letterCounts(text));
    }

    @Provide
    Arbitrary<String> text() {
        return Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(40),
                Arbitraries.strings().withCharRange('\u0000', '\u0600').ofMaxLength(40),
                DetectorTexts.tricky());
    }
}
