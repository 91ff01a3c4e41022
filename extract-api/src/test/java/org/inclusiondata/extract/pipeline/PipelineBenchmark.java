package org.inclusiondata.extract.pipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.inclusiondata.extract.registry.ExtractorRegistry;

/**
 * How fast the language-neutral front of the pipeline is (hash, decode, normalise, identify, with
 * no extractor): a benchmark to run by hand, never a timed unit test.
 *
 * <pre>java -cp ... org.inclusiondata.extract.pipeline.PipelineBenchmark /path/to/shared/corpus/dev [rounds]</pre>
 */
public final class PipelineBenchmark {

    private PipelineBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Paths.get(args.length > 0 ? args[0] : "../../shared/corpus/dev");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        List<Path> pages = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            files.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(pages::add);
        }
        List<byte[]> contents = new ArrayList<>();
        long bytes = 0;
        for (Path p : pages) {
            contents.add(Files.readAllBytes(p));
            bytes += contents.get(contents.size() - 1).length;
        }
        Pipeline pipeline = Pipeline.builder().registry(ExtractorRegistry.of(List.of())).build();
        pipeline.process("warm-up.txt", contents.get(0));
        long start = System.nanoTime();
        for (int r = 0; r < rounds; r++) {
            for (int i = 0; i < contents.size(); i++) {
                pipeline.process(pages.get(i).getFileName().toString(), contents.get(i));
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        int documents = rounds * contents.size();
        System.out.printf("%d documents, %.1f MB in %.2f s: %.0f documents/s, %.2f MB/s%n", documents,
                rounds * bytes / 1e6, seconds, documents / seconds, rounds * bytes / 1e6 / seconds);
    }
}
