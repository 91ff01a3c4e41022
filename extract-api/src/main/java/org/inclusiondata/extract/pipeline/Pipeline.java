package org.inclusiondata.extract.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.inclusiondata.extract.decode.Decoded;
import org.inclusiondata.extract.decode.Utf8Decoder;
import org.inclusiondata.extract.language.Identification;
import org.inclusiondata.extract.language.LanguageIdentifier;
import org.inclusiondata.extract.language.LanguageOptions;
import org.inclusiondata.extract.registry.ExtractorRegistry;
import org.inclusiondata.extract.spi.Extraction;
import org.inclusiondata.extract.spi.ProjectExtractor;
import org.inclusiondata.extract.text.Normalizer;
import org.inclusiondata.extract.text.SourceText;
import org.inclusiondata.model.Diagnostic;
import org.inclusiondata.model.Project;
import org.inclusiondata.model.SourceDocument;

/**
 * One page in, one {@link SourceDocument} out: hash, decode, normalise, identify language and
 * script, pick the extractor, extract, number the projects ({@code <file>#<n>}) and check their
 * spans. Nothing here throws on bad input: every problem becomes a diagnostic on the document, so
 * one bad page never hides the others. Immutable; one instance may serve many threads at once.
 *
 * <pre>{@code
 * Pipeline pipeline = Pipeline.builder().classLoader(getClass().getClassLoader()).build();
 * SourceDocument doc = pipeline.process("page.txt", bytes);
 * }</pre>
 */
public final class Pipeline {

    private final ExtractorRegistry registry;
    private final Utf8Decoder decoder;
    private final LanguageIdentifier identifier;
    private final String extractorId;

    private Pipeline(Builder b) {
        this.registry = b.registry != null ? b.registry
                : ExtractorRegistry.load(b.classLoader != null ? b.classLoader : Pipeline.class.getClassLoader());
        this.decoder = new Utf8Decoder(b.maxBytes);
        this.identifier = new LanguageIdentifier(b.languageOptions);
        this.extractorId = b.extractorId;
    }

    public static Builder builder() {
        return new Builder();
    }

    public ExtractorRegistry registry() {
        return registry;
    }

    /** Reads and processes a file; the document is named by the file's name. */
    public SourceDocument process(Path path) {
        Objects.requireNonNull(path, "path");
        String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException | OutOfMemoryError | SecurityException e) {
            Diagnostic d = Diagnostic.error("io.unreadable", name, 0, 0,
                    "cannot read " + path + ": " + e + "; check that the file exists and is readable");
            return new SourceDocument(name, null, 0, null, null, null, null, null, null, null, List.of(), List.of(d));
        }
        return process(name, bytes);
    }

    /** Processes the bytes of one page; {@code fileName} names it in the document and its diagnostics. */
    public SourceDocument process(String fileName, byte[] bytes) {
        Objects.requireNonNull(fileName, "fileName");
        byte[] content = bytes == null ? new byte[0] : bytes;
        String sha256 = sha256(content);
        List<Diagnostic> diagnostics = new ArrayList<>();
        Decoded decoded = decoder.decode(fileName, content);
        diagnostics.addAll(decoded.diagnostics());
        if (!decoded.hasText()) {
            return document(fileName, sha256, content.length, null, null, null, List.of(), diagnostics);
        }
        SourceText source = Normalizer.normalize(fileName, decoded.text());
        Identification id = identifier.identify(fileName, source.text());
        id = preferSupported(fileName, id);
        diagnostics.addAll(id.diagnostics());
        source = source.withLanguage(id.language(), id.script());

        Optional<ProjectExtractor> chosen = choose(fileName, id, diagnostics);
        if (chosen.isEmpty()) {
            return document(fileName, sha256, content.length, id, null, null, List.of(), diagnostics);
        }
        ProjectExtractor extractor = chosen.get();
        String extractorName = safe(extractor::id, extractor.getClass().getName());
        Extraction extraction;
        try {
            extraction = extractor.extract(source);
            if (extraction == null) {
                throw new IllegalStateException("extract() returned null");
            }
        } catch (RuntimeException | StackOverflowError | LinkageError | AssertionError e) {
            diagnostics.add(Diagnostic.error("extract.failed", fileName, 1, 1,
                    "extractor '" + extractorName + "' (" + extractor.getClass().getName() + ") failed on this page: "
                            + e + "; the page is kept without projects; report this with the file attached"));
            return document(fileName, sha256, content.length, id, extractor, null, List.of(), diagnostics);
        }
        diagnostics.addAll(extraction.diagnostics());
        SpanCheck spans = new SpanCheck(fileName, extractorName, source.original().length(), diagnostics);
        List<Project> projects = new ArrayList<>();
        for (Project p : extraction.projects()) {
            if (p != null) {
                projects.add(spans.check(p.withId(fileName + "#" + (projects.size() + 1))));
            }
        }
        return document(fileName, sha256, content.length, id, extractor, extraction, projects, diagnostics);
    }

    /**
     * When the text cannot tell the identified language from equally plausible neighbours (Latin
     * Serbian against Bosnian with no telling word), the one some extractor reads is the better bet.
     */
    private Identification preferSupported(String fileName, Identification id) {
        if (extractorId != null || id.alternatives().isEmpty() || registry.select(id.language(), id.script()).isPresent()) {
            return id;
        }
        for (String alternative : id.alternatives()) {
            if (registry.select(alternative, id.script()).isPresent()) {
                return id.as(alternative, id.confidence(), Diagnostic.warning("language.uncertain", fileName, 1, 1,
                        "the text reads as " + id.language() + " or " + String.join(" or ", id.alternatives())
                                + " equally well; reading it as " + alternative
                                + ", the one an extractor supports; force the file's language if this is wrong"));
            }
        }
        return id;
    }

    private Optional<ProjectExtractor> choose(String fileName, Identification id, List<Diagnostic> diagnostics) {
        if (extractorId != null) {
            Optional<ProjectExtractor> byId = registry.byId(extractorId);
            if (byId.isEmpty()) {
                diagnostics.add(Diagnostic.error("registry.unknown-extractor", fileName, 1, 1,
                        "extractor '" + extractorId + "' was chosen but is not available; available: "
                                + ids() + "; add its jar to the dependencies or choose another"));
            }
            return byId;
        }
        Optional<ProjectExtractor> selected = registry.select(id.language(), id.script());
        if (selected.isEmpty() && id.language() != null) {
            diagnostics.add(Diagnostic.error("language.unsupported", fileName, 1, 1,
                    "the page is in language " + id.language() + " (script " + id.script()
                            + (id.confidence() == null ? "" : String.format(java.util.Locale.ROOT, ", confidence %.3f", id.confidence()))
                            + "), which no extractor reads; available languages: "
                            + (registry.languages().isEmpty() ? "none" : String.join(", ", registry.languages()))
                            + "; remove the page, add an extractor for " + id.language()
                            + ", or force the file's language if it was misidentified"));
        } else if (selected.isEmpty()) {
            diagnostics.add(Diagnostic.error("language.unknown", fileName, 1, 1,
                    "the page's language could not be identified, so no extractor was chosen; force the file's language"));
        }
        return selected;
    }

    private String ids() {
        List<String> ids = registry.extractors().stream().map(ProjectExtractor::id).toList();
        return ids.isEmpty() ? "none" : String.join(", ", ids);
    }

    private static SourceDocument document(String fileName, String sha256, long size, Identification id,
            ProjectExtractor extractor, Extraction extraction, List<Project> projects, List<Diagnostic> diagnostics) {
        List<Diagnostic> ordered = new ArrayList<>(diagnostics);
        // Stable sort: the order of the text, and the order of discovery at the same position.
        ordered.sort(Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column));
        return new SourceDocument(fileName, sha256, size,
                id == null ? null : id.language(),
                id == null ? null : id.confidence(),
                id == null ? null : id.script(),
                extractor == null ? null : safe(extractor::id, null),
                extractor == null ? null : safe(extractor::version, null),
                extraction == null ? null : extraction.published(),
                null, projects, ordered);
    }

    private static String safe(java.util.function.Supplier<String> getter, String fallback) {
        try {
            return getter.get();
        } catch (RuntimeException e) {
            return fallback;
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Configures a {@link Pipeline}; not thread-safe, the pipeline it builds is. */
    public static final class Builder {
        private ExtractorRegistry registry;
        private ClassLoader classLoader;
        private long maxBytes = Utf8Decoder.DEFAULT_MAX_BYTES;
        private LanguageOptions languageOptions = LanguageOptions.defaults();
        private String extractorId;

        private Builder() {
        }

        /** The extractors to use; otherwise they are discovered from {@link #classLoader(ClassLoader)}. */
        public Builder registry(ExtractorRegistry value) {
            this.registry = value;
            return this;
        }

        /** Where to discover extractors when no registry is given; defaults to this library's loader. */
        public Builder classLoader(ClassLoader value) {
            this.classLoader = value;
            return this;
        }

        /** Files larger than this are rejected with a diagnostic. */
        public Builder maxBytes(long value) {
            if (value < 1) {
                throw new IllegalArgumentException("maxBytes must be positive, got " + value);
            }
            this.maxBytes = value;
            return this;
        }

        public Builder languageOptions(LanguageOptions value) {
            this.languageOptions = Objects.requireNonNull(value, "languageOptions");
            return this;
        }

        /** Use this extractor for every page, whatever its language; null to select by language. */
        public Builder extractor(String id) {
            this.extractorId = id;
            return this;
        }

        public Pipeline build() {
            return new Pipeline(this);
        }
    }
}
