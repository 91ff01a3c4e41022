package org.inclusiondata.extractors.sr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.inclusiondata.extract.spi.Extraction;
import org.inclusiondata.extract.text.Normalizer;
import org.inclusiondata.extract.text.SourceText;
import org.inclusiondata.model.FundingKind;
import org.inclusiondata.model.Organization;
import org.inclusiondata.model.PartialDate;
import org.inclusiondata.model.Phrase;
import org.inclusiondata.model.Project;
import org.inclusiondata.model.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Pages written for these tests in the two shapes Serbian project pages take (a project card of
 * {@code Key: value} lines and sections; a news item in running text), each read in Cyrillic and in
 * its Latin transliteration (the news item is written in Latin only). They are not dev pages, so they check the lexicons on text nobody
 * tuned them to.
 */
class WrittenPagesTest {

    private static String page(String name) {
        try (InputStream in = WrittenPagesTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Project only(String name, String text, String script) {
        SourceText source = Normalizer.normalize(name, text, "sr", script);
        Extraction e = new SerbianExtractor().extract(source);
        assertEquals(1, e.projects().size(), name + ": " + e.projects());
        Project p = e.projects().get(0);
        p.evidence().values().forEach(s -> assertTrue(s.end() <= text.length(), name + ": span outside the text " + s));
        return p;
    }

    private static List<String> texts(List<Phrase> phrases) {
        return phrases.stream().map(Phrase::text).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Cyrl", "Latn"})
    void aProjectCardInEitherScript(String script) {
        String cyrillic = page("project-card.txt");
        String text = script.equals("Cyrl") ? cyrillic : SerbianFolding.toLatin(cyrillic);
        java.util.function.UnaryOperator<String> w = s -> script.equals("Cyrl") ? s : SerbianFolding.toLatin(s);
        Project p = only("project-card.txt", text, script);
        assertEquals(w.apply("Образовањем до запослења"), p.title());
        assertEquals(PartialDate.parse("2019-03-01"), p.start());
        assertEquals(PartialDate.parse("2021-02-28"), p.end());
        assertEquals(24, p.durationMonths());
        assertEquals(0, new BigDecimal("150000").compareTo(p.funding().get(0).amount()));
        assertEquals("EUR", p.funding().get(0).currency());
        assertEquals(FundingKind.TOTAL, p.funding().get(0).kind());
        assertTrue(p.organizations().contains(new Organization(w.apply("Удружење грађана „Ромски центар“ из Ниша"), Role.LEAD,
                p.organizations().get(0).span())), p.organizations().toString());
        assertTrue(p.organizations().stream().anyMatch(o -> o.role() == Role.FUNDER && o.name().equals(w.apply("Европска унија"))),
                p.organizations().toString());
        assertEquals(List.of(w.apply("Ниш"), w.apply("Лесковац")), texts(p.locations()));
        assertEquals(3, p.activities().size(), p.activities().toString());
        assertEquals(2, p.results().size(), p.results().toString());
        assertEquals(List.of(w.apply("Повећање запошљивости незапослених Рома и Ромкиња у Нишу и Лесковцу")), texts(p.objectives()));
        assertEquals("https://www.romskicentar.org.rs/projekti/obrazovanjem", p.links().get(0).url());
    }

    @Test
    void aNewsItemInRunningText() {
        String latin = page("news-item.txt");
        Project p = only("news-item.txt", latin, "Latn");
        assertEquals("Zajedno do zdravlja", p.title());
        assertEquals(PartialDate.parse("2020-01-15"), p.start());
        assertEquals(0, new BigDecimal("1200000").compareTo(p.funding().get(0).amount()));
        assertEquals("RSD", p.funding().get(0).currency());
        assertTrue(p.organizations().stream().anyMatch(o -> o.name().equals("Ministarstvo za ljudska i manjinska prava i društveni dijalog")
                && o.role() == Role.FUNDER), p.organizations().toString());
        assertEquals(List.of("Kraljeva", "Vrnjačke Banje"), texts(p.locations()));
        assertEquals(200, p.beneficiaries());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Cyrl", "Latn"})
    void aCyrillicNewsItemAndItsLatinSpelling(String script) {
        String cyrillic = page("news-item-cyrillic.txt");
        String text = script.equals("Cyrl") ? cyrillic : SerbianFolding.toLatin(cyrillic);
        java.util.function.UnaryOperator<String> w = s -> script.equals("Cyrl") ? s : SerbianFolding.toLatin(s);
        Project p = only("news-item-cyrillic.txt", text, script);
        assertEquals(w.apply("Бољи услови становања за ромске породице"), p.title());
        assertEquals(PartialDate.parse("2021-09-01"), p.start());
        assertEquals(PartialDate.parse("2023-02-28"), p.end());
        assertEquals(18, p.durationMonths());
        assertEquals(List.of("8500000 RSD TOTAL", "1200000 RSD OWN"), p.funding().stream()
                .map(m -> m.amount().stripTrailingZeros().toPlainString() + " " + m.currency() + " " + m.kind()).toList());
        assertEquals(List.of(w.apply("Бујановцу"), w.apply("Горња Бреза")), texts(p.locations()));
        assertTrue(p.organizations().stream().anyMatch(o -> o.role() == Role.FUNDER && o.name().equals(w.apply("Европска унија"))),
                p.organizations().toString());
        assertEquals(List.of(w.apply("побољшање услова становања ромских породица у насељу Горња Бреза")), texts(p.objectives()));
        assertEquals(40, p.beneficiaries());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Cyrl", "Latn"})
    void thePublicationDateIsThePagesNotTheProjects(String script) {
        String cyrillic = "Објављено: 12.03.2020.\n\nПројекат „Школа за све“ почео је 1. фебруара 2020. године у Нишу.\n";
        String text = script.equals("Cyrl") ? cyrillic : SerbianFolding.toLatin(cyrillic);
        Extraction e = new SerbianExtractor().extract(Normalizer.normalize("published.txt", text, "sr", script));
        assertEquals(PartialDate.parse("2020-03-12"), e.published());
        assertEquals(1, e.projects().size());
        assertEquals(PartialDate.parse("2020-02-01"), e.projects().get(0).start());
    }

    /**
     * A role cue gives its role to the organisations after it; those before it, the subject, take
     * the cue's subject role ("X у сарадњи са Y": X leads, Y is the partner).
     */
    @ParameterizedTest
    @ValueSource(strings = {"Cyrl", "Latn"})
    void theSubjectOfInCooperationWithLeadsAndTheOtherIsThePartner(String script) {
        String cyrillic = "Пројекат „Знањем до посла“\n\nУдружење „Ромски центар“ из Ниша у сарадњи са Националном службом за"
                + " запошљавање спроводи пројекат „Знањем до посла“ од 1. марта 2019. до 28. фебруара 2021. године.\n";
        String text = script.equals("Cyrl") ? cyrillic : SerbianFolding.toLatin(cyrillic);
        Project p = only("cooperation.txt", text, script);
        java.util.Map<Role, List<String>> byRole = new java.util.EnumMap<>(Role.class);
        p.organizations().forEach(o -> byRole.computeIfAbsent(o.role(), r -> new java.util.ArrayList<>()).add(o.name()));
        assertTrue(byRole.getOrDefault(Role.LEAD, List.of()).stream().anyMatch(n -> n.contains(script.equals("Cyrl") ? "Ромски центар" : "Romski centar")),
                byRole.toString());
        assertTrue(byRole.getOrDefault(Role.PARTNER, List.of()).stream().anyMatch(n -> n.contains(script.equals("Cyrl") ? "Националном службом" : "Nacionalnom službom")),
                byRole.toString());
    }

    /** A municipality taking part names the place where the project acts; a kind of body written in lower case names no one. */
    @ParameterizedTest
    @ValueSource(strings = {"Cyrl", "Latn"})
    void aMunicipalityIsAlsoThePlaceAndLowerCaseBodiesAreNoOrganisations(String script) {
        String cyrillic = "Пројекат „Знањем до посла“\n\nКорисник: Министарство просвете; локалне самоуправе\n"
                + "Период: од 1. марта 2019. до 28. фебруара 2021. године\n\n"
                + "Носилац пројекта је Удружење „Ромски центар“, а партнери су општина Србобран и Центар за социјални рад.\n";
        String text = script.equals("Cyrl") ? cyrillic : SerbianFolding.toLatin(cyrillic);
        Project p = only("municipality.txt", text, script);
        List<String> orgs = p.organizations().stream().map(Organization::name).toList();
        assertTrue(orgs.stream().noneMatch(n -> n.toLowerCase(java.util.Locale.ROOT).startsWith(script.equals("Cyrl") ? "локалне" : "lokalne")), orgs.toString());
        assertTrue(orgs.contains(script.equals("Cyrl") ? "општина Србобран" : "opština Srbobran"), orgs.toString());
        assertTrue(texts(p.locations()).contains(script.equals("Cyrl") ? "Србобран" : "Srbobran"), texts(p.locations()).toString());
    }
}
