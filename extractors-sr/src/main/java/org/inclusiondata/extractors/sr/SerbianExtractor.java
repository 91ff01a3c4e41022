package org.inclusiondata.extractors.sr;

import java.util.Set;
import org.inclusiondata.extract.engine.LexiconExtractor;
import org.inclusiondata.extract.spi.Extraction;
import org.inclusiondata.extract.spi.ProjectExtractor;
import org.inclusiondata.extract.text.SourceText;

/**
 * Reads project records from Serbian pages in Cyrillic and in Latin: the shared engine configured
 * with the Serbian lexicons in {@code org/inclusiondata/extractors/sr/lexicon/}, written once in
 * Cyrillic. Serbian adds only what the language itself needs: {@link SerbianFolding}, which lets
 * one lexicon match both scripts while every value keeps the page's own spelling, and
 * {@link Declension}, which gives the name lists their case forms. Telling Serbian from Croatian
 * and Bosnian is the shared language identifier's job.
 */
public final class SerbianExtractor implements ProjectExtractor {

    static final String ID = "sr";
    static final String VERSION = "0.3.0";
    private static final Set<String> LANGUAGES = Set.of("sr");
    private static final Set<String> SCRIPTS = Set.of("Cyrl", "Latn");

    /** Loaded once: the lexicon is immutable and shared by every instance and thread. */
    private static final class Holder {
        static final LexiconExtractor ENGINE = new LexiconExtractor(ID, VERSION, LANGUAGES, SCRIPTS, SerbianLexicons.lexicon());
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String version() {
        return VERSION;
    }

    @Override
    public Set<String> languages() {
        return LANGUAGES;
    }

    @Override
    public Set<String> scripts() {
        return SCRIPTS;
    }

    /** A page identified as another language is refused by the shared engine, with a diagnostic saying why. */
    @Override
    public Extraction extract(SourceText source) {
        return Holder.ENGINE.extract(source);
    }
}
