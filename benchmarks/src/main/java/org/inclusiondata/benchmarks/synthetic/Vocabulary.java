package org.inclusiondata.benchmarks.synthetic;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The words a synthetic page is built from, read from a resource file of {@code [section]} lists
 * (format in {@code hu.txt}). Every value a page states comes from here, so its gold answer does too.
 *
 * @param resource the file it was read from, for messages
 * @param language ISO 639-1 code of the pages
 * @param script ISO 15924 code of the pages
 * @param sections entries of each section, in file order
 */
public record Vocabulary(String resource, String language, String script, Map<String, List<String>> sections) {

    /** Sections every vocabulary must have, so a page never asks for a word that is not there. */
    static final List<String> REQUIRED = List.of("title", "acronym", "lead", "partner", "funder", "programme", "place",
            "target", "objective", "activity", "result", "link", "month", "date", "period", "money", "group",
            "key.title", "key.acronym", "key.period", "key.lead", "key.partner", "key.funder", "key.grant", "key.total",
            "key.programme", "key.place", "key.target", "key.link", "heading.objectives", "heading.activities",
            "heading.results", "heading.page", "news", "filler");

    public Vocabulary {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        sections.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        sections = Collections.unmodifiableMap(copy);
    }

    /** The vocabulary of {@code name} ({@code hu}, {@code bg}, {@code sr-Latn}, {@code sr-Cyrl}) from this package's resources. */
    public static Vocabulary named(String name) {
        String resource = name + ".txt";
        try (InputStream in = Vocabulary.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no vocabulary " + resource + " in " + Vocabulary.class.getPackageName()
                        + "; the languages are hu, bg and sr (sr-Latn, sr-Cyrl)");
            }
            return parse(resource, in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read vocabulary " + resource, e);
        }
    }

    static Vocabulary parse(String resource, InputStream in) throws IOException {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        String language = null;
        String script = null;
        List<String> current = null;
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        int lineNo = 0;
        for (String line; (line = reader.readLine()) != null; ) {
            lineNo++;
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            if (t.startsWith("[")) {
                int close = t.indexOf(']');
                if (close < 0) {
                    throw new IllegalArgumentException(resource + ":" + lineNo + ":1: a section header needs its closing ]");
                }
                String name = t.substring(1, close);
                String rest = t.substring(close + 1).strip();
                if (name.equals("language")) {
                    language = rest;
                } else if (name.equals("script")) {
                    script = rest;
                } else {
                    current = sections.computeIfAbsent(name, k -> new ArrayList<>());
                }
                continue;
            }
            if (current == null) {
                throw new IllegalArgumentException(resource + ":" + lineNo + ":1: an entry before any [section]; start the file with one");
            }
            current.add(t);
        }
        for (String required : REQUIRED) {
            if (sections.getOrDefault(required, List.of()).isEmpty()) {
                throw new IllegalArgumentException(resource + ":" + lineNo + ":1: section [" + required
                        + "] is missing or empty; every vocabulary needs it");
            }
        }
        if (sections.get("month").size() != 12) {
            throw new IllegalArgumentException(resource + ": [month] must list the 12 month names, found "
                    + sections.get("month").size());
        }
        if (language == null || script == null) {
            throw new IllegalArgumentException(resource + ":1:1: [language] and [script] must be given");
        }
        return new Vocabulary(resource, language, script, sections);
    }

    public List<String> list(String section) {
        List<String> l = sections.get(section);
        if (l == null) {
            throw new IllegalArgumentException(resource + " has no section [" + section + "]");
        }
        return l;
    }

    String pick(Random random, String section) {
        List<String> l = list(section);
        return l.get(random.nextInt(l.size()));
    }

    /** {@code n} different entries of a section, in a random order. */
    List<String> pickDistinct(Random random, String section, int n) {
        List<String> l = new ArrayList<>(list(section));
        Collections.shuffle(l, random);
        return List.copyOf(l.subList(0, Math.min(n, l.size())));
    }
}
