package org.inclusiondata.benchmarks.jmh;

import java.util.concurrent.TimeUnit;
import org.inclusiondata.benchmarks.synthetic.SyntheticCorpus;
import org.inclusiondata.benchmarks.synthetic.SyntheticPage;
import org.inclusiondata.extract.pipeline.Pipeline;
import org.inclusiondata.model.SourceDocument;
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
 * Time of the whole pipeline on one page of 1 KB to 5 MB (a listing page of many projects): cost per
 * byte must stay flat as pages grow, and a 5 MB page must take seconds at most.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class PageSizeBenchmark {

    @Param({"hu", "bg", "sr"})
    public String language;

    @Param({"1000", "10000", "100000", "1000000", "5000000"})
    public int pageBytes;

    private byte[] page;
    private String name;
    private Pipeline pipeline;

    @Setup(Level.Trial)
    public void setUp() {
        SyntheticCorpus corpus = new SyntheticCorpus(language, 42);
        SyntheticPage p = corpus.page(1, Pages.charsFor(corpus, 1, pageBytes));
        page = p.bytes();
        name = p.name();
        pipeline = Pipeline.builder().classLoader(PageSizeBenchmark.class.getClassLoader()).build();
    }

    @Benchmark
    public SourceDocument pipeline() {
        return pipeline.process(name, page);
    }
}
