package org.inclusiondata.maven.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.inclusiondata.extract.evaluation.Counts;
import org.inclusiondata.extract.evaluation.EvaluationReport;
import org.inclusiondata.extract.evaluation.ScoredField;
import java.util.TreeSet;
import org.inclusiondata.maven.summary.DatasetSummary;
import org.inclusiondata.model.Dataset;
import org.inclusiondata.model.Diagnostic;
import org.inclusiondata.model.Phrase;
import org.inclusiondata.model.Project;
import org.inclusiondata.model.Severity;
import org.inclusiondata.model.Span;

/**
 * A self-contained HTML report (inline style, no script, no external resource): a summary table per
 * language and field, the evaluation figures when there are gold answers, then for each document its diagnostics, its text with every extracted value
 * highlighted where its evidence span lies, and the extracted values listed beside the text.
 *
 * <p>A highlight is a {@code <mark>} with {@code data-field} (the field name) and {@code data-value}
 * ids that link it to the value in the list; overlapping evidence is cut into segments so every
 * character is highlighted once, carrying all the fields that cover it.
 */
public final class HtmlReport {

    private static final String STYLE = """
            body{font-family:system-ui,sans-serif;margin:1.5em;color:#222}
            table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #bbb;padding:.2em .5em;text-align:right}
            th:first-child,td:first-child{text-align:left}
            .doc{border-top:2px solid #444;margin-top:2em;padding-top:.5em}
            .cols{display:flex;gap:1.5em;align-items:flex-start}
            pre.page{white-space:pre-wrap;flex:3;background:#fafafa;border:1px solid #ddd;padding:.7em;max-width:60em}
            .values{flex:2}.values li{margin:.15em 0}
            mark{background:#ffe27a;border-bottom:2px solid #d9a400}
            .error{color:#a00}.warning{color:#a60}.info{color:#555}
            .field{font-weight:bold}
            """;

    private HtmlReport() {
    }

    public static void write(List<PageView> pages, Writer out) throws IOException {
        write(pages, null, out);
    }

    /**
     * Writes the report; when {@code evaluation} is given (gold answers stand beside the pages), a
     * table of precision, recall and F1 per field and per language follows the summary.
     */
    public static void write(List<PageView> pages, EvaluationReport evaluation, Writer out) throws IOException {
        Dataset dataset = Dataset.of(pages.stream().map(PageView::document).toList());
        List<PageView> sorted = pages.stream().sorted(Comparator.comparing(p -> p.document().document())).toList();
        StringBuilder html = new StringBuilder(64 * 1024);
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>Inclusion data: extraction report</title>\n<style>").append(STYLE).append("</style>\n</head>\n<body>\n")
                .append("<h1>Inclusion data: extraction report</h1>\n");
        summary(html, DatasetSummary.of(dataset), sorted);
        if (evaluation != null) {
            evaluation(html, evaluation);
        }
        for (int i = 0; i < sorted.size(); i++) {
            document(html, sorted.get(i), i);
        }
        html.append("</body>\n</html>\n");
        out.write(html.toString());
    }

    private static void summary(StringBuilder html, DatasetSummary summary, List<PageView> pages) {
        long errors = pages.stream().flatMap(p -> p.diagnostics().stream()).filter(d -> d.severity() == Severity.ERROR).count();
        long warnings = pages.stream().flatMap(p -> p.diagnostics().stream()).filter(d -> d.severity() == Severity.WARNING).count();
        html.append("<section id=\"summary\">\n<h2>Summary</h2>\n<p>").append(summary.totalDocuments()).append(" documents, ")
                .append(summary.totalProjects()).append(" projects, ").append(errors).append(" errors, ")
                .append(warnings).append(" warnings.</p>\n<table class=\"summary\">\n<tr><th>field</th>");
        List<String> languages = new ArrayList<>(summary.documents().keySet());
        languages.forEach(l -> html.append("<th>").append(esc(l)).append("</th>"));
        html.append("</tr>\n<tr><td>documents</td>");
        languages.forEach(l -> html.append("<td>").append(summary.documents().get(l)).append("</td>"));
        html.append("</tr>\n<tr><td>projects</td>");
        languages.forEach(l -> html.append("<td>").append(summary.projects().get(l)).append("</td>"));
        html.append("</tr>\n");
        for (String field : Project.FIELDS) {
            html.append("<tr data-field=\"").append(field).append("\"><td>").append(field).append("</td>");
            languages.forEach(l -> html.append("<td>").append(summary.filled().get(l).getOrDefault(field, 0)).append("</td>"));
            html.append("</tr>\n");
        }
        html.append("</table>\n<p>Cells count the projects that have the field filled.</p>\n</section>\n");
    }

    private static void evaluation(StringBuilder html, EvaluationReport e) {
        html.append("<section id=\"evaluation\">\n<h2>Quality against the gold answers</h2>\n<p>")
                .append(e.documents()).append(" gold documents, scored as SCORING.md defines.</p>\n")
                .append("<table class=\"evaluation\">\n<tr><th>field</th><th>P</th><th>R</th><th>F1</th><th>gold</th></tr>\n");
        for (ScoredField f : ScoredField.values()) {
            Counts c = e.field(f);
            html.append("<tr data-field=\"").append(f.key()).append("\"><td>").append(f.key()).append("</td>")
                    .append(figures(c)).append("<td>").append(c.support()).append("</td></tr>\n");
        }
        e.languages().forEach((language, c) -> html.append("<tr data-language=\"").append(esc(language)).append("\"><td>language ")
                .append(esc(language)).append("</td>").append(figures(c)).append("<td>").append(c.support()).append("</td></tr>\n"));
        html.append("<tr class=\"micro\"><td>all (micro)</td>").append(figures(e.micro())).append("<td>")
                .append(e.micro().support()).append("</td></tr>\n</table>\n<p>Macro-field F1 ")
                .append(String.format(Locale.ROOT, "%.3f", e.macroF1())).append(".</p>\n</section>\n");
    }

    private static String figures(Counts c) {
        return String.format(Locale.ROOT, "<td>%.3f</td><td>%.3f</td><td>%.3f</td>", c.precision(), c.recall(), c.f1());
    }

    /** One highlighted value: where it is, which field, and the id of its entry in the list. */
    private record Evidence(Span span, String field, String valueId) {
    }

    private static void document(StringBuilder html, PageView page, int index) {
        var d = page.document();
        String docId = "d" + index;
        html.append("<section class=\"doc\" id=\"").append(docId).append("\" data-document=\"").append(esc(d.document())).append("\">\n")
                .append("<h2>").append(esc(d.document())).append("</h2>\n<p>language ").append(esc(show(d.language())))
                .append(", script ").append(esc(show(d.script()))).append(", extractor ").append(esc(show(d.extractor())))
                .append(d.extractorVersion() == null ? "" : " " + esc(d.extractorVersion()))
                .append(", ").append(d.projects().size()).append(" project(s)</p>\n");
        if (!page.diagnostics().isEmpty()) {
            html.append("<ul class=\"diagnostics\">\n");
            for (Diagnostic diag : page.diagnostics()) {
                html.append("<li class=\"").append(diag.severity().code()).append("\">").append(esc(diag.format())).append("</li>\n");
            }
            html.append("</ul>\n");
        }
        List<Evidence> evidence = new ArrayList<>();
        StringBuilder values = new StringBuilder("<div class=\"values\">\n");
        for (int p = 0; p < d.projects().size(); p++) {
            values(values, evidence, d.projects().get(p), docId + "p" + p);
        }
        values.append("</div>\n");
        html.append("<div class=\"cols\">\n");
        if (page.text() == null) {
            html.append("<pre class=\"page unreadable\">(the file could not be decoded, so there is no text to show)</pre>\n");
        } else {
            html.append("<pre class=\"page\">");
            highlighted(html, page.text(), evidence);
            html.append("</pre>\n");
        }
        html.append(values).append("</div>\n</section>\n");
    }

    private static void values(StringBuilder out, List<Evidence> evidence, Project p, String prefix) {
        out.append("<h3>").append(esc(p.title() == null ? "(untitled project)" : p.title())).append("</h3>\n<ul>\n");
        int[] n = {0};
        // Values are listed in the order of the annotation guide, whatever order the evidence map has.
        for (String field : Project.FIELDS) {
            switch (field) {
                case "organizations" -> p.organizations().forEach(o -> entry(out, evidence, prefix + "-" + n[0]++, field,
                        o.name() + " (" + o.role().code() + ")", o.span()));
                case "funding" -> p.funding().forEach(m -> entry(out, evidence, prefix + "-" + n[0]++, field,
                        m.amount().toPlainString() + " " + m.currency() + " (" + m.kind().code() + ")", m.span()));
                case "programmes" -> phrases(out, evidence, prefix, n, field, p.programmes());
                case "locations" -> phrases(out, evidence, prefix, n, field, p.locations());
                case "targetGroups" -> phrases(out, evidence, prefix, n, field, p.targetGroups());
                case "objectives" -> phrases(out, evidence, prefix, n, field, p.objectives());
                case "activities" -> phrases(out, evidence, prefix, n, field, p.activities());
                case "results" -> phrases(out, evidence, prefix, n, field, p.results());
                case "links" -> p.links().forEach(l -> entry(out, evidence, prefix + "-" + n[0]++, field, l.url(), l.span()));
                default -> {
                    if (DatasetSummary.isFilled(p, field)) {
                        entry(out, evidence, prefix + "-" + n[0]++, field, scalar(p, field), p.evidence().get(field));
                    }
                }
            }
        }
        out.append("</ul>\n");
    }

    private static String scalar(Project p, String field) {
        Object v = switch (field) {
            case "title" -> p.title();
            case "acronym" -> p.acronym();
            case "start" -> p.start();
            case "end" -> p.end();
            case "durationMonths" -> p.durationMonths();
            case "beneficiaries" -> p.beneficiaries();
            default -> null;
        };
        return v == null ? "" : v.toString();
    }

    private static void phrases(StringBuilder out, List<Evidence> evidence, String prefix, int[] n, String field, List<Phrase> list) {
        for (Phrase ph : list) {
            entry(out, evidence, prefix + "-" + n[0]++, field, ph.text(), ph.span());
        }
    }

    private static void entry(StringBuilder out, List<Evidence> evidence, String id, String field, String value, Span span) {
        out.append("<li id=\"").append(id).append("\" data-field=\"").append(field).append("\"><span class=\"field\">")
                .append(field).append("</span>: ").append(esc(value));
        if (span != null) {
            out.append(" <small>(").append(span.line()).append(':').append(span.column()).append(")</small>");
            evidence.add(new Evidence(span, field, id));
        }
        out.append("</li>\n");
    }

    /**
     * Writes the text with a {@code <mark>} around every stretch covered by evidence. The text is
     * cut at every span boundary, so overlapping spans never produce crossed tags.
     */
    private static void highlighted(StringBuilder html, String text, List<Evidence> evidence) {
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
        List<Evidence> shown = evidence.stream()
                .filter(e -> e.span().end() <= text.length() && e.span().length() > 0).toList();
        shown.forEach(e -> {
            cuts.add(e.span().start());
            cuts.add(e.span().end());
        });
        Integer from = null;
        for (int to : cuts) {
            if (from != null) {
                int start = from;
                List<Evidence> covering = shown.stream().filter(e -> e.span().start() <= start && e.span().end() >= to).toList();
                String segment = esc(text.substring(start, to));
                if (covering.isEmpty()) {
                    html.append(segment);
                } else {
                    TreeSet<String> fields = new TreeSet<>();
                    List<String> ids = new ArrayList<>();
                    covering.forEach(e -> {
                        fields.add(e.field());
                        ids.add(e.valueId());
                    });
                    html.append("<mark data-field=\"").append(String.join(" ", fields)).append("\" data-value=\"")
                            .append(String.join(" ", ids)).append("\" title=\"").append(String.join(", ", fields)).append("\">")
                            .append(segment).append("</mark>");
                }
            }
            from = to;
        }
    }

    private static String show(String s) {
        return s == null ? "none" : s;
    }

    static String esc(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
