package org.inclusiondata.model.json;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.inclusiondata.model.Dataset;
import org.inclusiondata.model.Project;
import org.inclusiondata.model.SourceDocument;
import tools.jackson.core.JacksonException;
import tools.jackson.core.SerializableString;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

/**
 * Reads and writes the dataset file, single documents (gold answer files among them) and JSON
 * Lines exports.
 *
 * <h2>Writing is deterministic</h2>
 * The same {@link Dataset} always gives the same bytes, on every platform: UTF-8 without byte order
 * mark, two-space indentation, {@code "key": value}, {@code \n} line ends and a final newline, keys
 * in the fixed order of the records (the order of {@code ANNOTATION.md}), {@code evidence} sorted by
 * field name, numbers plain ({@code 4492400}, never {@code 4.4924E+6}), no timestamps. Documents
 * are sorted by name by {@link Dataset} itself. Every project key is written, {@code null} or
 * {@code []} when empty, so {@code score.py} and other readers see the shape of the annotation
 * guide; a {@code span} that is null is left out. Amounts are canonical (see
 * {@link org.inclusiondata.model.Money}): {@code 1756996.00} in a gold file reads as, and is written
 * back as, {@code 1756996}, the same number; the page's own spelling stays behind the span.
 * Characters outside the Basic Multilingual Plane (and stray surrogates, which UTF-8 cannot carry)
 * are written as {@code \}{@code uXXXX} escapes, so any Java string survives a round trip.
 *
 * <h2>Reading is forgiving about the future, strict about the present</h2>
 * Unknown keys are ignored, so a newer minor version of the format still reads. Malformed UTF-8 or
 * JSON, a value of the wrong type ({@code "title": 5}, {@code "beneficiaries": "12"}), a duplicate
 * key, a newer major format version or a value the records refuse ({@code 2015-02-30}, role
 * {@code "sponsor"}) raise a {@link DatasetFormatException} naming the file, line and column.
 *
 * <p>All methods are thread-safe; the class holds no mutable state.
 */
public final class DatasetJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            // Jackson turns a JSON number into a string by default; in this format that is a mistake.
            .withCoercionConfig(LogicalType.Textual, c -> c
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .build();

    private static final ObjectWriter PRETTY = MAPPER.writer().with(prettyPrinter()).with(new SurrogateEscapes());
    private static final ObjectWriter COMPACT = MAPPER.writer().with(new SurrogateEscapes());
    private static final ObjectReader DATASET = MAPPER.readerFor(Dataset.class);
    private static final ObjectReader DOCUMENT = MAPPER.readerFor(SourceDocument.class);
    /** A document inside a dataset file being streamed: what follows it is the list's business. */
    private static final ObjectReader LISTED_DOCUMENT = DOCUMENT.without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final ObjectReader PROJECT = MAPPER.readerFor(Project.class);
    private static final ObjectReader LINE_KEY = MAPPER.readerFor(LineKey.class);

    private DatasetJson() {
    }

    // ---------------------------------------------------------------- writing

    /** The dataset file's bytes. */
    public static byte[] write(Dataset dataset) {
        return utf8(PRETTY, Objects.requireNonNull(dataset, "dataset"));
    }

    /**
     * Writes the dataset file's bytes to {@code out}, which stays open. The bytes are streamed, never
     * held whole: a dataset of ten thousand pages is larger than the heap a build may have.
     */
    public static void write(Dataset dataset, OutputStream out) {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(out, "out");
        try {
            PRETTY.writeValue(new KeepOpen(out), dataset);
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the dataset file, creating missing parent folders and replacing an existing file. */
    public static void write(Dataset dataset, Path file) {
        Objects.requireNonNull(dataset, "dataset");
        writeFile(file, out -> write(dataset, out));
    }

    /**
     * A writer that streams a dataset file to {@code out} document by document, in name order, giving
     * the bytes {@link #write(Dataset, OutputStream)} gives; {@code out} stays open.
     */
    public static DatasetWriter openWriter(OutputStream out) {
        return DatasetWriter.to(out, PRETTY);
    }

    /**
     * A writer that streams a dataset file document by document, in name order. The file appears, or
     * replaces an older one, only when the writer is closed.
     */
    public static DatasetWriter openWriter(Path file) {
        return DatasetWriter.to(file, PRETTY);
    }

    /** The dataset file as text (what {@link #write(Dataset)} encodes as UTF-8). */
    public static String toJson(Dataset dataset) {
        return text(PRETTY, Objects.requireNonNull(dataset, "dataset"));
    }

    /** One document in the dataset file's form, for example to write a gold answer file. */
    public static String toJson(SourceDocument document) {
        return text(PRETTY, Objects.requireNonNull(document, "document"));
    }

    /** One project in the dataset file's form. */
    public static String toJson(Project project) {
        return text(PRETTY, Objects.requireNonNull(project, "project"));
    }

    /** One document's bytes in the dataset file's form. */
    public static byte[] writeDocument(SourceDocument document) {
        return utf8(PRETTY, Objects.requireNonNull(document, "document"));
    }

    /**
     * The JSON Lines export: one line per project, in dataset order, each the project object with a
     * {@code "document"} key first that names its source file. Documents without projects give no
     * line. Every line, the last included, ends with {@code \n}.
     */
    public static byte[] writeJsonLines(Dataset dataset) {
        Objects.requireNonNull(dataset, "dataset");
        StringBuilder out = new StringBuilder();
        for (SourceDocument d : dataset.documents()) {
            for (Project p : d.projects()) {
                out.append(COMPACT.writeValueAsString(new ProjectLine(d.document(), p))).append('\n');
            }
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Writes the JSON Lines export to {@code out}, which stays open; line by line, never held whole. */
    public static void writeJsonLines(Dataset dataset, OutputStream out) {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(out, "out");
        for (SourceDocument d : dataset.documents()) {
            writeJsonLines(d, out);
        }
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes one document's lines of the JSON Lines export to {@code out}, which stays open: a caller
     * that streams documents in name order gets the bytes of {@link #writeJsonLines(Dataset, OutputStream)}.
     */
    public static void writeJsonLines(SourceDocument document, OutputStream out) {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(out, "out");
        try {
            for (Project p : document.projects()) {
                out.write((COMPACT.writeValueAsString(new ProjectLine(document.document(), p)) + "\n").getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the JSON Lines export to a file, creating missing parent folders. */
    public static void writeJsonLines(Dataset dataset, Path file) {
        Objects.requireNonNull(dataset, "dataset");
        writeFile(file, out -> writeJsonLines(dataset, out));
    }

    // ---------------------------------------------------------------- reading

    /** Reads a dataset file. */
    public static Dataset read(Path file) {
        return read(readBytes(file), file.toString());
    }

    /**
     * Reads a dataset file from a stream, which is read to its end but not closed.
     *
     * @param sourceName how error messages name the input, usually its file name
     */
    public static Dataset read(InputStream in, String sourceName) {
        return read(readBytes(in, sourceName), sourceName);
    }

    /**
     * Opens a dataset file to read one document at a time, in the order of the file, holding only the
     * current one; close the reader to release the file.
     */
    public static DatasetReader openReader(Path file) {
        Objects.requireNonNull(file, "file");
        InputStream in;
        try {
            in = new java.io.BufferedInputStream(Files.newInputStream(file), 1 << 16);
        } catch (IOException e) {
            throw new DatasetFormatException(file.toString(), 0, 0,
                    "cannot read the file (" + e.getClass().getSimpleName() + ": " + e.getMessage()
                            + "); check that it exists and is readable", e);
        }
        try {
            return DatasetReader.open(in, file.toString(), LISTED_DOCUMENT, in);
        } catch (RuntimeException e) {
            try {
                in.close();
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    /** Reads a dataset from a stream one document at a time; closing the reader leaves the stream open. */
    public static DatasetReader openReader(InputStream in, String sourceName) {
        Objects.requireNonNull(in, "in");
        // The parser closes what it reads when it is closed; the caller's stream must stay open.
        InputStream keepOpen = new java.io.FilterInputStream(in) {
            @Override
            public void close() {
            }
        };
        return DatasetReader.open(keepOpen, sourceName, LISTED_DOCUMENT, () -> {
        });
    }

    /** Reads a dataset file from its bytes. */
    public static Dataset read(byte[] json, String sourceName) {
        return parse(DATASET, decode(json, sourceName), sourceName, 0);
    }

    /** Reads a dataset file from its text. */
    public static Dataset parse(String json, String sourceName) {
        return parse(DATASET, stripBom(json), sourceName, 0);
    }

    /**
     * Reads one document object: a document as {@link #toJson(SourceDocument)} writes it, or a gold
     * answer file ({@code {document, language, script, url, projects}} with list items as bare
     * strings). Keys it does not have (sha256, bytes, diagnostics...) come out null, 0 or empty.
     */
    public static SourceDocument readDocument(Path file) {
        return readDocument(readBytes(file), file.toString());
    }

    /** Reads one document object from a stream, which is read to its end but not closed. */
    public static SourceDocument readDocument(InputStream in, String sourceName) {
        return readDocument(readBytes(in, sourceName), sourceName);
    }

    /** Reads one document object from its bytes. */
    public static SourceDocument readDocument(byte[] json, String sourceName) {
        return parse(DOCUMENT, decode(json, sourceName), sourceName, 0);
    }

    /** Reads one project object from its text. */
    public static Project parseProject(String json, String sourceName) {
        return parse(PROJECT, stripBom(json), sourceName, 0);
    }

    /**
     * Reads a JSON Lines export back into a dataset whose documents carry only their names and
     * projects (that is all a line holds). Blank lines are skipped; documents come back sorted by
     * name and each document's projects in the order of the lines.
     */
    public static Dataset readJsonLines(InputStream in, String sourceName) {
        String text = decode(readBytes(in, sourceName), sourceName);
        Map<String, List<Project>> byDocument = new LinkedHashMap<>();
        int lineStart = 0;
        int lineNumber = 0;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            lineNumber++;
            String line = text.substring(lineStart, lineEnd);
            if (!line.isBlank()) {
                LineKey key = parse(LINE_KEY, line, sourceName, lineNumber - 1);
                if (key.document() == null || key.document().isEmpty()) {
                    throw new DatasetFormatException(sourceName, lineNumber, 1,
                            "the line has no \"document\" key; every JSON Lines record starts with the name of its source file",
                            null);
                }
                Project p = parse(PROJECT, line, sourceName, lineNumber - 1);
                byDocument.computeIfAbsent(key.document(), k -> new ArrayList<>()).add(p);
            }
            lineStart = lineEnd + 1;
        }
        List<SourceDocument> documents = new ArrayList<>();
        byDocument.forEach((name, projects) -> documents.add(SourceDocument.annotated(name, null, null, null, projects)));
        return Dataset.of(documents);
    }

    // ---------------------------------------------------------------- internals

    /** What a JSON Lines record adds to a project. The order puts the document name first. */
    @JsonPropertyOrder({"document"})
    record ProjectLine(String document, @JsonUnwrapped Project project) {
    }

    /** The one key of a JSON Lines record that is not the project's. */
    record LineKey(String document) {
    }

    private static DefaultPrettyPrinter prettyPrinter() {
        // Jackson's defaults are the platform line separator, "key" : value and "[ ]"; none of them is
        // what a reproducible file (or Python's json.dump(indent=2), which wrote the gold files) has.
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        return new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter);
    }

    private static String text(ObjectWriter writer, Object value) {
        return writer.writeValueAsString(value) + "\n";
    }

    private static byte[] utf8(ObjectWriter writer, Object value) {
        return text(writer, value).getBytes(StandardCharsets.UTF_8);
    }

    private static void writeFile(Path file, java.util.function.Consumer<OutputStream> body) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
                body.accept(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getCause().getMessage(), e.getCause());
        }
    }

    /** Jackson closes the stream it wrote to; the callers' streams must stay open. */
    static final class KeepOpen extends java.io.FilterOutputStream {
        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }

    private static byte[] readBytes(Path file) {
        Objects.requireNonNull(file, "file");
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new DatasetFormatException(file.toString(), 0, 0,
                    "cannot read the file (" + e.getClass().getSimpleName() + ": " + e.getMessage()
                            + "); check that it exists and is readable", e);
        }
    }

    private static byte[] readBytes(InputStream in, String sourceName) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(sourceName, "sourceName");
        try {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new DatasetFormatException(sourceName, 0, 0,
                    "cannot read the input (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")", e);
        }
    }

    /** Decodes strict UTF-8, so that a broken file is reported where it breaks rather than read as '?'. */
    private static String decode(byte[] bytes, String sourceName) {
        Objects.requireNonNull(sourceName, "sourceName");
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isUnderflow()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            out.flip();
            String before = out.toString();
            int[] position = lineAndColumn(before, before.length());
            throw new DatasetFormatException(sourceName, position[0], position[1],
                    "the file is not valid UTF-8 (byte " + in.position() + "); save it as UTF-8", asException(result));
        }
        out.flip();
        return stripBom(out.toString());
    }

    private static CharacterCodingException asException(CoderResult result) {
        try {
            result.throwException();
            return null;
        } catch (CharacterCodingException e) {
            return e;
        }
    }

    private static String stripBom(String text) {
        Objects.requireNonNull(text, "json");
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static <T> T parse(ObjectReader reader, String text, String sourceName, int lineOffset) {
        Objects.requireNonNull(sourceName, "sourceName");
        if (text.isBlank()) {
            throw new DatasetFormatException(sourceName, lineOffset + 1, 1,
                    "the input is empty; expected a JSON object", null);
        }
        try {
            T value = reader.readValue(text);
            if (value == null) {
                // A bare JSON null is well-formed but holds nothing; callers are promised a value.
                int[] at = lineAndColumn(text, text.length() - text.stripLeading().length());
                throw new DatasetFormatException(sourceName, at[0] + lineOffset, at[1], "the input is JSON null; expected an object",
                        null);
            }
            return value;
        } catch (JacksonException e) {
            int[] position = position(e.getLocation(), text);
            throw new DatasetFormatException(sourceName, position[0] + lineOffset, position[1], describe(e), e);
        }
    }

    /** Line and code-point column of a Jackson location, computed from the text itself. */
    private static int[] position(TokenStreamLocation location, String text) {
        if (location == null) {
            return new int[] {0, 0};
        }
        long offset = location.getCharOffset();
        if (offset >= 0 && offset <= text.length()) {
            return lineAndColumn(text, (int) offset);
        }
        return new int[] {Math.max(0, location.getLineNr()), Math.max(0, location.getColumnNr())};
    }

    /** 1-based line and code-point column of a UTF-16 offset; \r\n, \r and \n each end a line. */
    static int[] lineAndColumn(String text, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                line++;
                lineStart = i + 1;
            }
        }
        return new int[] {line, text.codePointCount(lineStart, offset) + 1};
    }

    static String describe(JacksonException e) {
        if (e instanceof StreamReadException && !(e instanceof tools.jackson.databind.DatabindException)) {
            return "not well-formed JSON: " + tidy(e.getOriginalMessage()) + "; fix the syntax at this position";
        }
        if (e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Trailing token")) {
            return "extra content after the end of the JSON value; remove it";
        }
        String where = jsonPath(e);
        Throwable refusal = refusal(e);
        String what;
        if (refusal instanceof NullPointerException && refusal.getMessage() != null
                && refusal.getMessage().matches("\\w+")) {
            // Objects.requireNonNull(value, "name") in a record: the message is the missing key.
            what = "\"" + refusal.getMessage() + "\" is missing or null; give it a value";
        } else if (refusal != null && refusal.getMessage() != null) {
            what = refusal.getMessage();
        } else {
            what = tidy(e.getOriginalMessage()) + "; check the value against the JSON Schema "
                    + DatasetSchema.RESOURCE;
        }
        return where.isEmpty() ? what : where + ": " + what;
    }

    /** Jackson's messages speak of its own configuration and class names; readers of the file need neither. */
    private static String tidy(String message) {
        if (message == null) {
            return "unreadable value";
        }
        return message
                .replaceAll(" \\(but (could|might) if coercion[^)]*\\)", "")
                .replaceAll(" \\(set `DeserializationFeature[^)]*\\)", "")
                .replaceAll(" \\(although at least one Creator exists\\): no .*? to deserialize from", " from")
                .replaceAll(" \\(token `JsonToken\\.\\w+`\\)", "")
                .replaceAll("`java\\.util\\.\\w*List<[^>]*>`", "list")
                .replaceAll(" \\(for (\\w+) starting at \\[Source:[^\\]]*\\]\\)", " (inside an unfinished $1)")
                .replace("`java.lang.String`", "string")
                .replace("`java.lang.Integer`", "integer")
                .replace("`java.lang.Long`", "integer")
                .replace("`long`", "integer")
                .replace("`java.lang.Double`", "number")
                .replace("`java.math.BigDecimal`", "number")
                .replaceAll("`org\\.inclusiondata\\.model\\.(\\w+)`", "$1");
    }

    /** The exception a record constructor or factory threw, if that is what went wrong. */
    private static Throwable refusal(Throwable e) {
        for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
            if (!(t instanceof JacksonException)) {
                return t;
            }
        }
        return null;
    }

    /** The place of the error as {@code documents[2].projects[0].start}. */
    static String jsonPath(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference r : e.getPath()) {
            if (r.getPropertyName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(r.getPropertyName());
            } else if (r.getIndex() >= 0) {
                path.append('[').append(r.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /**
     * Escapes every UTF-16 surrogate as {@code \}{@code uXXXX}. A lone surrogate cannot be encoded in
     * UTF-8 at all; escaping the paired ones too keeps the rule simple and the output lossless.
     */
    private static final class SurrogateEscapes extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private final int[] ascii = standardAsciiEscapesForJSON();

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            if (Character.isSurrogate((char) ch)) {
                return new SerializedString(String.format(java.util.Locale.ROOT, "\\u%04x", ch));
            }
            return null;
        }
    }
}
