package org.inclusiondata.maven;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.inclusiondata.extract.language.LanguageOptions;
import org.inclusiondata.extract.pipeline.Pipeline;
import org.inclusiondata.extract.registry.ExtractorRegistry;
import org.inclusiondata.extract.spi.ProjectExtractor;
import org.inclusiondata.maven.cache.ExtractionCache;
import org.inclusiondata.maven.cache.Fingerprints;
import org.inclusiondata.maven.output.DatasetFiles;
import org.inclusiondata.maven.seeds.SeedFolder;
import org.inclusiondata.model.Dataset;
import org.inclusiondata.model.Diagnostic;
import org.inclusiondata.model.SourceDocument;

/**
 * Extracts the seed pages into the dataset: every page the includes select is decoded, its language
 * identified and read by the extractor for it among those on this plugin's class path (declare them
 * as {@code <dependencies>} of the plugin), and the documents are written, sorted by name, to
 * {@code META-INF/inclusiondata/dataset.json} in the class output folder, with {@code dataset.jsonl}
 * (JSON Lines, one project a line, named by its document) and {@code dataset.csv} (one project a row)
 * beside it. The files are written while the pages are extracted, so memory does not grow with the
 * number of pages, and they replace the previous ones only when every page is done.
 *
 * <p>The output depends only on the inputs: the same pages, plugin and extractors give the same bytes
 * on every machine. When none of them changed since the last extraction (a manifest of their hashes is
 * kept in the work directory) the extraction is skipped and the log says so. A page that cannot be read
 * becomes a document with diagnostics; it never stops the others.
 */
@Mojo(name = "extract", defaultPhase = LifecyclePhase.PROCESS_RESOURCES, threadSafe = true)
public class ExtractMojo extends AbstractDatasetMojo {

    /** Skip this goal. */
    @Parameter(property = "inclusiondata.extract.skip", defaultValue = "false")
    private boolean skip;

    /** Extract again even when nothing changed since the last extraction. */
    @Parameter(property = "inclusiondata.force", defaultValue = "false")
    private boolean force;

    /** Pages extracted at the same time; 0 means one per available processor. */
    @Parameter(property = "inclusiondata.threads", defaultValue = "0")
    private int threads;

    /**
     * Languages to use instead of an uncertain identification, e.g. {@code <hr>sr</hr>} for a corpus
     * known to hold Serbian Latin but no Croatian. Keys and values are ISO 639-1 codes.
     */
    @Parameter
    private Map<String, String> languagePreferences;

    /**
     * A language per page that overrides identification, for a page the detector gets wrong, e.g.
     * {@code <page.txt>sr</page.txt>}. Keys are page paths relative to the seed directory (or bare file
     * names); values are ISO 639-1 codes.
     */
    @Parameter
    private Map<String, String> forcedLanguages;

    /** Below this detector confidence (0..1) an identification counts as uncertain and is reported. */
    @Parameter(property = "inclusiondata.minLanguageConfidence", defaultValue = "0.5")
    private double minLanguageConfidence;

    @Parameter(defaultValue = "${plugin.version}", readonly = true)
    private String pluginVersion;

    @Override
    public void execute() throws MojoExecutionException {
        if (skip) {
            getLog().info("inclusiondata:extract skipped");
            return;
        }
        SeedFolder seeds = seedFolder();
        List<String> pages = seeds.pages();
        if (pages.isEmpty()) {
            getLog().warn("No seed pages in " + display(seeds.root()) + " match " + (includes == null ? "**/*.txt" : includes)
                    + "; the dataset will be empty. Put UTF-8 .txt pages there or set <seedDirectory>/<includes>.");
        }
        LanguageOptions languageOptions = languageOptions();
        ExtractorRegistry registry = registry();
        registry.problems().forEach(p -> getLog().warn(p.format()));
        List<ProjectExtractor> extractors = registry.extractors();
        if (extractors.isEmpty()) {
            getLog().warn("No extractor on the plugin's class path: add inclusiondata-extractors-* (or your own) to the"
                    + " <dependencies> of the inclusiondata-maven-plugin; every page will be reported as unsupported.");
        }
        ExtractionCache cache = new ExtractionCache(workDirectory.toPath().resolve("extract.manifest"));
        ExtractionCache.Manifest manifest = manifest(seeds, pages, extractors, languageOptions);
        Optional<List<String>> stored = cache.stored();
        if (!force && stored.isPresent() && stored.get().equals(manifest.lines()) && outputsExist()) {
            getLog().info("Seed pages, plugin and extractors unchanged since the last extraction: extraction skipped ("
                    + pages.size() + " pages, key " + manifest.key().substring(0, 12) + ")");
            return;
        }
        String why = force ? "forced" : stored.isEmpty() ? "no earlier extraction" : changes(stored.get(), manifest.lines());
        // No more workers than pages: idle threads would only cost memory.
        int workers = Math.max(1, Math.min(pages.size(), threads > 0 ? threads : Runtime.getRuntime().availableProcessors()));
        getLog().info("Extracting " + pages.size() + " seed pages (" + why + ") with " + describe(extractors)
                + " on " + workers + " threads");
        try {
            cache.invalidate();
            Pipeline pipeline = Pipeline.builder().registry(registry).maxBytes(maxBytes)
                    .languageOptions(languageOptions).build();
            long errors;
            try (DatasetFiles files = DatasetFiles.open(datasetFile())) {
                extractAll(pipeline, seeds, pages, workers, files::add);
                files.commit();
                files.summary().lines().forEach(line -> getLog().info(line));
                errors = files.errors();
            }
            cache.store(manifest);
            if (errors > 0) {
                getLog().warn(errors + " extraction errors; the validate goal lists them with their positions");
            }
            getLog().info("Dataset written to " + display(datasetFile()));
        } catch (IOException e) {
            throw new MojoExecutionException("cannot write the dataset to " + display(datasetFile()) + ": " + e.getMessage(), e);
        }
    }

    /** The language settings, checked here so that a typo fails the build before any page is read. */
    private LanguageOptions languageOptions() throws MojoExecutionException {
        Map<String, String> prefer = checkedCodes("languagePreferences", languagePreferences, true);
        Map<String, String> forced = checkedCodes("forcedLanguages", forcedLanguages, false);
        if (!(minLanguageConfidence >= 0 && minLanguageConfidence <= 1)) {
            throw new MojoExecutionException("<minLanguageConfidence> must be between 0 and 1, got " + minLanguageConfidence);
        }
        return new LanguageOptions(prefer, forced, minLanguageConfidence);
    }

    private static Map<String, String> checkedCodes(String parameter, Map<String, String> map, boolean keysAreCodes)
            throws MojoExecutionException {
        Map<String, String> out = new TreeMap<>();
        if (map == null) {
            return out;
        }
        for (Map.Entry<String, String> e : map.entrySet()) {
            String value = e.getValue() == null ? "" : e.getValue().trim();
            if (!LANGUAGE_CODE.matcher(value).matches() || (keysAreCodes && !LANGUAGE_CODE.matcher(e.getKey()).matches())) {
                throw new MojoExecutionException("<" + parameter + "> entry <" + e.getKey() + ">" + value + "</" + e.getKey()
                        + "> is not " + (keysAreCodes ? "an ISO 639-1 code mapped to another" : "a page mapped to an ISO 639-1 code")
                        + " (two lower-case letters, e.g. sr); fix it in the plugin configuration");
            }
            out.put(e.getKey(), value);
        }
        return out;
    }

    private static final java.util.regex.Pattern LANGUAGE_CODE = java.util.regex.Pattern.compile("[a-z]{2}");

    private ExtractionCache.Manifest manifest(SeedFolder seeds, List<String> pages, List<ProjectExtractor> extractors,
            LanguageOptions languageOptions) throws MojoExecutionException {
        ExtractionCache.Manifest m = new ExtractionCache.Manifest()
                .add("format", "dataset", Dataset.FORMAT_VERSION)
                .add("plugin", String.valueOf(pluginVersion), Fingerprints.codeOf(ExtractMojo.class))
                .add("pipeline", "extract-api", Fingerprints.codeOf(Pipeline.class))
                .add("setting", "maxBytes", Long.toString(maxBytes))
                .add("setting", "languageOptions", languageOptions.toString());
        for (ProjectExtractor e : extractors) {
            m.add("extractor", e.id(), e.version() + " " + e.getClass().getName() + " " + Fingerprints.codeOf(e.getClass()));
        }
        for (String page : pages) {
            try {
                m.add("page", page, Fingerprints.sha256(seeds.resolve(page)));
            } catch (IOException e) {
                // Unreadable now: a value that never matches, so the page is extracted and its error reported.
                m.add("page", page, "unreadable " + e.getMessage());
            }
        }
        return m;
    }

    private static String changes(List<String> before, List<String> now) {
        List<String> diff = ExtractionCache.differences(before, now);
        String shown = diff.stream().limit(5).collect(Collectors.joining(", "));
        return diff.size() > 5 ? shown + " and " + (diff.size() - 5) + " more" : diff.isEmpty() ? "outputs missing" : shown;
    }

    private static String describe(List<ProjectExtractor> extractors) {
        return extractors.isEmpty() ? "no extractor" : "extractors " + extractors.stream()
                .map(e -> e.id() + " " + e.version()).collect(Collectors.joining(", "));
    }

    private boolean outputsExist() {
        Path dir = datasetFile().getParent();
        return Files.isRegularFile(datasetFile()) && Files.isRegularFile(dir.resolve("dataset.jsonl"))
                && Files.isRegularFile(dir.resolve("dataset.csv"));
    }

    /** Where extracted documents go, one at a time and in page order. */
    @FunctionalInterface
    private interface DocumentSink {
        void accept(SourceDocument document) throws IOException;
    }

    /**
     * Extracts the pages on a bounded pool. At most twice as many pages as workers are in flight, and
     * each document goes to the sink as soon as the pages before it are done, so only those pages and
     * documents are held; the sink sees them in page order, so the output never depends on which
     * thread finished first.
     */
    private void extractAll(Pipeline pipeline, SeedFolder seeds, List<String> pages, int workers, DocumentSink sink)
            throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "inclusiondata-extract");
            t.setDaemon(true);
            return t;
        });
        try {
            Deque<Future<SourceDocument>> inFlight = new ArrayDeque<>();
            int next = 0;
            while (next < pages.size() || !inFlight.isEmpty()) {
                while (next < pages.size() && inFlight.size() < 2 * workers) {
                    String page = pages.get(next++);
                    inFlight.add(pool.submit(() -> extractOne(pipeline, seeds, page)));
                }
                sink.accept(await(inFlight.removeFirst()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private SourceDocument extractOne(Pipeline pipeline, SeedFolder seeds, String page) {
        Path file = seeds.resolve(page);
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                // Not read into memory at all; the pipeline's own size check never sees these bytes.
                return failed(page, "page.too-large", "the file has " + size + " bytes, more than maxBytes " + maxBytes
                        + "; split the page or raise <maxBytes>");
            }
            return pipeline.process(page, Files.readAllBytes(file));
        } catch (IOException | RuntimeException e) {
            return failed(page, "page.unreadable", "cannot read the file: " + e + "; check that it exists and is readable");
        }
    }

    private static SourceDocument failed(String page, String code, String message) {
        return new SourceDocument(page, null, 0, null, null, null, null, null, null, null, List.of(),
                List.of(Diagnostic.error(code, page, 0, 0, message)));
    }

    private static SourceDocument await(Future<SourceDocument> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while extracting", e);
        } catch (ExecutionException e) {
            // extractOne catches everything it can; only an Error reaches here, and it must not be hidden.
            throw new IllegalStateException("extraction failed unexpectedly", e.getCause());
        }
    }
}
