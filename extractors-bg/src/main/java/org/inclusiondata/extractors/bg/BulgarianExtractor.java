package org.inclusiondata.extractors.bg;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.inclusiondata.extract.spi.Extraction;
import org.inclusiondata.extract.spi.ProjectExtractor;
import org.inclusiondata.extract.text.SourceText;
import org.inclusiondata.model.Diagnostic;

/**
 * Reads project records from Bulgarian pages. The language knowledge is in the lexicon resources
 * under {@code org/inclusiondata/extractors/bg/lexicon/}; this class only adds what Bulgarian
 * itself needs: a page that is not in Cyrillic is not a Bulgarian page.
 */
public final class BulgarianExtractor implements ProjectExtractor {

    static final String ID = "bg";

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
        return Set.of("bg");
    }

    @Override
    public Set<String> scripts() {
        return Set.of("Cyrl");
    }

    @Override
    public Extraction extract(SourceText source) {
        ScriptShare share = ScriptShare.of(source.text());
        if (!share.readableAsBulgarian()) {
            return Extraction.of(List.of(), List.of(notCyrillic(source, share)));
        }
        return Extraction.empty();
    }

    private static Diagnostic notCyrillic(SourceText source, ScriptShare share) {
        return Diagnostic.warning("bg.not-cyrillic", source.name(), 1, 1, String.format(Locale.ROOT,
                "only %.0f%% of the letters are Cyrillic, so this is not a Bulgarian page and no project was read from it;"
                        + " check the page's language, or register an extractor for it",
                100 * share.cyrillicShare()));
    }
}
