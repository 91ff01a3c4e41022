package org.inclusiondata.extractors.hu;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The pages with gold answers that concern the Hungarian extractor: the Hungarian seeds and the
 * hu-NN development pages.
 */
final class GoldPages {

    /** A page, its gold file and the language the gold file records. */
    record Page(Path text, Path gold, String language) {
        String name() {
            return text.getFileName().toString();
        }

        String read() {
            try {
                String s = Files.readString(text, StandardCharsets.UTF_8);
                return s.startsWith("\uFEFF") ? s.substring(1) : s;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static final Pattern LANGUAGE = Pattern.compile("\"language\"\\s*:\\s*\"([a-z]+)\"");

    private GoldPages() {
    }

    static Path seedsDir() {
        return Path.of("..", "seeds", "src", "main", "seeds");
    }

    static Path devDir() {
        return Path.of(System.getProperty("inclusiondata.shared.dir", "../../shared"), "corpus", "dev");
    }

    /** Seeds whose gold file says the page is Hungarian. */
    static List<Page> seeds() {
        return list(seedsDir(), "").stream().filter(p -> p.language().equals("hu")).toList();
    }

    /** Every hu-NN development page, whatever language its gold file records. */
    static List<Page> dev() {
        return list(devDir(), "hu-");
    }

    private static List<Page> list(Path dir, String prefix) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException(dir.toAbsolutePath() + " is missing: run the tests from the module folder"
                    + " or set -Dinclusiondata.shared.dir to the shared folder");
        }
        try (Stream<Path> files = Files.list(dir)) {
            List<Page> pages = new ArrayList<>();
            for (Path gold : files.filter(f -> f.getFileName().toString().startsWith(prefix)
                    && f.getFileName().toString().endsWith(".gold.json")).sorted().toList()) {
                String base = gold.getFileName().toString().replace(".gold.json", "");
                Path text = dir.resolve(base + ".txt");
                Matcher m = LANGUAGE.matcher(Files.readString(gold, StandardCharsets.UTF_8));
                if (Files.exists(text) && m.find()) {
                    pages.add(new Page(text, gold, m.group(1)));
                }
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
