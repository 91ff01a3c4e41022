package org.inclusiondata.extractors.sr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.stream.Collectors;
import org.inclusiondata.extract.spi.Extraction;
import org.inclusiondata.extract.text.Normalizer;
import org.inclusiondata.model.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Facts of Serbian running text that general rules of the shared engine must get right. */
class RunningTextTest {

    private static Project only(String text) {
        Extraction e = new SerbianExtractor().extract(Normalizer.normalize("page.txt", text, "sr", null));
        assertEquals(1, e.projects().size(), e.toString());
        return e.projects().get(0);
    }

    private static List<String> organizations(Project p) {
        return p.organizations().stream().map(o -> o.name() + " " + o.role().code()).collect(Collectors.toList());
    }

    @Test
    void aShortNameIsTheFullNameTheTextIntroducedEarlier() {
        Project p = only("Културно уметничко друштво „Ром“ представиће 14. фебруара свој пројекат „Знањем до посла“. "
                + "Носилац пројекта је КУД „Ром“, а партнер је Центар за социјални рад.");
        assertEquals(List.of("Културно уметничко друштво „Ром“ lead", "Центар за социјални рад partner"), organizations(p));
    }

    @Test
    void aShortNameInLatinIsTheFullNameToo() {
        Project p = only("Kulturno umetničko društvo „Rom“ predstaviće svoj projekat „Znanjem do posla“. "
                + "Nosilac projekta je KUD „Rom“.");
        assertEquals(List.of("Kulturno umetničko društvo „Rom“ lead"), organizations(p));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "U poslednje četiri godine opština je sprovela projekat „Znanjem do posla“ uz podršku UNDP.",
            "У последње четири године општина је спровела пројекат „Знањем до посла“ уз подршку UNDP.",
            "Pre dve godine opština je sprovela projekat „Znanjem do posla“ uz podršku UNDP."})
    void aSpanOfTimeInThePastIsNoDuration(String text) {
        assertNull(only(text).durationMonths());
    }

    @Test
    void aSpanOfTimeAheadIsTheDuration() {
        assertEquals(Integer.valueOf(48), only("Opština će u naredne četiri godine sprovoditi projekat „Znanjem do posla“ uz podršku UNDP.").durationMonths());
    }

    @Test
    void aKindCueAfterACommaBelongsToTheNextAmount() {
        Project p = only("Grad Smederevo je potpisao projekat „Znanjem do posla“, čija je vrednost 625.000,00 dinara,u kome je grad "
                + "učestvovao sa 90.000,00 din.");
        assertEquals(List.of("625000 RSD total", "90000 RSD own"), p.funding().stream()
                .map(m -> m.amount().toPlainString() + " " + m.currency() + " " + m.kind().code()).collect(Collectors.toList()));
    }

    @Test
    void onePlaceNamedTwiceIsListedOnceByItsFullerName() {
        Project p = only("Projekat „Znanjem do posla“ sprovodi se u Republici Srbiji. Obuke se održavaju u Srbiji i u Beočinu i Beogradu.");
        assertEquals(List.of("Republici Srbiji", "Beočinu", "Beogradu"), p.locations().stream().map(l -> l.text()).collect(Collectors.toList()));
    }

    @Test
    void aBodyLedByANamedOrganisationIsThatOrganisation() {
        Project p = only("Projekat „Znanjem do posla“\nTrajanje: 24 meseca\nImplementiran od strane: Konzorcijum koji predvodi KPMG\n");
        assertEquals(List.of("KPMG implementer"), organizations(p));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Пројекат „Једнаки у образовању“\n\nНосилац пројекта: Удружење грађана „Ромски образовни центар“ Крагујевац\nПартнери: Град Крагујевац\n",
            "Projekat „Jednaki u obrazovanju“\n\nNosilac projekta: Udruženje građana „Romski obrazovni centar“ Kragujevac\nPartneri: Grad Kragujevac\n"})
    void aProjectWordBeforeTheTitleIsNoShortNameAndAPartnerCityIsAPlace(String text) {
        Project p = only(text);
        assertNull(p.acronym());
        // The city that is a partner is where the project acts; the association's seat is not a place of its own.
        assertEquals(1, p.locations().size(), p.locations().toString());
        assertEquals(text.contains("Град") ? "Крагујевац" : "Kragujevac", p.locations().get(0).text());
        var span = p.locations().get(0).span();
        assertEquals(p.locations().get(0).text(), text.substring(span.start(), span.end()));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Udruženje „Nevo Drom“ iz Niša realizuje projekat „Zdravlje za sve“\n\nProjekat je vredan 1.200.000 dinara.\n",
            "Удружење „Нево Дром“ из Ниша реализује пројекат „Здравље за све“\n\nПројекат је вредан 1.200.000 динара.\n",
            "Na konferenciji je Udruženje „Nevo Drom“ iz Niša predstavilo projekat „Zdravlje za sve“. Projekat je vredan 1.200.000 dinara.\n"})
    void aQuotationAfterALegalFormIsTheOrganisationNotTheTitle(String text) {
        Project p = only(text);
        assertEquals(text.contains("Здравље") ? "Здравље за све" : "Zdravlje za sve", p.title());
        assertNull(p.acronym());
    }

    @Test
    void wordsOfASentenceBeforeTheTitleAreNoShortName() {
        Project p = only("Почела реализација пројекта „Кућа знања“ у Суботици\n\nПројекат ће трајати 12 месеци.\n");
        assertEquals("Кућа знања", p.title());
        assertNull(p.acronym());
    }

    @Test
    void aNameRightAfterTheWordProgrammeIsTheProgrammeNotAFunder() {
        Project p = only("Opština Bujanovac realizuje projekat „Put do posla“, koji finansira Evropska unija kroz program EU PRO Plus.");
        assertEquals(List.of("Opština Bujanovac lead", "Evropska unija funder"), organizations(p));
        assertEquals(List.of("EU PRO Plus"), p.programmes().stream().map(x -> x.text()).collect(Collectors.toList()));
    }
}
