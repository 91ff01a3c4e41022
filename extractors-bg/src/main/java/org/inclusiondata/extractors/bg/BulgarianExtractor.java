package org.inclusiondata.extractors.bg;

import java.util.Set;
import org.inclusiondata.extract.spi.Extraction;
import org.inclusiondata.extract.spi.ProjectExtractor;
import org.inclusiondata.extract.text.SourceText;

/** Reads project records from Bulgarian pages. */
public final class BulgarianExtractor implements ProjectExtractor {

    @Override
    public String id() {
        return "bg";
    }

    @Override
    public String version() {
        return "0.1.0";
    }

    @Override
    public Set<String> languages() {
        return Set.of("bg");
    }

    @Override
    public Set<String> scripts() {
        return Set.of("Cyrl");
    }

    @Override
    public Extraction extract(SourceText source) {
        return Extraction.empty();
    }
}
