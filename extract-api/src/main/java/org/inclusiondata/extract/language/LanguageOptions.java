package org.inclusiondata.extract.language;

import java.util.Map;
import java.util.TreeMap;

/**
 * What the user decides about language identification.
 *
 * @param preferWhenUncertain when identification is uncertain and yields a key of this map, use
 *     the value instead (for example {@code bs -> sr} for a corpus known to hold no Bosnian)
 * @param forced a language per file name that overrides identification entirely (for a page the
 *     detector gets wrong); keys are file names as passed to the pipeline, or just their last path
 *     segment
 * @param minConfidence below this detector confidence the result counts as uncertain
 */
public record LanguageOptions(Map<String, String> preferWhenUncertain, Map<String, String> forced, double minConfidence) {

    public static final double DEFAULT_MIN_CONFIDENCE = 0.5;

    public LanguageOptions {
        preferWhenUncertain = preferWhenUncertain == null ? Map.of()
                : java.util.Collections.unmodifiableMap(new TreeMap<>(preferWhenUncertain));
        forced = forced == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(forced));
        if (!(minConfidence >= 0 && minConfidence <= 1)) {
            throw new IllegalArgumentException("minConfidence must be between 0 and 1, got " + minConfidence);
        }
    }

    public static LanguageOptions defaults() {
        return new LanguageOptions(Map.of(), Map.of(), DEFAULT_MIN_CONFIDENCE);
    }

    public LanguageOptions withPreferWhenUncertain(String uncertain, String preferred) {
        Map<String, String> m = new TreeMap<>(preferWhenUncertain);
        m.put(uncertain, preferred);
        return new LanguageOptions(m, forced, minConfidence);
    }

    public LanguageOptions withForced(String file, String language) {
        Map<String, String> m = new TreeMap<>(forced);
        m.put(file, language);
        return new LanguageOptions(preferWhenUncertain, m, minConfidence);
    }

    public LanguageOptions withMinConfidence(double value) {
        return new LanguageOptions(preferWhenUncertain, forced, value);
    }
}
