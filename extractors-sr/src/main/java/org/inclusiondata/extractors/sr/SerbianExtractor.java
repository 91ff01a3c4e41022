package org.inclusiondata.extractors.sr;

import java.util.List;
import java.util.Set;
import org.inclusiondata.extract.spi.Extraction;
import org.inclusiondata.extract.spi.ProjectExtractor;
import org.inclusiondata.extract.text.SourceText;
import org.inclusiondata.model.Diagnostic;

/**
 * Reads project records from Serbian pages in Cyrillic and in Latin. The language knowledge is in
 * the lexicon resources under {@code org/inclusiondata/extractors/sr/lexicon/}, written once in
 * Cyrillic; this module adds only what Serbian itself needs: {@link SerbianFolding}, which lets one
 * lexicon match both scripts, {@link Declension}, which gives the gazetteer its case forms, and
 * {@link Variety}, which keeps Croatian pages out.
 */
public final class SerbianExtractor implements ProjectExtractor {

    static final String ID = "sr";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String version() {
        return "0.2.0";
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
        Variety variety = Variety.of(source.text());
        if (variety.croatian()) {
            return Extraction.of(List.of(), List.of(Diagnostic.warning("sr.croatian", source.name(), 1, 1,
                    "the page uses Croatian words (" + variety.croatianMarkers() + " against " + variety.serbianMarkers()
                            + " Serbian ones), so it is not read as Serbian and no project was taken from it;"
                            + " check the page's language, or register a Croatian extractor")));
        }
        return Extraction.empty();
    }
}
