package org.inclusiondata.model;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Generators of arbitrary, valid records. Strings deliberately include what breaks naive code:
 * astral characters, combining marks, right-to-left text, zero-width and line-separator characters,
 * control characters, quotes and backslashes, a byte order mark, and lone UTF-16 surrogates.
 */
public final class ModelArbitraries {

    private static final List<String> ODD = List.of("😀", "\uD83C\uDDED\uD83C\uDDFA", "e\u0301", "\u202Eabc", "\u200D", "\u2028",
            "\u2029", "\u0000", "\u001F", "\"", "\\", "\uFEFF", "\uD800", "\uDFFF", "\uFFFF", "ő", "Ђ", "щ", "\t", "\r\n", "/", "</script>");

    private ModelArbitraries() {
    }

    public static Arbitrary<String> oddText() {
        Arbitrary<String> any = Arbitraries.strings().all().ofMaxLength(12);
        Arbitrary<String> letters = Arbitraries.strings().withCharRange('a', 'z').withCharRange('А', 'я').withChars(" őűŐŰčćšžđ")
                .ofMaxLength(20);
        Arbitrary<String> odd = Arbitraries.of(ODD);
        return Arbitraries.oneOf(any, letters, odd).list().ofMaxSize(4).map(parts -> String.join("", parts));
    }

    public static Arbitrary<Span> spans() {
        return Combinators.combine(Arbitraries.integers().between(0, 100_000), Arbitraries.integers().between(0, 5_000),
                Arbitraries.integers().between(1, 9_999), Arbitraries.integers().between(1, 500),
                Arbitraries.of("hu", "bg", "sr", "hu-rules@1.0", "x"))
                .as((start, length, line, column, extractor) -> new Span(start, start + length, line, column, extractor));
    }

    public static Arbitrary<Span> optionalSpans() {
        return spans().injectNull(0.3);
    }

    public static Arbitrary<PartialDate> dates() {
        Arbitrary<Integer> years = Arbitraries.integers().between(1, 9999);
        Arbitrary<PartialDate> ofYear = years.map(PartialDate::ofYear);
        Arbitrary<PartialDate> ofMonth = Combinators.combine(years, Arbitraries.integers().between(1, 12)).as(PartialDate::ofMonth);
        Arbitrary<PartialDate> ofDay = Combinators.combine(years, Arbitraries.integers().between(1, 12), Arbitraries.integers().between(1, 31))
                .filter((y, m, d) -> d <= java.time.YearMonth.of(y, m).lengthOfMonth())
                .as(PartialDate::ofDay);
        return Arbitraries.oneOf(ofYear, ofMonth, ofDay);
    }

    public static Arbitrary<BigDecimal> amounts() {
        Arbitrary<BigInteger> unscaled = Arbitraries.bigIntegers().between(BigInteger.TEN.pow(30).negate(), BigInteger.TEN.pow(30));
        return Combinators.combine(unscaled, Arbitraries.integers().between(-6, 12)).as(BigDecimal::new);
    }

    public static Arbitrary<Money> money() {
        return Combinators.combine(amounts(), Arbitraries.of("HUF", "EUR", "BGN", "RSD", "RON", "HRK", "XYZ"),
                Arbitraries.of(FundingKind.class), optionalSpans()).as(Money::new);
    }

    public static Arbitrary<Organization> organizations() {
        return Combinators.combine(oddText(), Arbitraries.of(Role.class), optionalSpans()).as(Organization::new);
    }

    public static Arbitrary<Phrase> phrases() {
        return Combinators.combine(oddText(), optionalSpans()).as(Phrase::new);
    }

    public static Arbitrary<Link> links() {
        return Combinators.combine(oddText().map(s -> "https://example.org/" + s), optionalSpans()).as(Link::new);
    }

    private static <T> Arbitrary<List<T>> few(Arbitrary<T> items) {
        return items.list().ofMaxSize(3);
    }

    public static Arbitrary<Map<String, Span>> evidence() {
        return Arbitraries.maps(Arbitraries.of(Project.SCALAR_FIELDS), spans()).ofMaxSize(6).map(TreeMap::new);
    }

    public static Arbitrary<Project> projects() {
        Arbitrary<Integer> counts = Arbitraries.integers().between(-5, 1_000_000).injectNull(0.5);
        Arbitrary<String> nullableText = oddText().injectNull(0.3);
        Arbitrary<PartialDate> nullableDate = dates().injectNull(0.3);
        // Combinators takes at most eight arguments, so scalars first, then lists on a fresh builder.
        Arbitrary<Project> scalars = Combinators.combine(nullableText, nullableText, nullableText, nullableDate,
                nullableDate, counts, counts, evidence())
                .as((id, title, acronym, start, end, duration, beneficiaries, evidence) -> {
                    Project.Builder b = Project.builder().id(id).title(title).acronym(acronym).start(start).end(end)
                            .durationMonths(duration).beneficiaries(beneficiaries);
                    evidence.forEach(b::evidence);
                    return b.build();
                });
        return Combinators.combine(scalars, few(organizations()), few(money()), few(phrases()), few(phrases()),
                few(phrases()), few(phrases()), few(links()))
                .as((p, orgs, funding, programmes, places, groups, texts, links) -> p.toBuilder().organizations(orgs).funding(funding)
                        .programmes(programmes).locations(places).targetGroups(groups).objectives(texts)
                        .activities(texts.subList(0, texts.size() / 2)).results(texts).links(links).build());
    }

    public static Arbitrary<Diagnostic> diagnostics() {
        return Combinators.combine(Arbitraries.of(Severity.class), Arbitraries.of("decode.invalid-utf8", "language.unsupported"),
                oddText(), oddText(), Arbitraries.integers().between(0, 1000), Arbitraries.integers().between(0, 300))
                .as(Diagnostic::new);
    }

    public static Arbitrary<SourceDocument> documents() {
        Arbitrary<String> names = Arbitraries.strings().withCharRange('a', 'z').withChars("-_.őЖ😀").ofMinLength(1).ofMaxLength(10)
                .map(s -> s + ".txt");
        Arbitrary<String> sha = Arbitraries.strings().withChars("0123456789abcdef").ofLength(64).injectNull(0.3);
        Arbitrary<Double> confidence = Arbitraries.oneOf(Arbitraries.doubles().between(0.0, 1.0), Arbitraries.of(0.0, 1.0, 1e-9))
                .injectNull(0.3);
        Arbitrary<Object[]> head = Combinators.combine(names, sha, Arbitraries.longs().between(0, Long.MAX_VALUE),
                Arbitraries.of("hu", "bg", "sr", "sk", "ron").injectNull(0.2), confidence,
                Arbitraries.of("Latn", "Cyrl").injectNull(0.2), oddText().injectNull(0.3), oddText().injectNull(0.3))
                .as((n, s, b, l, c, sc, ex, ev) -> new Object[] {n, s, b, l, c, sc, ex, ev});
        return Combinators.combine(head, dates().injectNull(0.5), oddText().injectNull(0.5), projects().list().ofMaxSize(3),
                diagnostics().list().ofMaxSize(2))
                .as((h, published, url, projects, diagnostics) -> new SourceDocument((String) h[0], (String) h[1], (Long) h[2],
                        (String) h[3], (Double) h[4], (String) h[5], (String) h[6], (String) h[7], published, url, projects,
                        diagnostics));
    }

    public static Arbitrary<Dataset> datasets() {
        return documents().list().ofMaxSize(4).uniqueElements(SourceDocument::document).map(Dataset::of);
    }
}
