package org.inclusiondata.extract.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.inclusiondata.extract.lexicon.Lexicon;
import org.inclusiondata.extract.lexicon.LexiconException;
import org.inclusiondata.extract.lexicon.LexiconLoader;
import org.inclusiondata.extract.lexicon.TestLexicons;
import org.inclusiondata.extract.lexicon.Words;
import org.junit.jupiter.api.Test;

class TargetGroupPhrasesTest {

    static final Lexicon LEX;

    static {
        Map<String, String> files = new HashMap<>(TestLexicons.FILES);
        files.put("target-groups.tsv", String.join("\n",
                "head\tcsoportok", "head\tcsaládok", "head\tmagánszemélyek", "head\tgyerekek", "head\tszülők", "head\tszüleik",
                "head\tközösségek", "head\tromák", "head\télők", "head\tszervezetek", "head\tдеца", "head\tobщности",
                "modifier\thátrányos", "modifier\thelyzetű", "modifier\ttársadalmi", "modifier\thátrányban", "modifier\télő",
                "modifier\troma", "modifier\tромските", "") + "\n");
        LEX = LexiconLoader.load("xx", TestLexicons.source(files));
    }

    private static List<String> groups(String text) {
        Words w = LEX.words(text);
        return new TargetGroupPhrases(LEX, w).find(0, w.size()).stream().map(r -> r.of(text)).toList();
    }

    private static List<String> split(String text) {
        Words w = LEX.words(text);
        return new TargetGroupPhrases(LEX, w).split(new org.inclusiondata.extract.layout.Range(0, text.length())).stream()
                .map(r -> r.of(text).strip()).toList();
    }

    @Test
    void aLabelledValueSplitsWhereAGroupWithItsComplementEndsAndANewGroupStarts() {
        assertEquals(List.of("hátrányos közösségek Marosban", "roma családok Hargitán"),
                split("hátrányos közösségek Marosban, roma családok Hargitán"));
        assertEquals(List.of("ромските деца в Лом", "ромските общности"), split("ромските деца в Лом, ромските общности"));
    }

    @Test
    void aListOfBareHeadsOrACommaBeforeOtherWordsStaysOneGroup() {
        assertEquals(List.of("csoportok, családok, magánszemélyek"), split("csoportok, családok, magánszemélyek"));
        assertEquals(List.of("romák akik dolgoznak, főleg nők"), split("romák akik dolgoznak, főleg nők"));
    }

    @Test
    void aComplementAfterTheHeadBelongsToTheGroupUpToAnotherPreposition() {
        Map<String, String> files = new HashMap<>(TestLexicons.FILES);
        files.put("target-groups.tsv", "head\tдеца\nmodifier\tромските\ncomplement\tв\ncomplement\tот\n");
        files.put("conjunctions.txt", "и\n");
        Lexicon lex = LexiconLoader.load("xx", TestLexicons.source(files));
        java.util.function.Function<String, List<String>> groups = text -> {
            Words w = lex.words(text);
            return new TargetGroupPhrases(lex, w).find(0, w.size()).stream().map(r -> r.of(text)).toList();
        };
        assertEquals(List.of("ромските деца от училища в общините Лом и Брусарци"),
                groups.apply("Подкрепа за ромските деца от училища в общините Лом и Брусарци."));
        assertEquals(List.of("ромските деца в Лом и региона"), groups.apply("Активиране на ромските деца в Лом и региона за повишаване на образованието."));
        assertEquals(List.of("ромските деца"), groups.apply("Работа с ромските деца, родителите и учителите."));
    }

    @Test
    void aModifiedHeadIsAGroup() {
        assertEquals(List.of("hátrányos helyzetű közösségek"), groups("Célja a hátrányos helyzetű közösségek felzárkózása."));
        assertEquals(List.of("ромските деца"), groups("Проектът подкрепя ромските деца в училище."));
    }

    @Test
    void aListOfHeadsIsOneGroup() {
        assertEquals(List.of("társadalmi hátrányban élő csoportok, családok, magánszemélyek"),
                groups("Célja a társadalmi hátrányban élő csoportok, családok, magánszemélyek életminőségének javítása."));
        assertEquals(List.of("gyerekek és a szüleik"), groups("A nevelők jelezték, hogy a gyerekek és a szüleik motiválatlanok."));
    }

    @Test
    void aBareHeadOrAModifierAfterItIsNoGroup() {
        assertEquals(List.of(), groups("A színpadon gyerekek léptek fel."));
        assertEquals(List.of(), groups("A projekt célja a romák társadalmi befogadása."));
    }

    @Test
    void aPlaceBeforeAHeadBelongsToIt() {
        assertEquals(List.of("Maros élők"), groups("Képzés a Maros élők számára."));
    }

    @Test
    void aGroupWordInsideAnOrganisationNameIsNoGroup() {
        assertEquals(List.of(), groups("A Roma Közösségek Egyesület szervezi."));
    }

    @Test
    void aCompoundEndingInAHeadIsAHead() {
        assertEquals(List.of("romaszervezetek, családok"), groups("Segíti a romaszervezetek, családok munkáját."));
    }

    @Test
    void aListWordKeepsTheGroupGoing() {
        Map<String, String> files = new HashMap<>(TestLexicons.FILES);
        files.put("target-groups.tsv", "head\tgrupe\nhead\tRomi\nmodifier\tugrožene\nmodifier\tpre svega\n");
        Lexicon lex = LexiconLoader.load("xx", TestLexicons.source(files));
        String text = "Namenjen je za ugrožene grupe, pre svega Romi.";
        Words w = lex.words(text);
        assertEquals(List.of("ugrožene grupe, pre svega Romi"),
                new TargetGroupPhrases(lex, w).find(0, w.size()).stream().map(r -> r.of(text)).toList());
    }

    @Test
    void anUnknownKindNamesFileAndLine() {
        Map<String, String> files = new HashMap<>(TestLexicons.FILES);
        files.put("target-groups.tsv", "# groups\nhead\tdeca\nnoun\tžene\n");
        LexiconException e = assertThrows(LexiconException.class, () -> LexiconLoader.load("xx", TestLexicons.source(files)));
        assertTrue(e.getMessage().startsWith("target-groups.tsv:3: "), e.getMessage());
    }
}
