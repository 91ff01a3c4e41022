package org.inclusiondata.extract.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.inclusiondata.model.Diagnostic;
import org.inclusiondata.model.FundingKind;
import org.inclusiondata.model.Money;
import org.inclusiondata.model.PartialDate;
import org.inclusiondata.model.Project;
import org.inclusiondata.model.SourceDocument;
import org.inclusiondata.model.Span;

class ValidatorPropertyTest {

    @Property(tries = 300)
    void neverThrowsIsDeterministicAndOrdered(@ForAll("documents") SourceDocument doc, @ForAll("texts") String text,
                                              @ForAll boolean marked) {
        ValidationContext c = new ValidationContext(doc, text, marked, Set.of("hu"));
        List<Diagnostic> first = Validator.standard().validate(c);
        assertEquals(first, Validator.standard().validate(c));
        List<Diagnostic> sorted = new ArrayList<>(first);
        sorted.sort(Validator.ORDER);
        assertEquals(sorted, first);
        assertEquals(first.size(), Set.copyOf(first).size());
        assertTrue(first.stream().allMatch(d -> d.file().equals(doc.document())));
    }

    @Property(tries = 200)
    void aWellFormedRecordPasses(@ForAll("wellFormed") Project p) {
        SourceDocument doc = new SourceDocument("ok.txt", null, 1, "hu", 1.0, "Latn", "hu", "1", null, null, List.of(p), List.of());
        assertEquals(List.of(), Validator.standard().validate(new ValidationContext(doc, "x".repeat(200), false, Set.of("hu"))));
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(120), Arbitraries.just(null));
    }

    private static Arbitrary<Span> spans(int max) {
        return Combinators.combine(Arbitraries.integers().between(0, max), Arbitraries.integers().between(0, 40),
                Arbitraries.integers().between(1, 9), Arbitraries.integers().between(1, 9))
                .as((s, len, line, col) -> new Span(s, s + len, line, col, "hu"));
    }

    private static Arbitrary<PartialDate> dates() {
        return Combinators.combine(Arbitraries.integers().between(1990, 2030), Arbitraries.integers().between(0, 12))
                .as((y, m) -> m == 0 ? PartialDate.ofYear(y) : PartialDate.ofMonth(y, m));
    }

    @Provide
    Arbitrary<SourceDocument> documents() {
        Arbitrary<Project> project = Combinators.combine(
                Arbitraries.strings().ofMaxLength(8).injectNull(0.3), dates().injectNull(0.3), dates().injectNull(0.3),
                Arbitraries.bigDecimals().between(new BigDecimal("-5"), new BigDecimal("5")),
                Arbitraries.of("HUF", "EUR", "XYZ", "QQQ"), spans(200).injectNull(0.3),
                Arbitraries.integers().between(-3, 30).injectNull(0.5))
                .as((title, start, end, amount, cur, span, months) -> Project.builder().title(title, span)
                        .start(start, span).end(end, null).durationMonths(months, span)
                        .funding(new Money(amount, cur, FundingKind.GRANT, span)).build());
        return Combinators.combine(project.list().ofMaxSize(3), Arbitraries.of("hu", null).injectNull(0.2))
                .as((projects, extractor) -> new SourceDocument("d.txt", null, 1, "hu", null, null, extractor, null,
                        null, null, projects, List.of()));
    }

    @Provide
    Arbitrary<Project> wellFormed() {
        return Combinators.combine(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(20), dates(),
                        Arbitraries.integers().between(0, 60), Arbitraries.bigDecimals().between(new BigDecimal("0.01"), new BigDecimal("1e9")),
                        Arbitraries.of("HUF", "BGN", "RSD", "EUR", "HRK"), spans(150))
                .as((title, start, months, amount, cur, span) -> Project.builder().title(title, span).start(start, span)
                        .end(PartialDate.ofDay(start.earliest().plusMonths(months).getYear(),
                                start.earliest().plusMonths(months).getMonthValue(), start.earliest().plusMonths(months).getDayOfMonth()), span)
                        .funding(new Money(amount, cur, FundingKind.TOTAL, span)).build());
    }
}
