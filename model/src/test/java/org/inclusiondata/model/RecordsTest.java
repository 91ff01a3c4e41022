package org.inclusiondata.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class RecordsTest {

    private static final Span SPAN = new Span(3, 9, 1, 4, "test");

    @Test
    void amountsOfTheSameValueAreEqualWhateverTheirScale() {
        Money a = new Money(new BigDecimal("1756996.00"), "RON", FundingKind.TOTAL);
        Money b = new Money(new BigDecimal("1756996"), "RON", FundingKind.TOTAL);
        Money c = new Money(new BigDecimal("1.756996E+6"), "RON", FundingKind.TOTAL);
        assertEquals(a, b);
        assertEquals(b, c);
        assertEquals(a.hashCode(), c.hashCode());
        assertEquals("1756996", a.amount().toPlainString());
        assertEquals(0, a.amount().scale());
        assertEquals("12.5", new Money(new BigDecimal("12.50"), "EUR", FundingKind.OWN).amount().toPlainString());
        assertNotEquals(a, new Money(new BigDecimal("1756996.01"), "RON", FundingKind.TOTAL));
    }

    @Provide
    Arbitrary<BigDecimal> amounts() {
        return ModelArbitraries.amounts();
    }

    @Property
    void canonicalAmountsKeepTheirValue(@ForAll("amounts") BigDecimal amount) {
        Money m = new Money(amount, "EUR", FundingKind.GRANT);
        assertEquals(0, amount.compareTo(m.amount()));
        assertTrue(m.amount().scale() >= 0);
        assertEquals(m, new Money(m.amount().setScale(m.amount().scale() + 3), "EUR", FundingKind.GRANT));
    }

    @Test
    void currenciesAreThreeCapitalLetters() {
        assertThrows(IllegalArgumentException.class, () -> new Money(BigDecimal.ONE, "Ft", FundingKind.TOTAL));
        assertThrows(IllegalArgumentException.class, () -> new Money(BigDecimal.ONE, "eur", FundingKind.TOTAL));
        assertTrue(new Money(BigDecimal.ONE, "HRK", FundingKind.TOTAL).hasKnownCurrency());
        assertFalse(new Money(BigDecimal.ONE, "XYZ", FundingKind.TOTAL).hasKnownCurrency());
    }

    @Test
    void theBuilderKeepsValuesSpansAndOrder() {
        Project p = Project.builder()
                .id("p1")
                .title("Első", SPAN)
                .title("Második", null)
                .acronym("E", SPAN)
                .start(PartialDate.parse("2015-05"))
                .evidence("start", SPAN)
                .location(Phrase.of("B"))
                .location(Phrase.of("A"))
                .locations(List.of(Phrase.of("C")))
                .build();
        assertEquals("Második", p.title());
        assertTrue(p.evidenceOf("title").isEmpty(), "a new value without a span forgets the old span");
        assertEquals(SPAN, p.evidenceOf("acronym").orElseThrow());
        assertEquals(SPAN, p.evidenceOf("start").orElseThrow());
        assertEquals(List.of("acronym", "start"), new ArrayList<>(p.evidence().keySet()));
        assertEquals(List.of(Phrase.of("B"), Phrase.of("A"), Phrase.of("C")), p.locations());
        assertEquals(p, p.toBuilder().build());
        assertEquals(p.withId("p2"), p.toBuilder().id("p2").build());
        assertFalse(p.isEmpty());
        assertTrue(Project.builder().id("x").build().isEmpty());
        assertThrows(IllegalArgumentException.class, () -> Project.builder().evidence("locations", SPAN));
    }

    @Test
    void projectsAreImmutable() {
        List<Phrase> places = new ArrayList<>(List.of(Phrase.of("Kubrat")));
        Map<String, Span> evidence = new TreeMap<>(Map.of("title", SPAN));
        Project p = new Project(null, "T", null, null, null, null, null, null, null, places, null, null, null, null, null, null,
                new TreeMap<>(evidence));
        places.add(Phrase.of("Maros"));
        assertEquals(List.of(Phrase.of("Kubrat")), p.locations());
        assertEquals(List.of(), p.organizations());
        assertThrows(UnsupportedOperationException.class, () -> p.locations().add(Phrase.of("x")));
        assertThrows(UnsupportedOperationException.class, () -> p.evidence().put("end", SPAN));
        Project.Builder b = p.toBuilder();
        b.location(Phrase.of("Maros"));
        assertEquals(1, p.locations().size(), "a builder made from a project does not change it");
    }

    @Test
    void evidenceIsOnlyForScalarFields() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Project(null, "T", null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, new TreeMap<>(Map.of("locations", SPAN))));
        assertTrue(e.getMessage().contains("'locations' is not a scalar field"), e.getMessage());
    }

    @Test
    void datasetsSortDocumentsAndRefuseDuplicates() {
        SourceDocument b = SourceDocument.annotated("b.txt", "bg", "Cyrl", null, List.of());
        SourceDocument a = SourceDocument.annotated("a.txt", "hu", "Latn", null, List.of());
        assertEquals(List.of(a, b), Dataset.of(List.of(b, a)).documents());
        assertEquals(a, Dataset.of(List.of(b, a)).document("a.txt").orElseThrow());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Dataset.of(List.of(a, b, a)));
        assertTrue(e.getMessage().contains("'a.txt' appears twice"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Dataset("one", List.of()));
    }

    @Test
    void documentMetadataIsChecked() {
        assertThrows(IllegalArgumentException.class, () -> SourceDocument.annotated("", "hu", "Latn", null, List.of()));
        assertThrows(IllegalArgumentException.class, () -> SourceDocument.annotated("a.txt", "Hungarian", "Latn", null, List.of()));
        assertThrows(IllegalArgumentException.class, () -> SourceDocument.annotated("a.txt", "hu", "latin", null, List.of()));
        assertThrows(IllegalArgumentException.class,
                () -> new SourceDocument("a.txt", "ABC", 0, null, null, null, null, null, null, null, null, null));
        assertThrows(IllegalArgumentException.class,
                () -> new SourceDocument("a.txt", null, -1, null, null, null, null, null, null, null, null, null));
        assertThrows(IllegalArgumentException.class,
                () -> new SourceDocument("a.txt", null, 0, "hu", Double.NaN, null, null, null, null, null, null, null));
        SourceDocument doc = SourceDocument.annotated("a.txt", "srp", "Cyrl", null, null);
        assertEquals(List.of(), doc.projects());
        Diagnostic error = Diagnostic.error("x.y", "a.txt", 1, 1, "bad");
        assertTrue(doc.withDiagnostics(List.of(error)).hasErrors());
        assertFalse(doc.withDiagnostics(List.of(Diagnostic.warning("x.y", "a.txt", 1, 1, "meh"))).hasErrors());
    }

    @Test
    void codesReadBackAndUnknownCodesSayWhatIsAllowed() {
        for (Severity s : Severity.values()) {
            assertEquals(s, Severity.fromCode(s.code()));
        }
        for (Role r : Role.values()) {
            assertEquals(r, Role.fromCode(r.code()));
        }
        for (FundingKind k : FundingKind.values()) {
            assertEquals(k, FundingKind.fromCode(k.code()));
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Severity.fromCode("fatal"));
        assertTrue(e.getMessage().contains("info, warning, error"), e.getMessage());
        assertEquals("a.txt:3:7: error: broken", Diagnostic.error("c", "a.txt", 3, 7, "broken").format());
    }

    @Test
    void spansCutTheirTextAndRefuseToReachPastIt() {
        String text = "Projekt: Esély 😀 Otthon";
        Span span = new Span(9, 14, 1, 10, "hu");
        assertEquals("Esély", span.textIn(text));
        assertEquals(5, span.length());
        assertThrows(IllegalArgumentException.class, () -> new Span(20, 40, 1, 21, "hu").textIn(text));
        assertThrows(IllegalArgumentException.class, () -> new Span(5, 4, 1, 1, "hu"));
        assertThrows(IllegalArgumentException.class, () -> new Span(0, 1, 0, 1, "hu"));
    }

    @Test
    void diagnosticsSortByFileAndPositionWithErrorsFirst() {
        Diagnostic a = Diagnostic.info("x", "a.txt", 2, 1, "m");
        Diagnostic b = Diagnostic.error("x", "a.txt", 2, 1, "m");
        Diagnostic c = Diagnostic.warning("x", "a.txt", 10, 1, "m");
        Diagnostic d = Diagnostic.error("x", "b.txt", 1, 1, "m");
        List<Diagnostic> sorted = new ArrayList<>(List.of(d, c, a, b));
        sorted.sort(Diagnostic.BY_POSITION);
        assertEquals(List.of(b, a, c, d), sorted);
    }
}
