package org.inclusiondata.extract.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.inclusiondata.extract.lexicon.LexiconException;
import org.inclusiondata.extract.lexicon.LexiconLoader;
import org.inclusiondata.extract.lexicon.TestLexicons;
import org.inclusiondata.extract.text.SourceText;
import org.inclusiondata.model.Diagnostic;
import org.junit.jupiter.api.Test;

class PageLanguageTest {

    private static final Map<String, Double> CYRILLIC = Map.of("Cyrl", 0.25);

    private static Optional<Diagnostic> check(String text, String language, Map<String, Double> minimums) {
        return PageLanguage.refusal("bg", Set.of("bg"), minimums, SourceText.identity("page.txt", text, language, null));
    }

    @Test
    void bulgarianWithLatinNamesIsRead() {
        assertTrue(check("Партньор по проекта е Европейска мрежа на ромските организации – ERGO Network.", "bg", CYRILLIC).isEmpty());
    }

    @Test
    void aBilingualPageWithALongEnglishNoticeIsRead() {
        assertTrue(check("Funded by the Citizens, Equality, Rights and Values Programme (2021-2027) of the"
                + " European Union. Проект „Активни роми“, финансиран от MRG.", "bg", CYRILLIC).isEmpty());
    }

    @Test
    void aLatinPageIsRefusedWithTheShareAndWhatToDo() {
        Diagnostic d = check("Proiectul își propune creșterea incluziunii romilor din județul Satu Mare.", null, CYRILLIC).orElseThrow();
        assertEquals(PageLanguage.NOT_THIS_LANGUAGE, d.code());
        assertEquals("page.txt", d.file());
        assertTrue(d.message().contains("0% Cyrl (at least 25% needed)") && d.message().contains("check the page's language"), d.message());
    }

    @Test
    void aTextWithoutLettersIsRefused() {
        assertTrue(check("2015 – 2020, 1 000 000", "bg", CYRILLIC).isPresent());
    }

    @Test
    void aPageIdentifiedAsAnotherLanguageIsRefusedWhateverItsScript() {
        Diagnostic d = check("Проект „Активни роми“", "sr", Map.of()).orElseThrow();
        assertEquals(PageLanguage.NOT_THIS_LANGUAGE, d.code());
        assertTrue(d.message().contains("identified as 'sr'") && d.message().contains("force the page's language to bg"), d.message());
    }

    @Test
    void withoutMinimumsAnyScriptIsRead() {
        assertTrue(check("Proiectul își propune", "bg", Map.of()).isEmpty());
    }

    @Test
    void theMinimumsComeFromScriptsTsvAndBadLinesNameTheLine() {
        assertEquals(Map.of("Cyrl", 0.25), LexiconLoader.load("xx", TestLexicons.source(Map.of("scripts.tsv", "# c\n0.25\tCyrl\n"))).scriptMinimums());
        LexiconException e = org.junit.jupiter.api.Assertions.assertThrows(LexiconException.class,
                () -> LexiconLoader.load("xx", TestLexicons.source(Map.of("scripts.tsv", "25%\tCyrl\n"))));
        assertTrue(e.getMessage().startsWith("scripts.tsv:1:"), e.getMessage());
        e = org.junit.jupiter.api.Assertions.assertThrows(LexiconException.class,
                () -> LexiconLoader.load("xx", TestLexicons.source(Map.of("scripts.tsv", "0.25\tcyrillic\n"))));
        assertTrue(e.getMessage().startsWith("scripts.tsv:1:") && e.getMessage().contains("ISO 15924"), e.getMessage());
    }

    @Property
    void aPageIsEitherReadOrRefusedWithTheSharedCode(@ForAll String text) {
        Optional<Diagnostic> d = check(text, "bg", CYRILLIC);
        assertTrue(d.isEmpty() || d.get().code().equals(PageLanguage.NOT_THIS_LANGUAGE));
        assertFalse(check(text, "bg", Map.of()).isPresent());
    }
}
