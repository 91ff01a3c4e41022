package org.inclusiondata.extractors.bg;

import java.util.Set;
import org.inclusiondata.extract.spi.Extraction;
import org.inclusiondata.extract.spi.ProjectExtractor;
import org.inclusiondata.extract.text.SourceText;

/**
 * Reads project records from Bulgarian pages: the shared engine configured with the Bulgarian
 * lexicons in {@code org/inclusiondata/extractors/bg/lexicon/}. Bulgarian nouns do not decline,
 * so articles and plurals are data ({@code suffixes.txt}), and so is the share of Cyrillic letters
 * a page needs to be read as Bulgarian ({@code scripts.tsv}): the module has no code of its own.
 */
public final class BulgarianExtractor implements ProjectExtractor {

    static final String ID = "bg";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String version() {
        return BulgarianLexicon.VERSION;
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
        return BulgarianLexicon.engine().extract(source);
    }
}
