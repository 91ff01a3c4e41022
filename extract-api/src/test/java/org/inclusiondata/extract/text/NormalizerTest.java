package org.inclusiondata.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.inclusiondata.model.Span;
import org.junit.jupiter.api.Test;

class NormalizerTest {

    @Test
    void foldsQuotesDashesSpacesAndLineEnds() {
        SourceText t = Normalizer.normalize("a.txt", "„Roma“ — «Ром» ‚x‘\r\nA\u00A0B\u2009C\rD\u2028E");
        assertEquals("\"Roma\" – \"Ром\" 'x'\nA B C\nD\nE", t.text());
    }

    @Test
    void serbianDoubleCommaQuoteOnlyAtWordStart() {
        assertEquals("KUD \"Rom\" i (\"Sunce\")", Normalizer.normalize("s", "KUD ,,Rom” i (,,Sunce“)").text());
        assertEquals("1,,2 a,,b ,, c", Normalizer.normalize("s", "1,,2 a,,b ,, c").text());
        // A soft hyphen between the commas is invisible, so it cannot keep them apart (idempotence).
        assertEquals("\"a", Normalizer.normalize("s", ",\u00AD,a").text());
    }

    @Test
    void removesInvisibleCharactersAndComposes() {
        SourceText t = Normalizer.normalize("z", "Ro\u00ADma\u200B te\u0301s\uFEFFt\u2010x\u2011y\u2212z");
        assertEquals("Roma tést-x-y–z", t.text());
    }

    @Test
    void offsetsAndSlicesPointAtTheOriginalCharacters() {
        String original = "Projekat ,,Romi – sutra”\r\nNosilac: Opština\u00A0Niš";
        SourceText t = Normalizer.normalize("p.txt", original);
        assertEquals("Projekat \"Romi – sutra\"\nNosilac: Opština Niš", t.text());
        int q = t.text().indexOf('"');
        int end = t.text().lastIndexOf('"') + 1;
        assertEquals(",,Romi – sutra”", t.originalSlice(q, end));
        int niš = t.text().indexOf("Opština");
        assertEquals("Opština\u00A0Niš", t.originalSlice(niš, t.text().length()));
        Span span = t.span(niš, t.text().length(), "sr");
        assertEquals(original.indexOf("Opština"), span.start());
        assertEquals(original.length(), span.end());
        assertEquals(2, span.line());
        assertEquals(10, span.column());
    }

    @Test
    void decomposedLettersMapToTheWholeOriginalSequence() {
        String original = "Sze\u0301p falu";
        SourceText t = Normalizer.normalize("h", original);
        assertEquals("Szép falu", t.text());
        assertEquals("Sze\u0301p", t.originalSlice(0, 4));
        assertEquals("falu", t.originalSlice(5, 9));
    }
}
