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
 * lexicon match both scripts, and {@link Declension}, which gives the gazetteer its case forms. Telling Serbian
 * from Croatian and Bosnian is the shared language identifier's job.
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
        if (source.language() != null && !languages().contains(source.language())) {
            // The shared identifier tells Serbian from Croatian and Bosnian; a page it did not
            // call Serbian is not read with Serbian lexicons even if this extractor is forced.
            return Extraction.of(List.of(), List.of(Diagnostic.warning("sr.not-serbian", source.name(), 1, 1,
                    "the page was identified as '" + source.language() + "', not Serbian, so no project was read from it;"
                            + " force the file's language to sr if the identification is wrong")));
        }
        return Extraction.empty();
    }
}
