package org.inclusiondata.extract.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LayoutAnalyzerTest {

    private static final String PAGE = String.join("\n",
            "Roma Net II.",
            "",
            "Támogatási időszak (project periode): 2013.12.01 – 2015.03.31",
            "Име на проекта – „Образованието – основният код на успеха”",
            "EU donacija",
            "2.681.290 €",
            " • partnerség koordinációja",
            "  1. Olyan adatgyűjtések megvalósítása.",
            "2 .УНДП програм",
            "Frissítve: 2017. december 19., 11:29",
            "A projekt célja a romák társadalmi befogadásának elősegítése, az ezért a célért dolgozó civil szervezetek és intézményi szereplők összefogásával.",
            "http://urbact.eu/roma-net-II");

    private final List<Block> blocks = LayoutAnalyzer.analyze(PAGE).blocks();

    private String text(Range r) {
        return r.of(PAGE);
    }

    @Test
    void everyNonBlankLineIsOneBlockInOrder() {
        assertEquals(11, blocks.size());
        for (int i = 1; i < blocks.size(); i++) {
            assertTrue(blocks.get(i - 1).line().end() <= blocks.get(i).line().start());
        }
    }

    @Test
    void aLowerCaseLineAfterAnUnfinishedItemContinuesIt() {
        String page = " • Създаване на условия за уязвимите групи, включително роми,\n\n  да поставят публично свои проблеми\n"
                + " • Второ.\nнещо друго\n";
        List<Block> bs = LayoutAnalyzer.analyze(page).blocks();
        assertEquals(3, bs.size(), bs.toString());
        assertEquals(BlockKind.LIST_ITEM, bs.get(0).kind());
        assertTrue(bs.get(0).value().of(page).endsWith("да поставят публично свои проблеми"));
        assertEquals(BlockKind.LIST_ITEM, bs.get(1).kind());
        assertFalse(bs.get(2).kind() == BlockKind.LIST_ITEM, "an item that ended its sentence is not continued");
    }

    @Test
    void shortLinesAreHeadings() {
        assertEquals(BlockKind.HEADING, blocks.get(0).kind());
        assertEquals(BlockKind.HEADING, blocks.get(3).kind());
        assertEquals(BlockKind.HEADING, blocks.get(7).kind(), "a numbered project heading without a space is no list item");
        assertTrue(blocks.get(7).numbered());
    }

    @Test
    void keysLoseTheirGlossAndKeepTheirValue() {
        Block b = blocks.get(1);
        assertEquals(BlockKind.KEY_VALUE, b.kind());
        assertEquals("Támogatási időszak", text(b.key()));
        assertEquals("2013.12.01 – 2015.03.31", text(b.value()));
        assertFalse(b.dashSeparated());
    }

    @Test
    void aDashCanSeparateKeyAndValue() {
        Block b = blocks.get(2);
        assertEquals(BlockKind.KEY_VALUE, b.kind());
        assertTrue(b.dashSeparated());
        assertEquals("Име на проекта", text(b.key()));
        assertEquals("„Образованието – основният код на успеха”", text(b.value()));
    }

    @Test
    void bulletsAndNumbersOpenListItems() {
        assertEquals(BlockKind.LIST_ITEM, blocks.get(5).kind());
        assertEquals("partnerség koordinációja", text(blocks.get(5).value()));
        assertEquals(BlockKind.LIST_ITEM, blocks.get(6).kind());
        assertTrue(blocks.get(6).numbered());
        assertEquals("Olyan adatgyűjtések megvalósítása.", text(blocks.get(6).value()));
    }

    @Test
    void clockTimesAndAddressesAreNotKeys() {
        assertEquals("Frissítve", text(blocks.get(8).key()));
        assertEquals(BlockKind.PARAGRAPH, blocks.get(9).kind());
        assertFalse(blocks.get(10).kind() == BlockKind.KEY_VALUE, "http: is not a key");
    }

    @Test
    void sentencesDoNotEndAtOrdinalsOrAbbreviations() {
        String s = "A projekt 2018. január 1-jén indult. A Budapest Esély Nonprofit Kft. vezeti. Második mondat!";
        List<Range> ss = Sentences.split(s, 0, s.length(), java.util.Set.of("kft"));
        assertEquals(3, ss.size(), ss.stream().map(r -> r.of(s)).toList().toString());
        assertEquals("A Budapest Esély Nonprofit Kft. vezeti.", ss.get(1).of(s));
    }

    @Test
    void aWordIsAnAbbreviationOnlyInALanguageThatListsIt() {
        String s = "Партнер је Удружење бр. 5 у Нишу. Npr. Друга реченица.";
        assertEquals(2, Sentences.split(s, 0, s.length(), java.util.Set.of("бр", "npr")).size());
        assertEquals(4, Sentences.split(s, 0, s.length(), java.util.Set.of()).size(),
                "without the abbreviations every full stop before a capital or digit ends a sentence");
    }
}
