package org.inclusiondata.extract.spi;

import java.util.Set;
import org.inclusiondata.extract.text.SourceText;

/**
 * Reads project records out of one decoded, normalised page. This is what a contributor implements
 * to add a language: register the implementation in {@code META-INF/services/
 * org.inclusiondata.extract.spi.ProjectExtractor} and with {@code provides ... with} in
 * {@code module-info.java}; the registry finds it through {@link java.util.ServiceLoader}.
 *
 * <p>Implementations must be stateless or thread-safe: one instance serves many documents on many
 * threads. They must not throw on odd input; problems go into the returned diagnostics.
 */
public interface ProjectExtractor {

    /** A stable identifier, such as {@code hu}, recorded in every span this extractor makes. */
    String id();

    /** The extractor's version; part of the build's cache key, so change it when output changes. */
    String version();

    /** ISO 639-1 codes of the languages this extractor reads. */
    Set<String> languages();

    /** ISO 15924 codes of the scripts this extractor reads, such as {@code Latn} or {@code Cyrl}. */
    Set<String> scripts();

    /** Among extractors for the same language and script, the highest priority wins. */
    default int priority() {
        return 0;
    }

    /**
     * Extracts the projects the text describes. Offsets used for spans are offsets into
     * {@link SourceText#text()}; {@link SourceText#span(int, int, String)} maps them back to the
     * original characters.
     */
    Extraction extract(SourceText source);
}
