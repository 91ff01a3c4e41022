package org.inclusiondata.extract.language;

import java.util.List;
import org.inclusiondata.model.Diagnostic;

/**
 * The language and script of one text.
 *
 * @param language ISO 639-1 code (ISO 639-3 when the language has no two-letter code), or null
 *     when the text has no letters to judge by
 * @param confidence the detector's confidence in {@code language} (for a language told apart from
 *     its close neighbours by markers, the detector's confidence in the whole group), or null
 * @param script ISO 15924 code of the script most letters are written in, or null
 * @param candidates the detector's best guesses, best first
 * @param alternatives languages exactly as plausible as {@code language} (close neighbours that
 *     nothing in the text tells apart), most likely first; a caller with no extractor for
 *     {@code language} may use one of these
 * @param diagnostics warnings about uncertain or overridden decisions
 */
public record Identification(String language, Double confidence, String script, List<Candidate> candidates,
        List<String> alternatives, List<Diagnostic> diagnostics) {

    public Identification {
        candidates = candidates == null ? List.of() : List.copyOf(candidates);
        alternatives = alternatives == null ? List.of() : List.copyOf(alternatives);
        diagnostics = diagnostics == null ? List.of() : List.copyOf(diagnostics);
    }

    /** The same identification read as another language, with a diagnostic saying why. */
    public Identification as(String newLanguage, Double newConfidence, Diagnostic why) {
        List<Diagnostic> all = new java.util.ArrayList<>(diagnostics);
        all.add(why);
        return new Identification(newLanguage, newConfidence, script, candidates, List.of(), all);
    }

    /** One language the detector considered, with its confidence. */
    public record Candidate(String language, double confidence) {
        @Override
        public String toString() {
            return language + String.format(java.util.Locale.ROOT, " (%.3f)", confidence);
        }
    }
}
