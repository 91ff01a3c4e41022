package org.inclusiondata.extractors.hu;

import java.util.Set;
import org.inclusiondata.extract.engine.LexiconExtractor;
import org.inclusiondata.extract.lexicon.LexiconLoader;
import org.inclusiondata.extract.spi.Extraction;
import org.inclusiondata.extract.spi.ProjectExtractor;
import org.inclusiondata.extract.text.SourceText;

/**
 * Reads project records from Hungarian pages: the shared engine configured with the Hungarian
 * lexicons in {@code org/inclusiondata/extractors/hu/lexicon/}. Hungarian needs no code of its
 * own: case endings are data ({@code suffixes.txt}) and the default folding handles accents.
 */
public final class HungarianExtractor implements ProjectExtractor {

    /** Loaded once: the lexicons are immutable and shared by every instance and thread. */
    private static final class Holder {
        static final LexiconExtractor ENGINE = new LexiconExtractor("hu", "0.2.0", Set.of("hu"), Set.of("Latn"),
                // A lambda in this module: only its own classes may read its resources.
                LexiconLoader.load("hu", name -> HungarianExtractor.class.getResourceAsStream("lexicon/" + name)));
    }

    @Override
    public String id() {
        return "hu";
    }

    @Override
    public String version() {
        return Holder.ENGINE.version();
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
        return Holder.ENGINE.extract(source);
    }
}
