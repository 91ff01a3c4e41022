package org.inclusiondata.extractors.sr;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Tells a Serbian page from a Croatian one. Both are written in Latin with the same letters and
 * language identifiers often confuse them, but each uses words the other does not ({@code tijekom},
 * {@code provedba}, {@code općina}, {@code tisuća} against {@code пројекат}, {@code општина},
 * {@code хиљада}). The words are counted in {@code croatian-markers.txt} and
 * {@code serbian-markers.txt}; a page is Croatian when it has at least three Croatian markers and
 * more than twice as many Croatian as Serbian ones. Cyrillic pages are always Serbian here.
 * Immutable.
 */
public record Variety(int cyrillicLetters, int latinLetters, int croatianMarkers, int serbianMarkers) {

    private static final Markers CROATIAN = Markers.load("croatian-markers.txt");
    private static final Markers SERBIAN = Markers.load("serbian-markers.txt");

    /** Counts the letters and marker words of a text. */
    public static Variety of(String text) {
        int cyr = 0;
        int lat = 0;
        int hr = 0;
        int sr = 0;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (!Character.isLetter(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int s = i;
            while (i < text.length() && Character.isLetter(text.codePointAt(i))) {
                int c = text.codePointAt(i);
                Character.UnicodeScript script = Character.UnicodeScript.of(c);
                if (script == Character.UnicodeScript.CYRILLIC) {
                    cyr++;
                } else if (script == Character.UnicodeScript.LATIN) {
                    lat++;
                }
                i += Character.charCount(c);
            }
            String folded = SerbianFolding.INSTANCE.fold(text.substring(s, i));
            if (CROATIAN.matches(folded)) {
                hr++;
            } else if (SERBIAN.matches(folded)) {
                sr++;
            }
        }
        return new Variety(cyr, lat, hr, sr);
    }

    /** ISO 15924 code of the script most letters are in: {@code Cyrl} or {@code Latn}. */
    public String script() {
        return cyrillicLetters >= latinLetters && cyrillicLetters > 0 ? "Cyrl" : "Latn";
    }

    /** Whether the words say this is Croatian rather than Serbian. */
    public boolean croatian() {
        return !script().equals("Cyrl") && croatianMarkers >= 3 && croatianMarkers > 2 * serbianMarkers;
    }

    /** Folded whole words and folded prefixes (entries ending in {@code *}). */
    private record Markers(Set<String> words, List<String> prefixes) {

        boolean matches(String folded) {
            if (words.contains(folded)) {
                return true;
            }
            for (String p : prefixes) {
                if (folded.startsWith(p)) {
                    return true;
                }
            }
            return false;
        }

        static Markers load(String file) {
            try (InputStream in = Variety.class.getResourceAsStream(SerbianLexicons.FOLDER + file)) {
                if (in == null) {
                    throw new IllegalStateException("lexicon file " + SerbianLexicons.FOLDER + file
                            + " is missing from the Serbian extractor's resources; rebuild the module");
                }
                Set<String> words = new HashSet<>();
                List<String> prefixes = new ArrayList<>();
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    String t = line.strip();
                    if (t.isEmpty() || t.startsWith("#")) {
                        continue;
                    }
                    if (t.endsWith("*")) {
                        prefixes.add(SerbianFolding.INSTANCE.fold(t.substring(0, t.length() - 1)));
                    } else {
                        words.add(SerbianFolding.INSTANCE.fold(t));
                    }
                }
                return new Markers(Set.copyOf(words), List.copyOf(prefixes));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read lexicon file " + file, e);
            }
        }
    }
}
