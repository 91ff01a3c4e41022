package org.inclusiondata.extractors.sr;

import java.util.Set;
import org.inclusiondata.extract.spi.Extraction;
import org.inclusiondata.extract.spi.ProjectExtractor;
import org.inclusiondata.extract.text.SourceText;

/** Reads project records from Serbian pages. */
public final class SerbianExtractor implements ProjectExtractor {

    @Override
    public String id() {
        return "sr";
    }

    @Override
    public String version() {
        return "0.1.0";
    }

    @Override
    public Set<String> languages() {
        return Set.of("sr");
    }

    @Override
    public Set<String> scripts() {
        return Set.of("Cyrl", "Latn");
    }

    @Override
    public Extraction extract(SourceText source) {
        return Extraction.empty();
    }
}
