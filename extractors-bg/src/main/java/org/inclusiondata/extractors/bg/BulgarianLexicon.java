package org.inclusiondata.extractors.bg;

import java.util.Set;
import org.inclusiondata.extract.engine.LexiconExtractor;
import org.inclusiondata.extract.lexicon.Lexicon;
import org.inclusiondata.extract.lexicon.LexiconLoader;

/**
 * The Bulgarian lexicon and the shared engine configured with it, loaded once: both are immutable
 * and serve every instance and thread. Resources of a named module are visible only to the
 * module's own classes, so the module opens them itself.
 */
final class BulgarianLexicon {

    /** Part of the build's cache key: raise it whenever a lexicon change alters the output. */
    static final String VERSION = "0.5.0";

    private static final Lexicon LEXICON = LexiconLoader.load(BulgarianExtractor.ID,
            name -> BulgarianLexicon.class.getResourceAsStream("lexicon/" + name));

    private static final LexiconExtractor ENGINE = new LexiconExtractor(BulgarianExtractor.ID, VERSION, Set.of("bg"),
            Set.of("Cyrl"), LEXICON);

    private BulgarianLexicon() {
    }

    static Lexicon get() {
        return LEXICON;
    }

    static LexiconExtractor engine() {
        return ENGINE;
    }
}
