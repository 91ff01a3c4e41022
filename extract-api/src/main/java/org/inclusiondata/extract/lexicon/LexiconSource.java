package org.inclusiondata.extract.lexicon;

import java.io.IOException;
import java.io.InputStream;

/**
 * Opens the lexicon files of one language. A language module passes a lambda written in its own
 * code, such as {@code name -> HungarianExtractor.class.getResourceAsStream("lexicon/" + name)},
 * because resources of a named module are only visible to that module's own classes.
 */
@FunctionalInterface
public interface LexiconSource {

    /** The file's bytes, or {@code null} when the language does not ship this file. */
    InputStream open(String fileName) throws IOException;
}
