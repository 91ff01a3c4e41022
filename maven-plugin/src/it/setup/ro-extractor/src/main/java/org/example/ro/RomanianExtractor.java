package org.example.ro;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.inclusiondata.extract.spi.Extraction;
import org.inclusiondata.extract.spi.ProjectExtractor;
import org.inclusiondata.extract.text.SourceText;
import org.inclusiondata.model.FundingKind;
import org.inclusiondata.model.Money;
import org.inclusiondata.model.PartialDate;
import org.inclusiondata.model.Project;

/** Reads "Proiect:", "Data începerii:", "Data finalizării:" and "Buget:" lines of Romanian pages. */
public final class RomanianExtractor implements ProjectExtractor {

    private static final Pattern LINE = Pattern.compile(
            "^(Proiect|Data începerii|Data finalizării|Buget):[ \\t]*(.+?)[ \\t]*$", Pattern.MULTILINE);
    private static final Pattern MONEY = Pattern.compile("([0-9.]+(?:,[0-9]+)?) (lei|RON|EUR)");

    @Override public String id() { return "ro-demo"; }
    @Override public String version() { return "1.0"; }
    @Override public Set<String> languages() { return Set.of("ro"); }
    @Override public Set<String> scripts() { return Set.of("Latn"); }

    @Override
    public Extraction extract(SourceText source) {
        List<Project> projects = new ArrayList<>();
        Project.Builder current = null;
        Matcher m = LINE.matcher(source.text());
        while (m.find()) {
            int s = m.start(2);
            int e = m.end(2);
            String value = m.group(2);
            if (m.group(1).equals("Proiect")) {
                if (current != null) {
                    projects.add(current.build());
                }
                current = Project.builder().title(value, source.span(s, e, id()));
            } else if (current != null && m.group(1).startsWith("Data")) {
                try {
                    PartialDate date = PartialDate.parse(value);
                    if (m.group(1).endsWith("începerii")) {
                        current.start(date, source.span(s, e, id()));
                    } else {
                        current.end(date, source.span(s, e, id()));
                    }
                } catch (IllegalArgumentException ignored) {
                    // Not an ISO date: this small extractor reads no other form.
                }
            } else if (current != null) {
                Matcher money = MONEY.matcher(value);
                if (money.find()) {
                    BigDecimal amount = new BigDecimal(money.group(1).replace(".", "").replace(',', '.'));
                    String currency = money.group(2).equals("lei") ? "RON" : money.group(2);
                    current.funding(new Money(amount, currency, FundingKind.TOTAL,
                            source.span(s + money.start(), s + money.end(), id())));
                }
            }
        }
        if (current != null) {
            projects.add(current.build());
        }
        return Extraction.of(projects, List.of());
    }
}
