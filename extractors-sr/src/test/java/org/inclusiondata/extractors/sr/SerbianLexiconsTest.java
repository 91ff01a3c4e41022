package org.inclusiondata.extractors.sr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SerbianLexiconsTest {

    @Test
    void theShippedLinesKeepTheirNumbersAndTheCaseFormsFollow() {
        String shipped = "# places\nКрагујевац\n\nНови Сад\textra\n";
        List<String> lines = List.of(SerbianLexicons.withCaseForms(shipped).split("\n"));
        assertEquals(List.of("# places", "Крагујевац", "", "Нови Сад\textra"), lines.subList(0, 4));
        assertTrue(lines.contains("Крагујевцу"), lines.toString());
        assertTrue(lines.contains("Новом Саду\textra"), lines.toString());
        assertEquals(lines.size(), lines.stream().distinct().count(), "no line twice: " + lines);
    }
}
