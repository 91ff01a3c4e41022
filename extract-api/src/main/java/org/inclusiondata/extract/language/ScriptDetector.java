package org.inclusiondata.extract.language;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The script most letters of a text are written in, as an ISO 15924 code. Digits, punctuation and
 * marks (scripts Common and Inherited) do not count. Thread-safe.
 */
public final class ScriptDetector {

    /** ISO 15924 for "unknown script". */
    public static final String UNKNOWN = "Zzzz";

    private static final Map<Character.UnicodeScript, String> CODES = loadCodes();

    private ScriptDetector() {
    }

    private static final Character.UnicodeScript[] SCRIPTS = Character.UnicodeScript.values();

    /** The dominant script of {@code text}, or null when it has no letters. */
    public static String dominantScript(CharSequence text) {
        return dominantScript(letterCounts(text));
    }

    /** The script with the most letters in {@code counts} (as {@link #letterCounts} gives them), or null when there are none. */
    public static String dominantScript(Map<Character.UnicodeScript, Integer> counts) {
        Character.UnicodeScript best = null;
        int bestCount = 0;
        // EnumMap iterates in declaration order, so ties are decided the same way every time.
        for (Map.Entry<Character.UnicodeScript, Integer> e : counts.entrySet()) {
            if (e.getValue() > bestCount) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        return best == null ? null : code(best);
    }

    /** How many letters of each script {@code text} has. */
    public static Map<Character.UnicodeScript, Integer> letterCounts(CharSequence text) {
        // Counted in plain ints, with the letters of this project's pages looked up in a table: this
        // runs over every character of every page, and boxing a count per letter cost more than the rest.
        int[] counts = new int[SCRIPTS.length];
        for (int i = 0; i < text.length(); ) {
            char c = text.charAt(i);
            if (c < LOW_LIMIT) {
                i++;
                int script = LOW_SCRIPTS[c];
                if (script >= 0) {
                    counts[script]++;
                }
                continue;
            }
            int cp = Character.codePointAt(text, i);
            i += Character.charCount(cp);
            Character.UnicodeScript script = letterScript(cp);
            if (script != null) {
                counts[script.ordinal()]++;
            }
        }
        Map<Character.UnicodeScript, Integer> out = new EnumMap<>(Character.UnicodeScript.class);
        for (int s = 0; s < counts.length; s++) {
            if (counts[s] > 0) {
                out.put(SCRIPTS[s], counts[s]);
            }
        }
        return out;
    }

    /**
     * The script of a letter, or null when {@code cp} is no letter or a letter of no particular script
     * (Common, Inherited, Unknown).
     */
    static Character.UnicodeScript letterScript(int cp) {
        if (cp < LOW_LIMIT) {
            int script = LOW_SCRIPTS[cp];
            return script < 0 ? null : SCRIPTS[script];
        }
        return scriptOfLetter(cp);
    }

    private static Character.UnicodeScript scriptOfLetter(int cp) {
        if (!Character.isLetter(cp)) {
            return null;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.COMMON || script == Character.UnicodeScript.INHERITED
                || script == Character.UnicodeScript.UNKNOWN ? null : script;
    }

    /** Below the Armenian block: ASCII, Latin-1 and Latin Extended, IPA, Greek, Cyrillic and its supplement. */
    private static final int LOW_LIMIT = 0x0530;

    /** {@link #letterScript} below {@link #LOW_LIMIT} as ordinals (-1 for none), from the JDK's own tables once. */
    private static final short[] LOW_SCRIPTS = lowScripts();

    private static short[] lowScripts() {
        short[] table = new short[LOW_LIMIT];
        for (int cp = 0; cp < LOW_LIMIT; cp++) {
            Character.UnicodeScript script = scriptOfLetter(cp);
            table[cp] = (short) (script == null ? -1 : script.ordinal());
        }
        return table;
    }

    /** The ISO 15924 code of a Unicode script. */
    public static String code(Character.UnicodeScript script) {
        String known = CODES.get(script);
        if (known != null) {
            return known;
        }
        // Most other scripts are named so that their first four letters are the code (BALINESE: Bali).
        String name = script.name();
        if (name.length() >= 4) {
            String guess = name.charAt(0) + name.substring(1, 4).toLowerCase(Locale.ROOT);
            try {
                if (Character.UnicodeScript.forName(guess) == script) {
                    return guess;
                }
            } catch (IllegalArgumentException e) {
                // Not a code: fall through to unknown.
            }
        }
        return UNKNOWN;
    }

    private static Map<Character.UnicodeScript, String> loadCodes() {
        Properties p = new Properties();
        try (InputStream in = ScriptDetector.class.getResourceAsStream("iso15924.properties")) {
            if (in == null) {
                throw new IllegalStateException("iso15924.properties is missing from the extract-api jar");
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<Character.UnicodeScript, String> map = new EnumMap<>(Character.UnicodeScript.class);
        for (String name : p.stringPropertyNames()) {
            map.put(Character.UnicodeScript.valueOf(name), p.getProperty(name).trim());
        }
        return Collections.unmodifiableMap(map);
    }
}
