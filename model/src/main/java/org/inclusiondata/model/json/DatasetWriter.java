package org.inclusiondata.model.json;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;
import org.inclusiondata.model.Dataset;
import org.inclusiondata.model.SourceDocument;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.ObjectWriter;

/**
 * Writes a dataset file one document at a time, for a corpus too large to hold as one {@link Dataset}.
 * The bytes are exactly those {@link DatasetJson#write(Dataset, OutputStream)} gives for the dataset
 * of the same documents, so a streamed build and an in-memory one cannot drift apart.
 *
 * <p>A dataset file lists its documents sorted by name, and a stream cannot sort what it has already
 * written: documents must therefore come in strictly increasing name order ({@link String#compareTo}),
 * and one that does not is refused before anything of it is written. Not thread-safe: one writer per
 * file, fed by one thread.
 *
 * <p>Closing the writer finishes the file. A caller that fails half-way calls {@link #abort()} instead
 * (a later {@code close()}, as try-with-resources makes, then does nothing), so that a writer to a
 * file leaves the previous file as it was rather than a well-formed but incomplete dataset:
 * <pre>{@code
 * try (DatasetWriter w = DatasetJson.openWriter(file)) {
 *     try {
 *         documents.forEach(w::write);
 *     } catch (RuntimeException e) {
 *         w.abort();
 *         throw e;
 *     }
 * }
 * }</pre>
 * A document that cannot be written aborts the writer by itself.
 */
public final class DatasetWriter implements Closeable {

    private final OutputStream sink;
    private final JsonGenerator generator;
    private final ObjectWriter writer;
    private final Runnable onClose;
    private final Runnable onAbort;
    private String lastName;
    private int count;
    private boolean closed;

    private DatasetWriter(OutputStream sink, ObjectWriter writer, Runnable onClose, Runnable onAbort) {
        this.sink = sink;
        this.writer = writer;
        this.onClose = onClose;
        this.onAbort = onAbort;
        try {
            // The generator would close the stream it writes to; the final newline comes after it.
            this.generator = writer.createGenerator(new DatasetJson.KeepOpen(sink));
            generator.writeStartObject();
            generator.writeStringProperty("formatVersion", Dataset.FORMAT_VERSION);
            generator.writeName("documents");
            generator.writeStartArray();
        } catch (JacksonException e) {
            throw new UncheckedIOException(new IOException("cannot start the dataset file: " + e.getOriginalMessage(), e));
        }
    }

    /** A writer to {@code out}, which is flushed but stays open when this writer is closed. */
    static DatasetWriter to(OutputStream out, ObjectWriter writer) {
        Objects.requireNonNull(out, "out");
        return new DatasetWriter(out, writer, () -> {
        }, () -> {
        });
    }

    /**
     * A writer to a file. The document list goes to a temporary file beside it that replaces
     * {@code file} only when {@link #close()} completes; {@link #abort()} deletes it and leaves
     * {@code file} as it was.
     */
    static DatasetWriter to(Path file, ObjectWriter writer) {
        Objects.requireNonNull(file, "file");
        Path target = file.toAbsolutePath();
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        try {
            Files.createDirectories(target.getParent());
            OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(partial), 1 << 16);
            return new DatasetWriter(out, writer, () -> {
                try {
                    out.close();
                    Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
                }
            }, () -> {
                try {
                    out.close();
                } catch (IOException e) {
                    // Discarding anyway: the partial file is deleted below whatever the stream says.
                }
                try {
                    Files.deleteIfExists(partial);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot delete the unfinished " + partial + ": " + e.getMessage()
                            + "; delete it by hand", e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Appends one document.
     *
     * @throws IllegalArgumentException when its name does not sort after the previous document's
     * @throws IllegalStateException    after {@link #close()}
     */
    public DatasetWriter write(SourceDocument document) {
        Objects.requireNonNull(document, "document");
        if (closed) {
            throw new IllegalStateException("the dataset writer is closed");
        }
        if (lastName != null && document.document().compareTo(lastName) <= 0) {
            throw new IllegalArgumentException("document '" + document.document() + "' comes after '" + lastName
                    + "'; a dataset lists each document once, sorted by name, so write them in that order");
        }
        try {
            writer.writeValue(generator, document);
        } catch (JacksonException e) {
            abort();
            throw new UncheckedIOException(new IOException("cannot write document '" + document.document() + "': "
                    + e.getOriginalMessage() + "; the dataset file was not written", e));
        }
        lastName = document.document();
        count++;
        return this;
    }

    /** How many documents have been written. */
    public int count() {
        return count;
    }

    /**
     * Gives the file up: a writer to a file deletes what it wrote and leaves the previous file as it
     * was; a writer to a stream stops, leaving the stream unfinished and open. Later calls to
     * {@code close()} or {@code abort()} do nothing.
     */
    public void abort() {
        if (closed) {
            return;
        }
        closed = true;
        onAbort.run();
    }

    /** Ends the document list and the file (a final newline, as {@link DatasetJson} writes it). */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            generator.writeEndArray();
            generator.writeEndObject();
            generator.close();
            sink.write('\n');
            sink.flush();
        } catch (JacksonException e) {
            throw new UncheckedIOException(new IOException("cannot finish the dataset file: " + e.getOriginalMessage(), e));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        onClose.run();
    }
}
