package org.inclusiondata.extract.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.inclusiondata.extract.spi.Extraction;
import org.inclusiondata.extract.text.SourceText;
import org.inclusiondata.model.Project;
import org.inclusiondata.model.Span;

/** The engine never throws, keeps every span inside the page and answers the same way twice. */
class LexiconExtractorPropertyTest {

    @Provide
    Arbitrary<String> pages() {
        Arbitrary<String> line = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(40),
                Arbitraries.of("Projekt címe: „Kert”", "Időszak: 2015. május – 2017. január", "Konzorciumvezető: Maros Alapítvány",
                        " • kertek kialakítása", "Projekt célja", "A projekt célja a romák befogadása.", "Támogatás összege: 12 500 лв.",
                        "Tevékenységek", "2 .Проект „Х”", "1.“ROMACTED“ ПРОГРАМ", "Dátum: 2017. december 19., 11:29", "", ":", "–",
                        "Partnerek: , ; /", "EU donacija", "2.681.290 €", "„", "http://a.b/c)"));
        return line.list().ofMaxSize(25).map(l -> String.join("\n", l));
    }

    @Property
    void neverThrowsAndSpansLieInsideThePage(@ForAll("pages") String page) {
        Extraction x = LexiconExtractorTest.ENGINE.extract(SourceText.identity("p.txt", page, "xx", "Latn"));
        assertTrue(x.diagnostics().isEmpty(), x.diagnostics().toString());
        for (Project p : x.projects()) {
            for (Span s : spans(p)) {
                assertTrue(s.within(page.length()), s + " outside " + page.length());
            }
            assertTrue(p.title() != null && !p.title().isBlank());
        }
        assertEquals(x, LexiconExtractorTest.ENGINE.extract(SourceText.identity("p.txt", page, "xx", "Latn")));
    }

    private static List<Span> spans(Project p) {
        List<Span> out = new ArrayList<>(p.evidence().values());
        p.organizations().forEach(o -> out.add(o.span()));
        p.funding().forEach(m -> out.add(m.span()));
        p.locations().forEach(l -> out.add(l.span()));
        p.objectives().forEach(l -> out.add(l.span()));
        p.activities().forEach(l -> out.add(l.span()));
        p.links().forEach(l -> out.add(l.span()));
        out.removeIf(java.util.Objects::isNull);
        return out;
    }
}
