package org.inclusiondata.benchmarks.jmh;

import java.util.List;
import java.util.concurrent.TimeUnit;
import opennlp.tools.tokenize.SimpleTokenizer;
import org.inclusiondata.benchmarks.synthetic.SyntheticCorpus;
import org.inclusiondata.benchmarks.synthetic.SyntheticPage;
import org.inclusiondata.extract.decode.Decoded;
import org.inclusiondata.extract.decode.Utf8Decoder;
import org.inclusiondata.extract.pipeline.Pipeline;
import org.inclusiondata.extract.registry.ExtractorRegistry;
import org.inclusiondata.model.SourceDocument;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Pages per second (the score) and bytes per second (the {@code bytes} counter) per language, on
 * synthetic pages of about {@link #pageBytes} bytes:
 * <ul>
 * <li>{@code pipeline}: the whole pipeline as the Maven plugin runs it (hash, decode, normalise,
 *     identify, layout, extract, span checks), with the real extractors found through ServiceLoader;
 * <li>{@code front}: the same without an extractor (hash, decode, normalise, identify), to show what
 *     language identification costs;
 * <li>{@code baseline}: decode and tokenise with OpenNLP's {@link SimpleTokenizer}, the cost of merely
 *     reading the text. The headline figure is pipeline / baseline.
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class PipelineBenchmark {

    /** Distinct pages cycled through; enough that no branch predictor or cache learns one page. */
    private static final int PAGES = 64;

    @Param({"hu", "bg", "sr"})
    public String language;

    /** Size of a typical page, as the issue sets it. */
    @Param({"5000"})
    public int pageBytes;

    private byte[][] pages;
    private String[] names;
    private Pipeline pipeline;
    private Pipeline front;
    private Utf8Decoder decoder;

    @Setup(Level.Trial)
    public void setUp() {
        SyntheticCorpus corpus = new SyntheticCorpus(language, 42);
        pages = new byte[PAGES][];
        names = new String[PAGES];
        for (int i = 0; i < PAGES; i++) {
            SyntheticPage page = corpus.page(i, Pages.charsFor(corpus, i, pageBytes));
            pages[i] = page.bytes();
            names[i] = page.name();
        }
        pipeline = Pipeline.builder().classLoader(PipelineBenchmark.class.getClassLoader()).build();
        if (!pipeline.registry().languages().contains(language)) {
            throw new IllegalStateException("no extractor for " + language + " found through ServiceLoader (found "
                    + pipeline.registry().languages() + "); the benchmark jar must hold the extractors");
        }
        front = Pipeline.builder().registry(ExtractorRegistry.of(List.of())).build();
        decoder = new Utf8Decoder(Utf8Decoder.DEFAULT_MAX_BYTES);
    }

    /** Per-thread position in the pages, and the bytes read, reported as a rate beside the page rate. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Counters {
        public long bytes;
        private int next;

        int next(int bound) {
            int i = next;
            next = i + 1 == bound ? 0 : i + 1;
            return i;
        }
    }

    @Benchmark
    public SourceDocument pipeline(Counters c) {
        int i = c.next(PAGES);
        c.bytes += pages[i].length;
        return pipeline.process(names[i], pages[i]);
    }

    @Benchmark
    public SourceDocument front(Counters c) {
        int i = c.next(PAGES);
        c.bytes += pages[i].length;
        return front.process(names[i], pages[i]);
    }

    @Benchmark
    public int baseline(Counters c) {
        int i = c.next(PAGES);
        c.bytes += pages[i].length;
        Decoded decoded = decoder.decode(names[i], pages[i]);
        return SimpleTokenizer.INSTANCE.tokenizePos(decoded.text()).length;
    }
}
