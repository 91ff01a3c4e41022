package org.inclusiondata.maven;

import java.math.BigDecimal;
import java.util.List;
import org.inclusiondata.model.Diagnostic;
import org.inclusiondata.model.FundingKind;
import org.inclusiondata.model.Link;
import org.inclusiondata.model.Money;
import org.inclusiondata.model.Organization;
import org.inclusiondata.model.PartialDate;
import org.inclusiondata.model.Phrase;
import org.inclusiondata.model.Project;
import org.inclusiondata.model.Role;
import org.inclusiondata.model.SourceDocument;
import org.inclusiondata.model.Span;

/** A small page and what an extractor could have read from it, with real spans into the text. */
public final class Fixtures {

    public static final String TEXT = "Projekt: Közös út <2019>\r\nKezdés: 2019. május\nVezető: Esély & Társa Egyesület\n"
            + "Támogatás: 4.492.400 Ft\nHelyszín: Nagykálló, Budapest | Pest\nhttps://example.org/kozos-ut\n";

    private Fixtures() {
    }

    public static Span span(String needle) {
        int s = TEXT.indexOf(needle);
        if (s < 0) {
            throw new IllegalArgumentException(needle);
        }
        String before = TEXT.substring(0, s);
        int line = 1 + (int) before.chars().filter(c -> c == '\n').count();
        int col = s - Math.max(before.lastIndexOf('\n'), -1);
        return new Span(s, s + needle.length(), line, col, "hu");
    }

    public static Project project() {
        return Project.builder().id("p1")
                .title("Közös út <2019>", span("Közös út <2019>"))
                .start(PartialDate.ofMonth(2019, 5), span("2019. május"))
                .organization(new Organization("Esély & Társa Egyesület", Role.LEAD, span("Esély & Társa Egyesület")))
                .funding(new Money(new BigDecimal("4492400"), "HUF", FundingKind.GRANT, span("4.492.400 Ft")))
                .location(new Phrase("Nagykálló", span("Nagykálló")))
                .location(new Phrase("Budapest | Pest", span("Budapest | Pest")))
                .location(new Phrase("Nagykálló, Budapest", span("Nagykálló, Budapest")))
                .link(new Link("https://example.org/kozos-ut", span("https://example.org/kozos-ut")))
                .build();
    }

    public static SourceDocument document() {
        return new SourceDocument("kozos-ut.txt", null, TEXT.length(), "hu", 0.99, "Latn", "hu", "1.0", null, null,
                List.of(project()), List.of(Diagnostic.warning("test.note", "kozos-ut.txt", 2, 1, "a <note> about line 2")));
    }

    public static SourceDocument unreadable() {
        return new SourceDocument("broken.txt", null, 3, null, null, null, null, null, null, null, List.of(),
                List.of(Diagnostic.error("decode.invalid-utf8", "broken.txt", 1, 2, "not UTF-8")));
    }
}
