package org.inclusiondata.benchmarks.scale;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.inclusiondata.benchmarks.synthetic.SyntheticCorpus;
import org.inclusiondata.benchmarks.synthetic.SyntheticPage;
import org.inclusiondata.extract.pipeline.Pipeline;
import org.inclusiondata.extract.registry.ExtractorRegistry;
import org.inclusiondata.model.SourceDocument;

/**
 * How cost grows with corpus size and with page size, on one thread:
 * <ul>
 * <li>corpus size: synthetic pages of the three languages in turn are generated, run through the
 *     whole pipeline and dropped, one at a time; at 1,000, 10,000 and 100,000 pages it prints the time
 *     spent in the pipeline, pages/s, MB/s and the heap in use after a full collection, which must stay
 *     flat since nothing is kept;
 * <li>page size: single pages of 1 KB to 5 MB per language, timed after a warm-up; ms per MB must stay
 *     flat (no quadratic step, no catastrophic backtracking).
 * </ul>
 *
 * <pre>java -Xmx512m -cp benchmarks/target/benchmarks.jar org.inclusiondata.benchmarks.scale.ScalingRun [pages] [maxPageBytes]</pre>
 */
public final class ScalingRun {

    private ScalingRun() {
    }

    public static void main(String[] args) {
        int pages = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int maxPageBytes = args.length > 1 ? Integer.parseInt(args[1]) : 5_000_000;
        // -Dbench.front=true: no extractor, to see what decoding, normalising and identifying cost alone.
        Pipeline pipeline = Boolean.getBoolean("bench.front")
                ? Pipeline.builder().registry(ExtractorRegistry.of(List.of())).build()
                : Pipeline.builder().classLoader(ScalingRun.class.getClassLoader()).build();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<SyntheticCorpus> corpora = SyntheticCorpus.LANGUAGES.stream().map(l -> new SyntheticCorpus(l, 42)).toList();
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.out.printf(Locale.ROOT, "java %s, %d processors, max heap %d MB%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);

        // Warm-up, so that the first checkpoint measures compiled code like the others.
        for (int i = 0; i < 600; i++) {
            SyntheticPage p = corpora.get(i % 3).page(1_000_000 + i);
            pipeline.process(p.name(), p.bytes());
        }
        System.out.println("\ncorpus size (typical pages of hu, bg, sr in turn, streamed, one thread)");
        System.out.println("     pages      MB   pipeline s   pages/s    MB/s   CPU ms/page   projects   heap used after GC (MB)");
        long nanos = 0;
        long cpu = 0;
        long bytes = 0;
        long projects = 0;
        int nextCheckpoint = 1000;
        for (int i = 0; i < pages; i++) {
            SyntheticPage p = corpora.get(i % 3).page(i / 3);
            byte[] b = p.bytes();
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            SourceDocument d = pipeline.process(p.name(), b);
            nanos += System.nanoTime() - t0;
            cpu += threads.getCurrentThreadCpuTime() - c0;
            bytes += b.length;
            projects += d.projects().size();
            if (i + 1 == nextCheckpoint || i + 1 == pages) {
                System.gc();
                long used = memory.getHeapMemoryUsage().getUsed();
                double s = nanos / 1e9;
                System.out.printf(Locale.ROOT, "%10d %7.1f %12.2f %9.0f %7.2f %13.3f %10d   %.1f%n", i + 1, bytes / 1e6, s,
                        (i + 1) / s, bytes / 1e6 / s, cpu / 1e6 / (i + 1), projects, used / 1e6);
                nextCheckpoint *= 10;
            }
        }

        System.out.println("\npage size (one page of many projects, after warm-up)");
        System.out.println("  language      bytes       ms    ms/MB   CPU ms   projects");
        for (SyntheticCorpus corpus : corpora) {
            for (int size = 1000; size <= maxPageBytes; size = size == 1_000_000 ? 5_000_000 : size * 10) {
                SyntheticPage p = corpus.page(7, charsFor(corpus, 7, size));
                byte[] b = p.bytes();
                pipeline.process(p.name(), b);
                long c0 = threads.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                SourceDocument d = pipeline.process(p.name(), b);
                double ms = (System.nanoTime() - t0) / 1e6;
                double cpuMs = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
                System.out.printf(Locale.ROOT, "  %-8s %10d %8.1f %8.1f %8.1f %10d%n", corpus.language(), b.length, ms,
                        ms / (b.length / 1e6), cpuMs, d.projects().size());
                if (size == 5_000_000) {
                    break;
                }
            }
        }
    }

    private static int charsFor(SyntheticCorpus corpus, int index, int bytes) {
        SyntheticPage sample = corpus.page(index, 20_000);
        double bytesPerChar = (double) sample.text().getBytes(StandardCharsets.UTF_8).length / sample.text().length();
        return Math.max(1, (int) (bytes / bytesPerChar));
    }
}
