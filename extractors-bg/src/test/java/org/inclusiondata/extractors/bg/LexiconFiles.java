package org.inclusiondata.extractors.bg;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the module's lexicon resources the way LEXICONS.md defines them: entries without comments or blanks. */
final class LexiconFiles {

    static final String ROOT = "/org/inclusiondata/extractors/bg/lexicon/";

    private LexiconFiles() {
    }

    /** Non-comment, non-blank lines of a lexicon file, trimmed at the end only (tabs separate columns). */
    static List<String> entries(String file) {
        try (InputStream in = LexiconFiles.class.getResourceAsStream(ROOT + file)) {
            if (in == null) {
                throw new IllegalStateException("lexicon " + ROOT + file + " is missing from the module's resources");
            }
            List<String> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1)) {
                String l = line.stripTrailing();
                if (!l.isBlank() && !l.stripLeading().startsWith("#")) {
                    out.add(l);
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lines of a two-column file split at the tab. */
    static List<String[]> pairs(String file) {
        List<String[]> out = new ArrayList<>();
        for (String l : entries(file)) {
            out.add(l.split("\t", -1));
        }
        return out;
    }

    /** The lines of a file between the comment line containing {@code from} and the one containing {@code to}. */
    static List<String> section(String file, String from, String to) {
        try (InputStream in = LexiconFiles.class.getResourceAsStream(ROOT + file)) {
            List<String> out = new ArrayList<>();
            boolean inside = false;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1)) {
                if (line.startsWith("#") && line.contains(from)) {
                    inside = true;
                } else if (line.startsWith("#") && line.contains(to)) {
                    inside = false;
                } else if (inside && !line.isBlank() && !line.startsWith("#")) {
                    out.add(line.strip());
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
