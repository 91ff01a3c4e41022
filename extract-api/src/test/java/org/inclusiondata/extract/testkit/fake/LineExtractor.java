package org.inclusiondata.extract.testkit.fake;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.inclusiondata.extract.spi.Extraction;
import org.inclusiondata.extract.spi.ProjectExtractor;
import org.inclusiondata.extract.text.SourceText;
import org.inclusiondata.model.Link;
import org.inclusiondata.model.Phrase;
import org.inclusiondata.model.Project;

/**
 * A deliberately tiny, well-behaved extractor that shows the contract kit at work: the first
 * non-blank line is the title, bulleted lines are activities and URLs are links, each with its
 * span. Test scope only; it knows nothing of any language.
 */
public final class LineExtractor implements ProjectExtractor {

    public static final String ID = "fake-lines";

    private static final Pattern URL = Pattern.compile("https?://[^\\s\"<>()]+[^\\s\"<>().,;:]");
    private static final Pattern BULLET = Pattern.compile("(?m)^[ \\t]*[-•*][ \\t]+(\\S[^\\n]*?)[ \\t]*$");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String version() {
        return "1";
    }

    @Override
    public Set<String> languages() {
        return Set.of("hu");
    }

    @Override
    public Set<String> scripts() {
        return Set.of("Latn");
    }

    @Override
    public Extraction extract(SourceText source) {
        String text = source.text();
        Project.Builder project = Project.builder();
        int lineStart = 0;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            int s = lineStart;
            int e = lineEnd;
            while (s < e && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (e > s) {
                project.title(text.substring(s, e), source.span(s, e, ID));
                break;
            }
            lineStart = lineEnd + 1;
        }
        if (project.title() == null) {
            return Extraction.empty();
        }
        Matcher bullet = BULLET.matcher(text);
        while (bullet.find()) {
            project.activity(new Phrase(bullet.group(1), source.span(bullet.start(1), bullet.end(1), ID)));
        }
        Matcher url = URL.matcher(text);
        while (url.find()) {
            project.link(new Link(url.group(), source.span(url.start(), url.end(), ID)));
        }
        return Extraction.of(java.util.List.of(project.build()), java.util.List.of());
    }
}
