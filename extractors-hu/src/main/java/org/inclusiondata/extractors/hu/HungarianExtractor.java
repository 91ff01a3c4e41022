package org.inclusiondata.extractors.hu;

import java.util.Set;
import org.inclusiondata.extract.spi.Extraction;
import org.inclusiondata.extract.spi.ProjectExtractor;
import org.inclusiondata.extract.text.SourceText;

/** Reads project records from Hungarian pages. */
public final class HungarianExtractor implements ProjectExtractor {

    @Override
    public String id() {
        return "hu";
    }

    @Override
    public String version() {
        return "0.1.0";
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
        return Extraction.empty();
    }
}
