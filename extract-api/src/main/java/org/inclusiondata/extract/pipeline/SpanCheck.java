package org.inclusiondata.extract.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.inclusiondata.model.Diagnostic;
import org.inclusiondata.model.Link;
import org.inclusiondata.model.Money;
import org.inclusiondata.model.Organization;
import org.inclusiondata.model.Phrase;
import org.inclusiondata.model.Project;
import org.inclusiondata.model.Span;

/**
 * Removes spans that point outside the page's text (an extractor bug that would otherwise make
 * provenance lie) and reports each one; the value itself is kept.
 */
final class SpanCheck {

    private final String file;
    private final String extractor;
    private final int length;
    private final List<Diagnostic> diagnostics;

    SpanCheck(String file, String extractor, int length, List<Diagnostic> diagnostics) {
        this.file = file;
        this.extractor = extractor;
        this.length = length;
        this.diagnostics = diagnostics;
    }

    Project check(Project p) {
        Map<String, Span> evidence = new TreeMap<>();
        for (Map.Entry<String, Span> e : p.evidence().entrySet()) {
            if (ok(p, e.getKey(), e.getValue())) {
                evidence.put(e.getKey(), e.getValue());
            }
        }
        return new Project(p.id(), p.title(), p.acronym(), p.start(), p.end(), p.durationMonths(),
                items(p, "organizations", p.organizations(), Organization::span, (o, s) -> new Organization(o.name(), o.role(), s)),
                items(p, "funding", p.funding(), Money::span, (m, s) -> new Money(m.amount(), m.currency(), m.kind(), s)),
                items(p, "programmes", p.programmes(), Phrase::span, SpanCheck::phrase),
                items(p, "locations", p.locations(), Phrase::span, SpanCheck::phrase),
                items(p, "targetGroups", p.targetGroups(), Phrase::span, SpanCheck::phrase),
                p.beneficiaries(),
                items(p, "objectives", p.objectives(), Phrase::span, SpanCheck::phrase),
                items(p, "activities", p.activities(), Phrase::span, SpanCheck::phrase),
                items(p, "results", p.results(), Phrase::span, SpanCheck::phrase),
                items(p, "links", p.links(), Link::span, (l, s) -> new Link(l.url(), s)),
                new TreeMap<>(evidence));
    }

    private static Phrase phrase(Phrase p, Span s) {
        return new Phrase(p.text(), s);
    }

    private <T> List<T> items(Project p, String field, List<T> list, Function<T, Span> span, BiFunction<T, Span, T> withSpan) {
        List<T> out = new ArrayList<>(list.size());
        for (T item : list) {
            Span s = span.apply(item);
            out.add(s == null || ok(p, field, s) ? item : withSpan.apply(item, null));
        }
        return out;
    }

    private boolean ok(Project p, String field, Span s) {
        if (s == null || s.within(length)) {
            return true;
        }
        diagnostics.add(Diagnostic.warning("pipeline.span-outside-text", file, 1, 1,
                "extractor '" + extractor + "' gave " + field + " of project " + p.id() + " the span [" + s.start()
                        + ", " + s.end() + ") but the text has only " + length
                        + " characters; the span was dropped (an extractor bug: report it)"));
        return false;
    }
}
