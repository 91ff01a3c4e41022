package org.inclusiondata.extract.validation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.inclusiondata.model.Diagnostic;
import org.inclusiondata.model.Link;
import org.inclusiondata.model.Money;
import org.inclusiondata.model.Organization;
import org.inclusiondata.model.Phrase;
import org.inclusiondata.model.Project;
import org.inclusiondata.model.Span;

/**
 * Rules about each project record. A finding is placed at the evidence of the value it is about,
 * or, when that is missing, at the first evidence the record has, so the message points into the
 * page.
 */
public final class RecordRules {

    private RecordRules() {
    }

    /** Every project has a title. */
    public static final ValidationRule TITLE = c -> {
        List<Diagnostic> out = new ArrayList<>();
        for (int i = 0; i < c.document().projects().size(); i++) {
            Project p = c.document().projects().get(i);
            if (p.title() == null || p.title().isBlank()) {
                int[] at = position(anchor(p));
                out.add(Diagnostic.error("validate.no-title", c.file(), at[0], at[1],
                        "project " + (i + 1) + " has no title; the page must name it (check the heading the extractor read)"));
            }
        }
        return out;
    };

    /** A project does not end before it starts; an imprecise date is flagged only when every day it can stand for is earlier. */
    public static final ValidationRule PERIOD = c -> {
        List<Diagnostic> out = new ArrayList<>();
        for (Project p : c.document().projects()) {
            if (p.start() != null && p.end() != null && p.end().isCertainlyBefore(p.start())) {
                int[] at = position(p.evidenceOf("end").orElse(anchor(p)));
                out.add(Diagnostic.error("validate.end-before-start", c.file(), at[0], at[1],
                        label(p) + " ends (" + p.end() + ") before it starts (" + p.start()
                                + "); correct the dates in the page or the way they are read"));
            }
            if (p.durationMonths() != null && p.durationMonths() <= 0) {
                int[] at = position(p.evidenceOf("durationMonths").orElse(anchor(p)));
                out.add(Diagnostic.error("validate.duration-not-positive", c.file(), at[0], at[1],
                        label(p) + " has a duration of " + p.durationMonths() + " months; a duration must be positive"));
            }
            if (p.beneficiaries() != null && p.beneficiaries() < 0) {
                int[] at = position(p.evidenceOf("beneficiaries").orElse(anchor(p)));
                out.add(Diagnostic.error("validate.beneficiaries-negative", c.file(), at[0], at[1],
                        label(p) + " has " + p.beneficiaries() + " beneficiaries; the count cannot be negative"));
            }
        }
        return out;
    };

    /** Money has an ISO 4217 currency and a positive amount. */
    public static final ValidationRule MONEY = c -> {
        List<Diagnostic> out = new ArrayList<>();
        for (Project p : c.document().projects()) {
            for (Money m : p.funding()) {
                int[] at = position(m.span() != null ? m.span() : anchor(p));
                if (!m.hasKnownCurrency()) {
                    out.add(Diagnostic.error("validate.unknown-currency", c.file(), at[0], at[1],
                            "'" + m.currency() + "' in " + label(p) + " is not an ISO 4217 currency code; use a code such as HUF, BGN, RSD or EUR"));
                }
                if (m.amount().compareTo(BigDecimal.ZERO) <= 0) {
                    out.add(Diagnostic.error("validate.non-positive-amount", c.file(), at[0], at[1],
                            "amount " + m.amount().toPlainString() + " " + m.currency() + " in " + label(p)
                                    + " is not positive; a money figure must be greater than zero"));
                }
            }
        }
        return out;
    };

    /** Every evidence span lies inside the decoded text, so it can be shown and checked. */
    public static final ValidationRule SPANS_INSIDE_TEXT = c -> {
        if (c.text() == null) {
            return List.of();
        }
        int length = c.text().length();
        List<Diagnostic> out = new ArrayList<>();
        for (Project p : c.document().projects()) {
            for (Map.Entry<String, Span> e : p.evidence().entrySet()) {
                check(out, c, length, e.getValue(), label(p) + " field " + e.getKey());
            }
            for (Organization o : p.organizations()) {
                check(out, c, length, o.span(), label(p) + " organization '" + o.name() + "'");
            }
            for (Money m : p.funding()) {
                check(out, c, length, m.span(), label(p) + " funding " + m.amount().toPlainString() + " " + m.currency());
            }
            for (List<Phrase> list : List.of(p.programmes(), p.locations(), p.targetGroups(), p.objectives(),
                    p.activities(), p.results())) {
                for (Phrase ph : list) {
                    check(out, c, length, ph.span(), label(p) + " phrase '" + ph.text() + "'");
                }
            }
            for (Link l : p.links()) {
                check(out, c, length, l.span(), label(p) + " link " + l.url());
            }
        }
        return out;
    };

    /** The rules in the order they are reported. */
    public static List<ValidationRule> all() {
        return List.of(TITLE, PERIOD, MONEY, SPANS_INSIDE_TEXT);
    }

    private static void check(List<Diagnostic> out, ValidationContext c, int length, Span span, String what) {
        if (span != null && !span.within(length)) {
            out.add(Diagnostic.error("validate.span-outside-text", c.file(), span.line(), span.column(),
                    "the evidence of " + what + " [" + span.start() + ", " + span.end() + ") lies outside the text of "
                            + length + " characters; extractor '" + span.extractor() + "' must report offsets into the page"));
        }
    }

    private static String label(Project p) {
        return p.title() == null || p.title().isBlank() ? "an untitled project" : "project '" + p.title() + "'";
    }

    /** The earliest evidence a record has, to place findings that concern the whole record. */
    static Span anchor(Project p) {
        Span best = null;
        for (Span s : p.evidence().values()) {
            if (best == null || s.start() < best.start()) {
                best = s;
            }
        }
        for (Organization o : p.organizations()) {
            best = earlier(best, o.span());
        }
        for (Money m : p.funding()) {
            best = earlier(best, m.span());
        }
        return best;
    }

    private static Span earlier(Span a, Span b) {
        return b == null ? a : a == null || b.start() < a.start() ? b : a;
    }

    private static int[] position(Span span) {
        return span == null ? new int[] {1, 1} : new int[] {span.line(), span.column()};
    }
}
