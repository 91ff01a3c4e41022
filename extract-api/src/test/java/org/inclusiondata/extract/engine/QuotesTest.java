package org.inclusiondata.extract.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.inclusiondata.extract.layout.Range;
import org.junit.jupiter.api.Test;

class QuotesTest {

    private static List<String> quoted(String s) {
        return Quotes.find(s, 0, s.length()).stream().map(r -> r.of(s)).toList();
    }

    @Test
    void closedQuotationsWithAnyMarks() {
        assertEquals(List.of("Ром", "Интеграцијом до једнаких шанси"),
                quoted("КУД „Ром“ представља пројекат \"Интеграцијом до једнаких шанси\" у Новом Саду."));
    }

    @Test
    void anUnclosedQuotationEndsBeforeAParenthesisOrTheEndOfTheSentence() {
        assertEquals(List.of("РОМАКТЕД – Промовисање доброг управљања на локалном нивоу"),
                quoted("Програм \"РОМАКТЕД – Промовисање доброг управљања на локалном нивоу (у даљем тексту: Програм), који спроводи"));
        assertEquals(List.of("Sa nadom za bolje sutra"), quoted("Projekat \"Sa nadom za bolje sutra. Drugi deo teksta"));
    }

    @Test
    void anUnclosedMarkInsideAWordOrBeforeOneWordIsNoQuotation() {
        assertEquals(List.of(), quoted("Програм \"Роми. Друга реченица"));
        assertEquals(List.of(), quoted("5\"3 inches and more words here"));
        assertEquals(List.of(), quoted("  \"Прву идеју изнео је Славко Димић, председник удружења"),
                "a quotation opening its line is a citation");
    }
}
