package org.inclusiondata.extract.language;

import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;

/**
 * ISO 639-3 to ISO 639-1, derived from the JDK's own locale data rather than a hand-kept list, so a
 * detector model with more languages needs no change here.
 */
final class LanguageCodes {

    private static final Map<String, String> ALPHA3_TO_ALPHA2 = build();

    private LanguageCodes() {
    }

    /** The two-letter code of {@code alpha3}, or {@code alpha3} itself when there is none. */
    static String toAlpha2(String alpha3) {
        if (alpha3 == null) {
            return null;
        }
        String code = alpha3.toLowerCase(Locale.ROOT);
        return ALPHA3_TO_ALPHA2.getOrDefault(code, code);
    }

    private static Map<String, String> build() {
        Map<String, String> map = new HashMap<>();
        for (String alpha2 : Locale.getISOLanguages()) {
            try {
                String alpha3 = Locale.forLanguageTag(alpha2).getISO3Language();
                if (!alpha3.isEmpty()) {
                    map.putIfAbsent(alpha3, alpha2);
                }
            } catch (MissingResourceException e) {
                // No three-letter code known to the JDK: nothing to map.
            }
        }
        return Collections.unmodifiableMap(map);
    }
}
