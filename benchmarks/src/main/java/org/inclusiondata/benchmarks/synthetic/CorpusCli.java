package org.inclusiondata.benchmarks.synthetic;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a synthetic corpus to a folder: {@code NAME.txt} and its gold answer {@code NAME.gold.json}
 * for every page, one page at a time (nothing is held).
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar org.inclusiondata.benchmarks.synthetic.CorpusCli \
 *     --language hu --pages 10000 --seed 42 --out /tmp/corpus [--min-chars 5000]</pre>
 *
 * {@code --language all} writes the given number of pages in each of hu, bg and sr.
 */
public final class CorpusCli {

    private CorpusCli() {
    }

    public static void main(String[] args) throws IOException {
        String language = "all";
        int pages = 1000;
        long seed = 42;
        int minChars = 0;
        Path out = null;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--language" -> language = required(args[i], value);
                case "--pages" -> pages = count(args[i], value);
                case "--seed" -> seed = number(args[i], value);
                case "--min-chars" -> minChars = count(args[i], value);
                case "--out" -> out = Path.of(required(args[i], value));
                default -> usage("unknown option " + args[i]);
            }
            i++;
        }
        if (out == null) {
            usage("--out is required");
        }
        List<String> languages = language.equals("all") ? SyntheticCorpus.LANGUAGES : List.of(language);
        if (!SyntheticCorpus.LANGUAGES.containsAll(languages)) {
            usage("no synthetic vocabulary for language '" + language + "'");
        }
        Files.createDirectories(out);
        long bytes = 0;
        for (String l : languages) {
            SyntheticCorpus corpus = new SyntheticCorpus(l, seed);
            for (int i = 0; i < pages; i++) {
                SyntheticPage page = corpus.page(i, minChars);
                byte[] text = page.bytes();
                Files.write(out.resolve(page.name()), text);
                Files.writeString(out.resolve(page.goldName()), page.goldJson(), StandardCharsets.UTF_8);
                bytes += text.length;
            }
        }
        System.out.printf("%d pages (%s), %.1f MB of text, seed %d, in %s%n", pages * languages.size(),
                String.join(", ", languages), bytes / 1e6, seed, out);
    }

    private static String required(String option, String value) {
        if (value == null) {
            usage(option + " needs a value");
        }
        return value;
    }

    private static long number(String option, String value) {
        try {
            return Long.parseLong(required(option, value));
        } catch (NumberFormatException e) {
            usage(option + " needs a whole number, not '" + value + "'");
            return 0;
        }
    }

    private static int count(String option, String value) {
        long n = number(option, value);
        if (n < 0 || n > Integer.MAX_VALUE) {
            usage(option + " needs a number from 0 to " + Integer.MAX_VALUE + ", not " + value);
        }
        return (int) n;
    }

    private static void usage(String problem) {
        System.err.println(problem + "\nusage: CorpusCli --language hu|bg|sr|all --pages N --seed S --out DIR [--min-chars C]");
        System.exit(2);
    }
}
