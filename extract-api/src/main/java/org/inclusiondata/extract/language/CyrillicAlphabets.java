package org.inclusiondata.extract.language;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The alphabets of the Cyrillic languages the detector confuses ({@code cyrillic-alphabets.txt}).
 * A text full of ђ and ћ is not Bulgarian or Macedonian whatever n-gram statistics say.
 */
final class CyrillicAlphabets {

    /** Share of a text's Cyrillic letters that may fall outside an alphabet (quoted names, typos). */
    private static final double TOLERANCE = 0.005;

    private final Map<String, String> alphabets;

    private CyrillicAlphabets(Map<String, String> alphabets) {
        this.alphabets = Collections.unmodifiableMap(alphabets);
    }

    static CyrillicAlphabets load(String resource) {
        Map<String, String> map = new TreeMap<>();
        try (InputStream in = CyrillicAlphabets.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the extract-api jar");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                String trimmed = line.strip();
                if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                    String[] parts = trimmed.split("\t");
                    map.put(parts[0].strip(), parts[1].strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new CyrillicAlphabets(map);
    }

    Set<String> languages() {
        return alphabets.keySet();
    }

    /** The letters of {@code text} that {@code language}'s alphabet lacks, when there are too many to ignore. */
    Set<String> foreignLetters(String language, String text) {
        String alphabet = alphabets.get(language);
        Set<String> foreign = new TreeSet<>();
        if (alphabet == null) {
            return foreign;
        }
        int cyrillic = 0;
        int outside = 0;
        String lower = text.toLowerCase(Locale.ROOT);
        for (int i = 0; i < lower.length(); ) {
            int cp = lower.codePointAt(i);
            i += Character.charCount(cp);
            if (ScriptDetector.letterScript(cp) == Character.UnicodeScript.CYRILLIC) {
                cyrillic++;
                if (alphabet.indexOf(cp) < 0) {
                    outside++;
                    foreign.add(new String(Character.toChars(cp)));
                }
            }
        }
        return outside > TOLERANCE * cyrillic ? foreign : Set.of();
    }
}
