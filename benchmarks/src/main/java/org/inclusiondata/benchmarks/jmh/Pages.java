package org.inclusiondata.benchmarks.jmh;

import java.nio.charset.StandardCharsets;
import org.inclusiondata.benchmarks.synthetic.SyntheticCorpus;
import org.inclusiondata.benchmarks.synthetic.SyntheticPage;

/** Page sizes are asked for in bytes; the generator counts characters, and Cyrillic takes two bytes a letter. */
final class Pages {

    private Pages() {
    }

    static int charsFor(SyntheticCorpus corpus, int index, int bytes) {
        SyntheticPage sample = corpus.page(index, 20_000);
        double bytesPerChar = (double) sample.text().getBytes(StandardCharsets.UTF_8).length / sample.text().length();
        return Math.max(1, (int) (bytes / bytesPerChar));
    }
}
