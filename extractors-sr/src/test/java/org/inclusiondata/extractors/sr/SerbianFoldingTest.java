package org.inclusiondata.extractors.sr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ibm.icu.text.Transliterator;
import java.text.Normalizer;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class SerbianFoldingTest {

    private static final SerbianFolding FOLD = SerbianFolding.INSTANCE;

    @Test
    void bothScriptsAndShavedLatinMeetOnOneKey() {
        assertEquals("ljubljana", FOLD.fold("Љубљана"));
        assertEquals("ljubljana", FOLD.fold("LJUBLJANA"));
        assertEquals("njegos", FOLD.fold("Његош"));
        assertEquals("njegos", FOLD.fold("Njegoš"));
        assertEquals("dzep", FOLD.fold("џеп"));
        assertEquals("dzep", FOLD.fold("džep"));
        assertEquals("djordje", FOLD.fold("Ђорђе"));
        assertEquals("djordje", FOLD.fold("Đorđe"));
        assertEquals("djordje", FOLD.fold("Djordje"));
        assertEquals("cuprija", FOLD.fold("Ћуприја"));
        assertEquals("cacak", FOLD.fold("Чачак"));
        assertEquals("kragujevcu", FOLD.fold("Крагујевцу"));
        assertEquals("kragujevcu", FOLD.fold("Kragujevcu"));
        assertEquals("bolje", FOLD.fold("BOLjE"));
        assertEquals("bolje", FOLD.fold("БОЉЕ"));
    }

    @Test
    void latinDigraphLettersAndMixedScriptWordsFoldToo() {
        assertEquals("ljubav", FOLD.fold("\u01C9ubav"));
        assertEquals("dzak", FOLD.fold("\u01C6ak"));
        assertEquals("fyr", FOLD.fold("ФYР"));
        assertEquals("juna", FOLD.fold("јунa"));
    }

    @Test
    void theIcuTransformIsTheSerbianOne() {
        assertEquals("Ljubav, njiva, džak, đak, ćerka", SerbianFolding.toLatin("Љубав, њива, џак, ђак, ћерка"));
    }

    @Property
    void theLetterTableAgreesWithTheIcuTransformOnWholeWords(@ForAll("serbianCyrillicWords") String word) {
        Transliterator icu = Transliterator.getInstance(SerbianFolding.ICU_TRANSFORM_ID);
        String expected = Normalizer.normalize(icu.transliterate(word.toLowerCase(Locale.ROOT)), Normalizer.Form.NFD)
                .replaceAll("\\p{Mn}", "").replace("đ", "dj");
        assertEquals(expected, FOLD.fold(word));
    }

    @Property
    void aCyrillicWordAndItsLatinSpellingFoldAlike(@ForAll("serbianCyrillicWords") String word) {
        assertEquals(FOLD.fold(word), FOLD.fold(SerbianFolding.toLatin(word)));
    }

    @Property
    void foldingIsIdempotentAndNeverThrows(@ForAll String anything) {
        String once = FOLD.fold(anything);
        assertEquals(once, FOLD.fold(once));
    }

    @Provide
    Arbitrary<String> serbianCyrillicWords() {
        return Arbitraries.strings().withChars("абвгдђежзијклљмнњопрстћуфхцчџшАБВГДЂЕЖЗИЈКЛЉМНЊОПРСТЋУФХЦЧЏШ")
                .ofMinLength(1).ofMaxLength(14);
    }
}
