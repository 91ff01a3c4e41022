package org.inclusiondata.extract.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NeighbourMarkersTest {

    private static final MarkerLexicon BCMS = MarkerLexicon.load("latin-bcms-markers.txt");
    private static final CyrillicAlphabets CYRILLIC = CyrillicAlphabets.load("cyrillic-alphabets.txt");

    @Test
    void theLexiconCoversExactlyTheThreeNeighbours() {
        assertEquals(Set.of("sr", "hr", "bs"), BCMS.languages());
    }

    @Test
    void everyMarkerIsListedOnce() throws java.io.IOException {
        java.util.Set<String> seen = new java.util.HashSet<>();
        try (java.io.InputStream in = MarkerLexicon.class.getResourceAsStream("latin-bcms-markers.txt")) {
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String marker = line.split("\t")[1].strip();
                    assertTrue(seen.add(marker), "listed twice: " + marker);
                }
            }
        }
    }

    @Test
    void eachWordCountsOnceForItsMostSpecificMarker() {
        // "opštine" matches both "opšt*" and "opštin*": one word, one count.
        Map<String, MarkerLexicon.Evidence> e = BCMS.score("Opštine i opštinski organi");
        assertEquals(2, e.get("sr").count());
        assertEquals(0, e.get("hr").count());
        assertEquals(java.util.List.of("opštine", "opštinski"), e.get("sr").examples());
    }

    @Test
    void ekavianAgainstIjekavianReflexes() {
        Map<String, MarkerLexicon.Evidence> ekavian = BCMS.score("Deca su u ovom mestu dobila podršku; uspešan primer.");
        Map<String, MarkerLexicon.Evidence> ijekavian = BCMS.score("Djeca su u ovom mjestu dobila podršku; uspješan primjer.");
        assertEquals(4, ekavian.get("sr").count());
        assertEquals(0, ekavian.get("hr").count());
        assertEquals(4, ijekavian.get("hr").count());
        assertEquals(4, ijekavian.get("bs").count());
        assertEquals(0, ijekavian.get("sr").count());
    }

    @Test
    void suffixMarkersNeedAStemBeforeThem() {
        assertEquals(1, BCMS.score("organiziran").get("hr").count());
        assertEquals(1, BCMS.score("organizovan").get("sr").count());
        assertEquals(0, BCMS.score("iziran").get("hr").count());
    }

    @Test
    void decomposedInputMatchesComposedMarkers() {
        assertEquals(1, BCMS.score("ops\u030Ctina").get("sr").count());
    }

    @Test
    void cyrillicAlphabetsRuleOutWhatCannotWriteTheText() {
        String serbian = "Ђурђевдан и ћерка, њихова љубав и џеп.";
        assertEquals(Set.of(), CYRILLIC.foreignLetters("sr", serbian));
        assertTrue(CYRILLIC.foreignLetters("bg", serbian).containsAll(Set.of("ђ", "ћ", "њ", "љ", "џ")));
        assertTrue(CYRILLIC.foreignLetters("mk", serbian).containsAll(Set.of("ђ", "ћ")));
        String bulgarian = "Проектът ще подпомогне ромските общности в България.";
        assertEquals(Set.of(), CYRILLIC.foreignLetters("bg", bulgarian));
        assertTrue(CYRILLIC.foreignLetters("sr", bulgarian).containsAll(Set.of("ъ", "щ")));
    }

    @Test
    void oneStrayLetterInALongTextIsTolerated() {
        String text = "Пројекат ".repeat(100) + "ъ";
        assertEquals(Set.of(), CYRILLIC.foreignLetters("sr", text));
    }
}
