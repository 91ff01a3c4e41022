package org.inclusiondata.seeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.inclusiondata.extract.pipeline.Pipeline;
import org.inclusiondata.model.Dataset;
import org.inclusiondata.model.SourceDocument;
import org.inclusiondata.model.json.DatasetJson;
import org.junit.jupiter.api.Test;

/**
 * One registry, one set of extractors (with their lexicons) and one pipeline serve many threads at
 * once: extracting the seeds and the dev corpus on eight threads, in shuffled orders and several
 * rounds, gives the byte-identical dataset JSON of a run on one thread. A second test starts the
 * threads together on extractor classes just loaded, so that lazily built lexicons and models are
 * first touched concurrently.
 */
class ConcurrentExtractionTest {

    private static final int THREADS = 8;
    private static final int ROUNDS = 3;

    private record Page(String name, byte[] bytes) {
    }

    private static List<Page> corpus() {
        List<Page> pages = new ArrayList<>();
        for (Path p : concat(ExtractorJars.seedPages(), ExtractorJars.devPages())) {
            try {
                pages.add(new Page(p.getParent().getFileName() + "/" + p.getFileName(), Files.readAllBytes(p)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + p + ": " + e.getMessage(), e);
            }
        }
        return pages;
    }

    private static List<Path> concat(List<Path> a, List<Path> b) {
        List<Path> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static String datasetJson(List<SourceDocument> documents) {
        return DatasetJson.toJson(Dataset.of(documents));
    }

    @Test
    void manyThreadsSharingOnePipelineGiveTheSingleThreadedDataset() throws Exception {
        List<Page> pages = corpus();
        try (ExtractorJars jars = ExtractorJars.open()) {
            Pipeline pipeline = jars.pipeline();
            List<SourceDocument> alone = new ArrayList<>();
            for (Page p : pages) {
                alone.add(pipeline.process(p.name(), p.bytes()));
            }
            String expected = datasetJson(alone);
            assertTrue(alone.stream().anyMatch(d -> !d.projects().isEmpty()), "the corpus gave no project at all");

            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            try {
                Random random = new Random(7);
                for (int round = 0; round < ROUNDS; round++) {
                    List<Integer> order = new ArrayList<>();
                    for (int i = 0; i < pages.size(); i++) {
                        order.add(i);
                    }
                    Collections.shuffle(order, random);
                    List<Future<SourceDocument>> futures = new ArrayList<>(Collections.nCopies(pages.size(), null));
                    for (int i : order) {
                        Page p = pages.get(i);
                        futures.set(i, pool.submit(() -> pipeline.process(p.name(), p.bytes())));
                    }
                    List<SourceDocument> shared = new ArrayList<>();
                    for (Future<SourceDocument> f : futures) {
                        shared.add(f.get(5, TimeUnit.MINUTES));
                    }
                    String got = datasetJson(shared);
                    int r = round;
                    assertEquals(expected, got, () -> "round " + r + " on " + THREADS + " threads differs from the "
                            + "single-threaded dataset at " + firstDifference(expected, got)
                            + "; look for state shared between calls (fields, static caches, Matchers, OpenNLP objects)");
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void threadsStartingTogetherOnFreshlyLoadedExtractorsAgree() throws Exception {
        List<Page> pages = corpus();
        String expected;
        try (ExtractorJars warm = ExtractorJars.open()) {
            List<SourceDocument> alone = new ArrayList<>();
            for (Page p : pages) {
                alone.add(warm.pipeline().process(p.name(), p.bytes()));
            }
            expected = datasetJson(alone);
        }
        // A new class loader: the extractor classes, their lexicons and engines are initialised again,
        // now by eight threads that reach them at the same moment.
        try (ExtractorJars cold = ExtractorJars.open()) {
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            try {
                List<Future<List<SourceDocument>>> futures = new ArrayList<>();
                for (int t = 0; t < THREADS; t++) {
                    int offset = t;
                    Callable<List<SourceDocument>> task = () -> {
                        start.await();
                        SourceDocument[] docs = new SourceDocument[pages.size()];
                        for (int k = 0; k < pages.size(); k++) {
                            int i = (k + offset * 3) % pages.size();
                            docs[i] = cold.pipeline().process(pages.get(i).name(), pages.get(i).bytes());
                        }
                        return List.of(docs);
                    };
                    futures.add(pool.submit(task));
                }
                start.countDown();
                for (int t = 0; t < THREADS; t++) {
                    String got;
                    try {
                        got = datasetJson(futures.get(t).get(5, TimeUnit.MINUTES));
                    } catch (ExecutionException e) {
                        throw new AssertionError("thread " + t + " failed: " + e.getCause(), e.getCause());
                    }
                    int thread = t;
                    assertEquals(expected, got, () -> "thread " + thread + " on freshly loaded extractors differs at "
                            + firstDifference(expected, got));
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }

    private static String firstDifference(String a, String b) {
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        int from = Math.max(0, i - 120);
        return "character " + i + ":\n expected …" + a.substring(from, Math.min(a.length(), i + 120)) + "\n got      …"
                + b.substring(from, Math.min(b.length(), i + 120));
    }
}
