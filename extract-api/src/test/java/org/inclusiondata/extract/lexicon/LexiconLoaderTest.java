package org.inclusiondata.extract.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LexiconLoaderTest {

    @Test
    void commentsAndBlankLinesAreIgnoredAndMissingFilesAreEmpty() {
        Lexicon lex = LexiconLoader.load("xx", TestLexicons.source(Map.of("months.tsv", "# a comment\n\n5\tmájus\n")));
        assertEquals(1, lex.months().size());
        assertTrue(lex.places().isEmpty());
        assertTrue(lex.roles().isEmpty());
    }

    @Test
    void aMalformedLineNamesTheFileAndLine() {
        Map<String, String> files = new HashMap<>(TestLexicons.FILES);
        files.put("fields.tsv", "# fields\ntitle\tprojekt címe\nnonsense\tsomething\n");
        LexiconException e = assertThrows(LexiconException.class, () -> LexiconLoader.load("xx", TestLexicons.source(files)));
        assertTrue(e.getMessage().startsWith("fields.tsv:3: unknown field 'nonsense'"), e.getMessage());
    }

    @Test
    void aRoleCueMayNameTheSideOfTheNamesItGivesItsRoleTo() {
        Lexicon lex = LexiconLoader.load("xx", TestLexicons.source(Map.of("roles.tsv",
                "partner before\tin partnership with\nlead\tcoordinates\n")));
        assertEquals(2, lex.roles().size());
        assertEquals(1, lex.roleCuePositions().size());
        LexiconException e = assertThrows(LexiconException.class,
                () -> LexiconLoader.load("xx", TestLexicons.source(Map.of("roles.tsv", "partner sideways\twith\n"))));
        assertTrue(e.getMessage().startsWith("roles.tsv:1:") && e.getMessage().contains("'before'"), e.getMessage());
        Lexicon between = LexiconLoader.load("xx", TestLexicons.source(Map.of("roles.tsv", "partner between\tpartnership between\n")));
        assertEquals(RoleSide.BETWEEN, between.roleCuePositions().matchAt(between.words("a partnership between"), 1).orElseThrow().value());
    }

    @Test
    void aLineWithoutItsTabSaysHowToFixIt() {
        LexiconException e = assertThrows(LexiconException.class,
                () -> LexiconLoader.load("xx", TestLexicons.source(Map.of("currencies.tsv", "EUR euró\n"))));
        assertTrue(e.getMessage().startsWith("currencies.tsv:1:") && e.getMessage().contains("tab"), e.getMessage());
    }

    @Test
    void aCurrencyMustBeAnIsoCode() {
        LexiconException e = assertThrows(LexiconException.class,
                () -> LexiconLoader.load("xx", TestLexicons.source(Map.of("currencies.tsv", "euro\teuró\n"))));
        assertTrue(e.getMessage().contains("ISO 4217"), e.getMessage());
    }

    @Test
    void wordsMatchWithTheLanguagesEndingsAndWithoutAccents() {
        Lexicon lex = TestLexicons.mixed();
        Words w = lex.words("A projekt Romániában és Maros megyében zajlik.");
        var places = lex.places().findAll(w);
        assertEquals(2, places.size());
        assertEquals("Romániában", w.text().substring(places.get(0).start(), places.get(0).end()));
        assertFalse(lex.places().matchAt(lex.words("Romantikus"), 0).isPresent());
    }

    @Test
    void theLongestPhraseWinsAtAPlace() {
        Lexicon lex = TestLexicons.mixed();
        Words w = lex.words("Budapest Esély Nonprofit Kft.");
        var m = lex.legalForms().matchAt(w, 2);
        assertTrue(m.isPresent());
        assertEquals(4, m.get().endToken());
    }
}
