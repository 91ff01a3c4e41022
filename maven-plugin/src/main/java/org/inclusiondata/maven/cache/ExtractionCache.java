package org.inclusiondata.maven.cache;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The incremental-build record of the extract goal: a manifest of everything the output depends on
 * (each input page's name and hash, the plugin's version and code, each extractor's id, version and
 * code, and the settings that change output), kept in {@code target/}. When the manifest of this
 * build equals the stored one and the output still exists, extraction can be skipped.
 */
public final class ExtractionCache {

    private final Path file;

    public ExtractionCache(Path file) {
        this.file = file;
    }

    /** Builds a manifest; lines are kept in the order given, which callers make deterministic. */
    public static final class Manifest {
        private final List<String> lines = new ArrayList<>();

        public Manifest add(String kind, String name, String value) {
            lines.add(kind + " " + name + " " + value);
            return this;
        }

        public List<String> lines() {
            return List.copyOf(lines);
        }

        public String key() {
            return Fingerprints.sha256(String.join("\n", lines));
        }
    }

    /** The manifest stored by the last successful extraction, if any. */
    public Optional<List<String>> stored() {
        try {
            return Files.isRegularFile(file) ? Optional.of(Files.readAllLines(file, StandardCharsets.UTF_8)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Records the manifest of an extraction that completed. */
    public void store(Manifest manifest) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, manifest.lines(), StandardCharsets.UTF_8);
    }

    /** Forgets the stored manifest, so the next build extracts again. */
    public void invalidate() throws IOException {
        Files.deleteIfExists(file);
    }

    /**
     * What differs between a stored manifest and the current one, as readable lines: entries added,
     * changed or removed, by name.
     */
    public static List<String> differences(List<String> before, List<String> now) {
        Set<String> old = new LinkedHashSet<>(before);
        Set<String> current = new LinkedHashSet<>(now);
        List<String> out = new ArrayList<>();
        for (String line : now) {
            if (!old.contains(line)) {
                out.add(subject(line) + (namesIn(before).contains(subject(line)) ? " changed" : " added"));
            }
        }
        for (String line : before) {
            if (!current.contains(line) && !namesIn(now).contains(subject(line))) {
                out.add(subject(line) + " removed");
            }
        }
        return out;
    }

    private static Set<String> namesIn(List<String> lines) {
        Set<String> names = new LinkedHashSet<>();
        lines.forEach(l -> names.add(subject(l)));
        return names;
    }

    /** "page a.txt 1234" gives "page a.txt". */
    private static String subject(String line) {
        int first = line.indexOf(' ');
        int second = first < 0 ? -1 : line.indexOf(' ', first + 1);
        return second < 0 ? line : line.substring(0, second);
    }
}
