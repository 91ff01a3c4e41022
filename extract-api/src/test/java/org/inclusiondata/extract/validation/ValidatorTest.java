package org.inclusiondata.extract.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.inclusiondata.model.Diagnostic;
import org.inclusiondata.model.FundingKind;
import org.inclusiondata.model.Money;
import org.inclusiondata.model.PartialDate;
import org.inclusiondata.model.Phrase;
import org.inclusiondata.model.Project;
import org.inclusiondata.model.Severity;
import org.inclusiondata.model.SourceDocument;
import org.inclusiondata.model.Span;
import org.junit.jupiter.api.Test;

class ValidatorTest {

    private static final String TEXT = "Projekt: Közös út\nKezdés: 2019. május\nVége: 2018\nKöltség: 100 XYZ\n";
    private static final Set<String> LANGS = Set.of("hu", "bg", "sr");

    private static Span at(String text, String needle) {
        int s = TEXT.indexOf(needle);
        int line = (int) TEXT.substring(0, s).chars().filter(ch -> ch == '\n').count() + 1;
        int col = s - TEXT.lastIndexOf('\n', s - 1);
        return new Span(s, s + needle.length(), line, col, "hu");
    }

    private static SourceDocument doc(String extractor, List<Project> projects, List<Diagnostic> diagnostics) {
        return new SourceDocument("page.txt", null, 10, "hu", 0.9, "Latn", extractor, extractor == null ? null : "1",
                null, null, projects, diagnostics);
    }

    private static List<String> codes(List<Diagnostic> ds) {
        return ds.stream().map(Diagnostic::code).toList();
    }

    @Test
    void reportsEveryBrokenRuleOfARecordAtItsEvidence() {
        Project p = Project.builder()
                .title("Közös út", at(TEXT, "Közös út"))
                .start(PartialDate.ofMonth(2019, 5), at(TEXT, "2019. május"))
                .end(PartialDate.ofYear(2018), at(TEXT, "2018"))
                .funding(new Money(new BigDecimal("-100"), "XYZ", FundingKind.TOTAL, at(TEXT, "100 XYZ")))
                .location(new Phrase("sehol", new Span(5, 500, 1, 6, "hu")))
                .build();
        List<Diagnostic> found = Validator.standard().validate(new ValidationContext(doc("hu", List.of(p), List.of()), TEXT, false, LANGS));

        assertEquals(List.of("validate.span-outside-text", "validate.end-before-start",
                "validate.non-positive-amount", "validate.unknown-currency"), codes(found));
        Diagnostic end = found.get(1);
        assertEquals(3, end.line());
        assertEquals(7, end.column());
        assertTrue(end.format().startsWith("page.txt:3:7: error: "), end.format());
        assertTrue(found.stream().allMatch(d -> d.severity() == Severity.ERROR));
    }

    @Test
    void aPartialEndInsideTheStartMonthIsNotBeforeIt() {
        Project p = Project.builder().title("T", null)
                .start(PartialDate.ofDay(2019, 5, 20), null).end(PartialDate.ofMonth(2019, 5), null).build();
        assertEquals(List.of(), Validator.standard().validate(new ValidationContext(doc("hu", List.of(p), List.of()), TEXT, false, LANGS)));
    }

    @Test
    void aRecordWithoutTitleIsAnError() {
        Project p = Project.builder().start(PartialDate.ofYear(2019), at(TEXT, "2019")).build();
        List<Diagnostic> found = Validator.standard().validate(new ValidationContext(doc("hu", List.of(p), List.of()), TEXT, false, LANGS));
        assertEquals(List.of("validate.no-title"), codes(found));
        assertEquals(2, found.get(0).line());
    }

    @Test
    void anEmptyResultIsAnErrorUnlessThePageIsMarked() {
        SourceDocument d = doc("hu", List.of(), List.of());
        assertEquals(List.of("validate.no-project"), codes(Validator.standard().validate(new ValidationContext(d, TEXT, false, LANGS))));
        assertEquals(List.of(), Validator.standard().validate(new ValidationContext(d, TEXT, true, LANGS)));

        SourceDocument found = doc("hu", List.of(Project.builder().title("T", null).build()), List.of());
        List<Diagnostic> unexpected = Validator.standard().validate(new ValidationContext(found, TEXT, true, LANGS));
        assertEquals(List.of("validate.unexpected-project"), codes(unexpected));
        assertEquals(Severity.WARNING, unexpected.get(0).severity());
    }

    @Test
    void aPageNoExtractorReadIsInAnUnsupportedLanguage() {
        SourceDocument d = new SourceDocument("sk.txt", null, 10, "sk", 0.9, "Latn", null, null, null, null, List.of(), List.of());
        List<Diagnostic> found = Validator.standard().validate(new ValidationContext(d, "Projekt je zameraný na rómske komunity.", false, LANGS));
        assertEquals(List.of("validate.unsupported-language"), codes(found));
        assertTrue(found.get(0).message().contains("'sk'") && found.get(0).message().contains("bg, hu, sr"), found.get(0).message());
    }

    @Test
    void undecodableAndEmptyFilesAreErrors() {
        SourceDocument d = doc(null, List.of(), List.of());
        assertEquals(List.of("validate.unreadable"), codes(Validator.standard().validate(new ValidationContext(d, null, false, LANGS))));
        assertEquals(List.of("validate.empty"), codes(Validator.standard().validate(new ValidationContext(d, " \n", false, LANGS))));
    }

    @Test
    void documentRulesDoNotRepeatWhatThePipelineAlreadyRejected() {
        Diagnostic decode = Diagnostic.error("decode.invalid-utf8", "page.txt", 2, 4, "invalid UTF-8");
        SourceDocument d = doc(null, List.of(), List.of(decode));
        assertEquals(List.of(decode), Validator.standard().validate(new ValidationContext(d, null, false, LANGS)));
    }
}
