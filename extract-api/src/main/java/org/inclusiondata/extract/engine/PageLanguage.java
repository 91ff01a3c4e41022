package org.inclusiondata.extract.engine;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.inclusiondata.extract.language.ScriptDetector;
import org.inclusiondata.extract.text.SourceText;
import org.inclusiondata.model.Diagnostic;

/**
 * Whether a page may be read with a language's lexicons at all. An extractor can be called on a
 * page in another language (a forced language, a mirror in English, a detector's mistake); read
 * with the wrong lexicons, its names turn into organisations and places of the wrong country. So
 * a page identified as another language, or with too few letters in the scripts the language's
 * {@code scripts.tsv} asks for, is refused with one diagnostic that says why and what to do.
 */
final class PageLanguage {

    /** The code of the refusal, the same for every language. */
    static final String NOT_THIS_LANGUAGE = "extract.not-this-language";

    private PageLanguage() {
    }

    /** Why {@code source} is not read by extractor {@code id}, or empty when it is read. */
    static Optional<Diagnostic> refusal(String id, Set<String> languages, Map<String, Double> scriptMinimums, SourceText source) {
        String language = source.language();
        if (language != null && !languages.contains(language)) {
            return Optional.of(Diagnostic.warning(NOT_THIS_LANGUAGE, source.name(), 1, 1,
                    "the page " + source.name() + " was identified as '" + language + "', not " + String.join("/", languages.stream().sorted().toList())
                            + ", so the " + id + " extractor read no project from it; force the page's language to "
                            + String.join(" or ", languages.stream().sorted().toList()) + " if the identification is wrong"));
        }
        if (scriptMinimums.isEmpty()) {
            return Optional.empty();
        }
        Map<Character.UnicodeScript, Integer> counts = ScriptDetector.letterCounts(source.text());
        int letters = counts.values().stream().mapToInt(Integer::intValue).sum();
        StringBuilder shares = new StringBuilder();
        for (Map.Entry<String, Double> m : scriptMinimums.entrySet()) {
            int inScript = counts.entrySet().stream().filter(e -> ScriptDetector.code(e.getKey()).equals(m.getKey()))
                    .mapToInt(Map.Entry::getValue).sum();
            double share = letters == 0 ? 0.0 : (double) inScript / letters;
            if (letters > 0 && share >= m.getValue()) {
                return Optional.empty();
            }
            if (shares.length() > 0) {
                shares.append(", ");
            }
            shares.append(String.format(Locale.ROOT, "%.0f%% %s (at least %.0f%% needed)", 100 * share, m.getKey(), 100 * m.getValue()));
        }
        return Optional.of(Diagnostic.warning(NOT_THIS_LANGUAGE, source.name(), 1, 1,
                "the letters of the page " + source.name() + " are " + shares + ", so it is not a "
                        + String.join("/", languages.stream().sorted().toList()) + " page and the " + id
                        + " extractor read no project from it; check the page's language, or register an extractor for it"));
    }
}
