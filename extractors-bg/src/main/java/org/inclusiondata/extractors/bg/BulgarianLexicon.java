package org.inclusiondata.extractors.bg;

import org.inclusiondata.extract.lexicon.Lexicon;
import org.inclusiondata.extract.lexicon.LexiconLoader;

/**
 * The Bulgarian lexicon, loaded once from this module's resources. Resources of a named module are
 * visible only to the module's own classes, so the module opens them itself.
 */
final class BulgarianLexicon {

    private static final Lexicon LEXICON = LexiconLoader.load(BulgarianExtractor.ID,
            name -> BulgarianLexicon.class.getResourceAsStream("lexicon/" + name));

    private BulgarianLexicon() {
    }

    static Lexicon get() {
        return LEXICON;
    }
}
