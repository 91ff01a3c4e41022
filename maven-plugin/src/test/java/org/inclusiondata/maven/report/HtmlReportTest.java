package org.inclusiondata.maven.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.inclusiondata.extract.evaluation.Evaluation;
import org.inclusiondata.extract.evaluation.EvaluationReport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.inclusiondata.maven.Fixtures;
import org.inclusiondata.model.Project;
import org.inclusiondata.model.SourceDocument;
import org.inclusiondata.model.Span;
import org.junit.jupiter.api.Test;

class HtmlReportTest {

    static String html(List<PageView> pages) throws IOException {
        StringWriter out = new StringWriter();
        HtmlReport.write(pages, out);
        return out.toString();
    }

    static List<PageView> fixturePages() {
        SourceDocument doc = Fixtures.document();
        return List.of(new PageView(Fixtures.unreadable(), null, Fixtures.unreadable().diagnostics()),
                new PageView(doc, Fixtures.TEXT, doc.diagnostics()));
    }

    /** The text inside the {@code <pre class="page">} of a document, with tags removed and entities decoded. */
    static String visibleText(String html, String document) {
        int section = html.indexOf("data-document=\"" + document + "\"");
        int start = html.indexOf("<pre class=\"page\">", section) + "<pre class=\"page\">".length();
        int end = html.indexOf("</pre>", start);
        return unescape(html.substring(start, end).replaceAll("<[^>]*>", ""));
    }

    static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
    }

    @Test
    void showsThePageTextUnchangedWithEveryValueHighlightedAtItsSpan() throws IOException {
        String html = html(fixturePages());
        assertEquals(Fixtures.TEXT, visibleText(html, "kozos-ut.txt"));
        assertTrue(html.contains("<mark data-field=\"title\""), html);
        assertTrue(html.contains(">Közös út &lt;2019&gt;</mark>"), html);
        assertTrue(html.contains("<mark data-field=\"organizations\" data-value=\"d1p0-"), html);
        // "Nagykálló" is covered by two location spans: one mark names both values, no tags cross.
        Matcher m = Pattern.compile("<mark data-field=\"locations\" data-value=\"(d1p0-\\d+ d1p0-\\d+)\"[^>]*>Nagykálló</mark>").matcher(html);
        assertTrue(m.find(), html);
        assertTrue(html.contains("kozos-ut.txt:2:1: warning: a &lt;note&gt; about line 2"), html);
        assertTrue(html.contains("broken.txt:1:2: error: not UTF-8"), html);
        assertTrue(html.contains("could not be decoded"), html);
        assertFalse(html.contains("http://") || html.contains("<script") || html.contains("<link"), "self-contained");
    }

    @Test
    void hasASummaryRowPerField() throws IOException {
        String html = html(fixturePages());
        for (String field : Project.FIELDS) {
            assertTrue(html.contains("<tr data-field=\"" + field + "\">"), field);
        }
        assertTrue(html.contains("<tr data-field=\"locations\"><td>locations</td><td>0</td><td>1</td></tr>"), html);
    }

    @Test
    void showsTheEvaluationWhenGoldAnswersAreGiven() throws IOException {
        SourceDocument doc = Fixtures.document();
        Project missing = Project.builder().title("Egy másik projekt", null).build();
        SourceDocument gold = new SourceDocument(doc.document(), null, 0, "hu", null, "Latn", null, null, null, null,
                List.of(doc.projects().get(0), missing), List.of());
        EvaluationReport evaluation = Evaluation.score(Map.of("kozos-ut.gold.json", gold), List.of(doc));
        StringWriter out = new StringWriter();
        HtmlReport.write(fixturePages(), evaluation, out);
        String html = out.toString();
        assertTrue(html.contains("<tr data-field=\"title\"><td>title</td><td>1.000</td><td>0.500</td><td>0.667</td><td>2</td></tr>"), html);
        assertTrue(html.contains("<tr data-language=\"hu\"><td>language hu</td>"), html);
        assertFalse(html(fixturePages()).contains("id=\"evaluation\""));
    }

    @Test
    void isDeterministicAndIndependentOfInputOrder() throws IOException {
        List<PageView> reversed = new ArrayList<>(fixturePages());
        java.util.Collections.reverse(reversed);
        assertEquals(html(fixturePages()), html(reversed));
    }

    @Property(tries = 200)
    void arbitrarySpansNeverAlterTheTextOrBreakTheMarkup(@ForAll String text, @ForAll @IntRange(max = 40) int a,
                                                        @ForAll @IntRange(max = 40) int b, @ForAll @IntRange(max = 60) int c) throws IOException {
        int s1 = Math.min(a, b);
        int e1 = Math.max(a, b);
        Project p = Project.builder().title("t", new Span(s1, e1, 1, 1, "x"))
                .location(new org.inclusiondata.model.Phrase("l", new Span(Math.min(c, e1), Math.max(c, e1), 1, 1, "x"))).build();
        SourceDocument d = new SourceDocument("p.txt", null, 0, "hu", null, null, "x", "1", null, null, List.of(p), List.of());
        String html = html(List.of(new PageView(d, text, List.of())));
        assertEquals(text, visibleText(html, "p.txt"));
        String page = html.substring(html.indexOf("<pre class=\"page\">"), html.indexOf("</pre>", html.indexOf("<pre class=\"page\">")));
        assertEquals(count(page, "<mark "), count(page, "</mark>"));
        assertFalse(page.replaceAll("<mark [^>]*>[^<]*</mark>", "").contains("<mark"), "marks never nest or cross");
    }

    private static int count(String s, String needle) {
        int n = 0;
        for (int i = s.indexOf(needle); i >= 0; i = s.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}
