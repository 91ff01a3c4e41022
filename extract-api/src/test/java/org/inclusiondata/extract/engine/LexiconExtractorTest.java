package org.inclusiondata.extract.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.inclusiondata.extract.lexicon.TestLexicons;
import org.inclusiondata.extract.spi.Extraction;
import org.inclusiondata.extract.text.SourceText;
import org.inclusiondata.model.FundingKind;
import org.inclusiondata.model.Phrase;
import org.inclusiondata.model.Project;
import org.inclusiondata.model.Role;
import org.inclusiondata.model.Span;
import org.junit.jupiter.api.Test;

class LexiconExtractorTest {

    static final LexiconExtractor ENGINE = new LexiconExtractor("xx", "1", Set.of("xx"), Set.of("Latn"), TestLexicons.mixed());

    private static Extraction run(String page) {
        return ENGINE.extract(SourceText.identity("page.txt", page, "xx", "Latn"));
    }

    @Test
    void aSemicolonInsideParenthesesDoesNotEndAListItem() {
        String page = String.join("\n",
                "Projekt címe: „Közösségi kertek”",
                "Időszak: 2015. május – 2017. január",
                "",
                "Projekt célja",
                " • támogatás a partnereknek (önkormányzatok; iskolák; egyesületek) a pályázatok előkészítésében",
                " • képzések tartása; és más");
        Project p = run(page).projects().get(0);
        assertEquals(List.of("támogatás a partnereknek (önkormányzatok; iskolák; egyesületek) a pályázatok előkészítésében",
                "képzések tartása"), texts(p.objectives()));
    }

    @Test
    void aPageOfKeysAndSectionsGivesOneProject() {
        String page = String.join("\n",
                "Dátum: 2019. március 1.",
                "Projekt címe: „Közösségi kertek Maros megyében”",
                "Időszak: 2015. május – 2017. január",
                "Konzorciumvezető: Budapest Esély Nonprofit Kft.",
                "Partnerek: Caritas Egyesület, Maros Alapítvány és Budapest",
                "Támogatás összege: 1.756.996,00 lej",
                "",
                "Projekt célja",
                "A projekt célja a romák társadalmi befogadásának elősegítése, és sok minden más.",
                "",
                "Tevékenységek",
                " • kertek kialakítása",
                " • képzések tartása",
                "",
                "Kapcsolat",
                "Honlap: http://kert.example.hu/");
        Extraction x = run(page);
        assertEquals(1, x.projects().size(), x.toString());
        Project p = x.projects().get(0);
        assertEquals("Közösségi kertek Maros megyében", p.title());
        assertEquals("2015-05", p.start().toString());
        assertEquals("2017-01", p.end().toString());
        assertEquals("2019-03-01", x.published().toString());
        assertEquals(List.of("Budapest Esély Nonprofit Kft.", "Caritas Egyesület", "Maros Alapítvány", "Budapest"),
                p.organizations().stream().map(o -> o.name()).toList());
        assertEquals(Role.LEAD, p.organizations().get(0).role());
        assertEquals(Role.PARTNER, p.organizations().get(1).role());
        assertEquals(1, p.funding().size());
        assertEquals(0, new BigDecimal("1756996.00").compareTo(p.funding().get(0).amount()));
        assertEquals(FundingKind.GRANT, p.funding().get(0).kind());
        assertEquals(List.of("a romák társadalmi befogadásának elősegítése"), texts(p.objectives()));
        assertEquals(List.of("kertek kialakítása", "képzések tartása"), texts(p.activities()));
        assertEquals("http://kert.example.hu/", p.links().get(0).url());
        assertTrue(texts(p.locations()).contains("Budapest"));
    }

    @Test
    void valuesAreTheOriginalCharactersOfTheirSpans() {
        String page = "Projekt címe: Kertek\nIdőszak: 2013.12.01 – 2015.03.31\nKonzorciumvezető: Maros Alapítvány\n";
        Project p = run(page).projects().get(0);
        for (var o : p.organizations()) {
            assertEquals(o.name(), page.substring(o.span().start(), o.span().end()));
        }
        Span t = p.evidenceOf("title").orElseThrow();
        assertEquals("Kertek", page.substring(t.start(), t.end()));
        assertEquals(1, t.line());
    }

    @Test
    void severalTitleKeysGiveSeveralProjects() {
        String page = "Projekt címe: Első\nIdőszak: 2013 – 2014\n\nProjekt címe: Második\nIdőszak: 2016 – 2017\n";
        assertEquals(List.of("Első", "Második"), run(page).projects().stream().map(Project::title).toList());
    }

    @Test
    void aPageWithoutAProjectGivesNone() {
        Extraction x = run("Mi kellene ahhoz, hogy a kérdés napirenden legyen?\nEgyik sem. És itt is mélyebbre kell ásni, 2004-ben.");
        assertEquals(List.of(), x.projects());
        assertEquals(List.of(), x.diagnostics());
    }

    @Test
    void aQuotedNameNextToAProjectWordIsTheTitle() {
        Extraction x = run("Sok pénzt kapott a „Veletek-Értetek, Szegregált élethelyzetek felszámolása” projekttől a család, "
                + "csaknem 200 millió forint támogatást.");
        assertEquals("Veletek-Értetek, Szegregált élethelyzetek felszámolása", x.projects().get(0).title());
        assertEquals(FundingKind.GRANT, x.projects().get(0).funding().get(0).kind());
    }

    @Test
    void aKeyAloneOnItsLineTakesTheNextLineAsItsValue() {
        String page = String.join("\n", "Projekt címe", "Közösségi kertek", "EU donacija", "2.681.290 €", "Vreme implementacije",
                "Mart 2019. - Decembar 2021.", "Grad", "Budapest");
        Project p = run(page).projects().get(0);
        assertEquals("Közösségi kertek", p.title());
        assertEquals(FundingKind.GRANT, p.funding().get(0).kind());
        assertEquals(0, new BigDecimal("2681290").compareTo(p.funding().get(0).amount()));
        assertEquals("2019-03", p.start().toString());
        assertEquals("2021-12", p.end().toString());
        assertEquals(List.of("Budapest"), texts(p.locations()));
    }

    @Test
    void aSentenceUnderARoleKeyGivesTheOrganisationsItNamesWithTheirCues() {
        Project p = run("Projekt címe: Kertek\nKonzorciumvezető: a Maros Alapítvány és a Caritas Egyesület közös projektje, "
                + "amelyet a Budapest Nonprofit Kft. által támogatott.\n").projects().get(0);
        assertEquals(List.of("Maros Alapítvány/LEAD", "Caritas Egyesület/PARTNER", "Budapest Nonprofit Kft./FUNDER"),
                p.organizations().stream().map(o -> o.name() + "/" + o.role()).toList());
    }

    @Test
    void aQuotedOrganisationNameKeepsItsOriginalQuotationMarks() {
        String page = "Projekt címe: Kertek\nKonzorciumvezető: a Maros Alapítvány és a Фондация „Ром за всички“ közös projektje, "
                + "amelyet a Budapest Nonprofit Kft. által támogatott.\n";
        Project p = ENGINE.extract(org.inclusiondata.extract.text.Normalizer.normalize("page.txt", page, "xx", "Latn")).projects().get(0);
        assertEquals(List.of("Maros Alapítvány/LEAD", "Фондация „Ром за всички“/PARTNER", "Budapest Nonprofit Kft./FUNDER"),
                p.organizations().stream().map(o -> o.name() + "/" + o.role()).toList());
    }

    @Test
    void sentencesAfterAKeysFirstSentenceAreRunningText() {
        Project p = run("Projekt címe: Kertek\nProjekt célja: a romák befogadása. Az egyesület képzéseket szervez a faluban.\n")
                .projects().get(0);
        assertEquals(List.of("a romák befogadása"), texts(p.objectives()));
        assertEquals(List.of("Az egyesület képzéseket szervez a faluban"), texts(p.activities()));
    }

    @Test
    void severalQuotedProjectMentionsGiveSeveralProjects() {
        Extraction x = run("A „Közösségi kertek Marosban” projekt 2.000 Ft támogatást kapott. Emellett a „Tanoda program a faluban” "
                + "projekt is indult.\nEz utóbbi 5.000 Ft támogatás.");
        assertEquals(List.of("Közösségi kertek Marosban", "Tanoda program a faluban"), x.projects().stream().map(Project::title).toList());
        assertEquals(0, new BigDecimal("5000").compareTo(x.projects().get(1).funding().get(0).amount()));
        assertEquals(1, x.projects().get(0).funding().size());
    }

    private static List<String> texts(List<Phrase> ps) {
        return ps.stream().map(Phrase::text).toList();
    }

    @Test
    void aSentenceThatPointsToResultsMakesTheNextParagraphTheResults() {
        String page = String.join("\n",
                "Projekt címe: Közösségi kertek",
                "A projekt 2008-ban lezárult, eredményeként a http://kert.example.hu/ oldalon olvashatók a beszámolók.",
                "Húsz kert épült a faluban. A kertekben nyolc család termel.",
                "",
                "Kapcsolat");
        Project p = run(page).projects().get(0);
        assertEquals(List.of("Húsz kert épült a faluban", "A kertekben nyolc család termel"), texts(p.results()));
    }
}
