package org.inclusiondata.extractors.bg;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.inclusiondata.extract.spi.Extraction;
import org.inclusiondata.extract.spi.ProjectExtractor;
import org.inclusiondata.extract.text.SourceText;
import org.inclusiondata.model.Diagnostic;

/**
 * Reads project records from Bulgarian pages: the shared engine configured with the Bulgarian
 * lexicons in {@code org/inclusiondata/extractors/bg/lexicon/}. Bulgarian nouns do not decline,
 * so articles and plurals are data ({@code suffixes.txt}); the only code of its own is the check
 * that a page is written in Cyrillic at all.
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
        ScriptShare share = ScriptShare.of(source.text());
        if (!share.readableAsBulgarian()) {
            return Extraction.of(List.of(), List.of(notCyrillic(source, share)));
        }
        return BulgarianLexicon.engine().extract(source);
    }

    private static Diagnostic notCyrillic(SourceText source, ScriptShare share) {
        return Diagnostic.warning("bg.not-cyrillic", source.name(), 1, 1, String.format(Locale.ROOT,
                "only %.0f%% of the letters are Cyrillic, so this is not a Bulgarian page and no project was read from it;"
                        + " check the page's language, or register an extractor for it",
                100 * share.cyrillicShare()));
    }
}
