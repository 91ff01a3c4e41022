package org.inclusiondata.extract.language;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Words that tell closely related languages apart (see {@code latin-bcms-markers.txt}): whole words,
 * prefixes ({@code opštin*}) and suffixes ({@code *iziran}). Each word of a text counts once, for
 * the most specific marker it matches. Immutable and thread-safe.
 */
final class MarkerLexicon {

    private final Set<String> languages;
    private final Map<String, List<String>> words = new HashMap<>();
    private final List<Map.Entry<String, List<String>>> prefixes = new ArrayList<>();
    private final List<Map.Entry<String, List<String>>> suffixes = new ArrayList<>();
    /**
     * The prefixes by their text, the first of the longest-first order kept for each, and their
     * lengths longest first: a word is looked up once per length instead of against every prefix
     * (there are hundreds, and every word of a page is matched).
     */
    private final Map<String, List<String>> prefixIndex = new HashMap<>();
    private final int[] prefixLengths;

    private MarkerLexicon(List<String[]> entries) {
        Set<String> all = new TreeSet<>();
        for (String[] e : entries) {
            List<String> langs = List.of(e[0].split(","));
            all.addAll(langs);
            String marker = e[1];
            if (marker.endsWith("*")) {
                prefixes.add(Map.entry(marker.substring(0, marker.length() - 1), langs));
            } else if (marker.startsWith("*")) {
                suffixes.add(Map.entry(marker.substring(1), langs));
            } else {
                words.put(marker, langs);
            }
        }
        // Longest first, so that the most specific marker decides.
        Comparator<Map.Entry<String, List<String>>> longest =
                Comparator.comparingInt((Map.Entry<String, List<String>> m) -> m.getKey().length()).reversed();
        prefixes.sort(longest);
        suffixes.sort(longest);
        for (Map.Entry<String, List<String>> p : prefixes) {
            prefixIndex.putIfAbsent(p.getKey(), p.getValue());
        }
        this.prefixLengths = prefixes.stream().mapToInt(p -> p.getKey().length()).distinct().toArray();
        this.languages = java.util.Collections.unmodifiableSet(all);
    }

    static MarkerLexicon load(String resource) {
        List<String[]> entries = new ArrayList<>();
        try (InputStream in = MarkerLexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the extract-api jar");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                String[] parts = trimmed.split("\t");
                if (parts.length != 2) {
                    throw new IllegalStateException(resource + ":" + number + ": expected <languages> TAB <marker>");
                }
                entries.add(new String[] {parts[0].strip(), normalise(parts[1].strip())});
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new MarkerLexicon(entries);
    }

    /** The languages this lexicon tells apart. */
    Set<String> languages() {
        return languages;
    }

    /** Evidence per language found in {@code text}. */
    Map<String, Evidence> score(String text) {
        Map<String, Integer> counts = new TreeMap<>();
        Map<String, Set<String>> examples = new TreeMap<>();
        for (String language : languages) {
            counts.put(language, 0);
            examples.put(language, new TreeSet<>());
        }
        String lower = normalise(text);
        int i = 0;
        while (i < lower.length()) {
            int cp = lower.codePointAt(i);
            if (!Character.isLetter(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            while (i < lower.length() && (Character.isLetter(lower.codePointAt(i))
                    || Character.getType(lower.codePointAt(i)) == Character.NON_SPACING_MARK)) {
                i += Character.charCount(lower.codePointAt(i));
            }
            String word = lower.substring(start, i);
            List<String> langs = match(word);
            if (langs != null) {
                for (String language : langs) {
                    counts.merge(language, 1, Integer::sum);
                    // Words only one language uses are the ones worth showing in a message.
                    if (langs.size() == 1) {
                        examples.get(language).add(word);
                    }
                }
            }
        }
        Map<String, Evidence> result = new LinkedHashMap<>();
        for (String language : languages) {
            result.put(language, new Evidence(language, counts.get(language), List.copyOf(examples.get(language))));
        }
        return result;
    }

    private List<String> match(String word) {
        List<String> exact = words.get(word);
        if (exact != null) {
            return exact;
        }
        for (int length : prefixLengths) {
            List<String> langs = length <= word.length() ? prefixIndex.get(word.substring(0, length)) : null;
            if (langs != null) {
                return langs;
            }
        }
        for (Map.Entry<String, List<String>> s : suffixes) {
            if (word.length() > s.getKey().length() && word.endsWith(s.getKey())) {
                return s.getValue();
            }
        }
        return null;
    }

    private static String normalise(String s) {
        return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    /** How many words of a text point to one language, and a few of those only it uses. */
    record Evidence(String language, int count, List<String> examples) {
        String describe() {
            List<String> some = examples.size() > 4 ? examples.subList(0, 4) : examples;
            return language + " " + count + (some.isEmpty() ? "" : " (" + String.join(", ", some) + ")");
        }
    }
}
