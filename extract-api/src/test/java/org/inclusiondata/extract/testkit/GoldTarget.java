package org.inclusiondata.extract.testkit;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A gold folder an extractor is measured on, and the micro F1 it must reach there. Raise the
 * minimum as the extractor improves, so that a regression fails the build.
 *
 * @param label what the folder is, for messages ({@code seeds}, {@code dev})
 * @param folder a folder of {@code NAME.txt} pages with {@code NAME.gold.json} answers
 * @param minimumMicroF1 the micro F1 (score.py's headline figure) under which the test fails, 0..1
 */
public record GoldTarget(String label, Path folder, double minimumMicroF1) {

    public GoldTarget {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(folder, "folder");
        if (!(minimumMicroF1 >= 0.0 && minimumMicroF1 <= 1.0)) {
            throw new IllegalArgumentException("minimumMicroF1 must lie in 0..1, got " + minimumMicroF1);
        }
    }

    /** The repository's seed pages ({@code seeds/src/main/seeds}). */
    public static GoldTarget seeds(double minimumMicroF1) {
        return new GoldTarget("seeds", Corpus.seeds(), minimumMicroF1);
    }

    /** The shared corpus's development pages ({@code ../shared/corpus/dev}). */
    public static GoldTarget dev(double minimumMicroF1) {
        return new GoldTarget("dev", Corpus.dev(), minimumMicroF1);
    }
}
