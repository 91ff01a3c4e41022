package org.inclusiondata.maven;

import java.util.List;
import java.util.Set;
import org.inclusiondata.extract.spi.Extraction;
import org.inclusiondata.extract.spi.ProjectExtractor;
import org.inclusiondata.extract.text.SourceText;
import org.inclusiondata.model.Project;

/**
 * A test extractor for the goal tests: one project per page titled by the page's first non-blank
 * line. It stands for the real extractors, which live in modules the plugin must not depend on.
 */
public final class FirstLineExtractor implements ProjectExtractor {

    @Override public String id() { return "first-line"; }
    @Override public String version() { return "1"; }
    @Override public Set<String> languages() { return Set.of("hu", "bg", "sr"); }
    @Override public Set<String> scripts() { return Set.of("Latn", "Cyrl"); }

    @Override
    public Extraction extract(SourceText source) {
        String text = source.text();
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            String line = text.substring(start, end).strip();
            if (!line.isEmpty()) {
                int s = start + text.substring(start, end).indexOf(line);
                return Extraction.of(List.of(Project.builder().title(line, source.span(s, s + line.length(), id())).build()), List.of());
            }
            start = end + 1;
        }
        return Extraction.empty();
    }
}
