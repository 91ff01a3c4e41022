package org.inclusiondata.model.json;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import org.inclusiondata.model.Dataset;
import org.inclusiondata.model.SourceDocument;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.ObjectReader;

/**
 * Reads a dataset file one document at a time, holding only that document, for a corpus too large to
 * read as one {@link Dataset}. Documents come in the order of the file (a file this library wrote is
 * sorted by name). The rules are those of {@link DatasetJson#read}: a malformed file, a value the
 * records refuse, a document name given twice, or a format version this library cannot read raise a
 * {@link DatasetFormatException} naming the file, line and column, when the reader gets there. A
 * {@code formatVersion} key after the document list is checked only at the end. Not thread-safe.
 */
public final class DatasetReader implements Iterator<SourceDocument>, Closeable {

    private final JsonParser parser;
    private final ObjectReader documents;
    private final String sourceName;
    private final Closeable input;
    private final Set<String> names = new HashSet<>();
    private String formatVersion;
    private boolean inList;
    private boolean finished;
    private int index;
    private SourceDocument next;

    private DatasetReader(InputStream in, String sourceName, ObjectReader documents, Closeable input) {
        this.documents = documents;
        this.sourceName = Objects.requireNonNull(sourceName, "sourceName");
        this.input = input;
        this.parser = guard(() -> documents.createParser(Objects.requireNonNull(in, "in")));
        JsonToken first = guard(parser::nextToken);
        if (first == null) {
            throw error(parser.currentLocation(), "the input is empty; expected a JSON object");
        }
        if (first != JsonToken.START_OBJECT) {
            throw error(parser.currentTokenLocation(), "expected an object {\"formatVersion\": ..., \"documents\": [...]}, found "
                    + first.asString());
        }
    }

    static DatasetReader open(InputStream in, String sourceName, ObjectReader documents, Closeable input) {
        return new DatasetReader(in, sourceName, documents, input);
    }

    /** Reads ahead to the next document; a problem in the file on the way is thrown from here. */
    @Override
    public boolean hasNext() {
        if (next == null && !finished) {
            advance();
        }
        return next != null;
    }

    @Override
    public SourceDocument next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no more documents in " + sourceName);
        }
        SourceDocument current = next;
        next = null;
        return current;
    }

    /** The format version the file declares, once the reader has passed it; null before. */
    public String formatVersion() {
        return formatVersion;
    }

    @Override
    public void close() {
        try {
            parser.close();
            input.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JacksonException e) {
            throw new UncheckedIOException(new IOException(e.getOriginalMessage(), e));
        }
    }

    /** Moves to the next document of the list, reading the keys around the list on the way. */
    private void advance() {
        while (!finished) {
            if (inList) {
                JsonToken t = guard(parser::nextToken);
                if (t == JsonToken.END_ARRAY) {
                    inList = false;
                    continue;
                }
                if (t != JsonToken.START_OBJECT) {
                    throw error(parser.currentTokenLocation(), "documents[" + index + "]: expected a document object, found "
                            + (t == null ? "the end of the input" : t.asString()));
                }
                TokenStreamLocation at = parser.currentTokenLocation();
                SourceDocument d = read(at);
                if (!names.add(d.document())) {
                    throw error(at, "documents[" + index + "]: document '" + d.document()
                            + "' appears twice; each document name must be unique in a dataset");
                }
                index++;
                next = d;
                return;
            }
            JsonToken t = guard(parser::nextToken);
            if (t == JsonToken.END_OBJECT) {
                finish();
                return;
            }
            if (t != JsonToken.PROPERTY_NAME) {
                throw error(parser.currentTokenLocation(), "not well-formed JSON: unexpected end of the input; fix the syntax at this position");
            }
            String key = parser.currentName();
            JsonToken value = guard(parser::nextToken);
            if ("formatVersion".equals(key)) {
                if (value != JsonToken.VALUE_STRING) {
                    throw error(parser.currentTokenLocation(), "formatVersion: expected a string such as \"" + Dataset.FORMAT_VERSION + "\"");
                }
                formatVersion = guard(parser::getString);
                checkVersion(parser.currentTokenLocation());
            } else if ("documents".equals(key)) {
                if (value == JsonToken.START_ARRAY) {
                    inList = true;
                } else if (value != JsonToken.VALUE_NULL) {
                    throw error(parser.currentTokenLocation(), "documents: expected a list of document objects");
                }
            } else {
                // Unknown keys are a newer minor version's business, as in DatasetJson.read.
                guard(parser::skipChildren);
            }
        }
    }

    private SourceDocument read(TokenStreamLocation at) {
        try {
            SourceDocument d = documents.readValue(parser);
            if (d == null) {
                throw error(at, "documents[" + index + "]: a document is null; remove it");
            }
            return d;
        } catch (JacksonException e) {
            String problem = DatasetJson.describe(e);
            String where = problem.startsWith("not well-formed") ? ""
                    : "documents[" + index + "]" + (DatasetJson.jsonPath(e).isEmpty() ? ": " : ".");
            throw error(e.getLocation() == null ? at : e.getLocation(), where + problem, e);
        }
    }

    private void finish() {
        if (guard(parser::nextToken) != null) {
            throw error(parser.currentTokenLocation(), "extra content after the end of the JSON value; remove it");
        }
        finished = true;
        checkVersion(parser.currentLocation());
    }

    private void checkVersion(TokenStreamLocation at) {
        try {
            Dataset.checkReadable(formatVersion);
        } catch (IllegalArgumentException e) {
            throw error(at, e.getMessage());
        }
    }

    private <T> T guard(java.util.function.Supplier<T> step) {
        try {
            return step.get();
        } catch (JacksonException e) {
            String problem = e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Invalid UTF-8")
                    ? "the file is not valid UTF-8; save it as UTF-8"
                    : DatasetJson.describe(e);
            TokenStreamLocation at = e.getLocation() != null ? e.getLocation() : parser == null ? null : parser.currentLocation();
            throw error(at, problem, e);
        }
    }

    private DatasetFormatException error(TokenStreamLocation at, String problem) {
        return error(at, problem, null);
    }

    private DatasetFormatException error(TokenStreamLocation at, String problem, Throwable cause) {
        int line = at == null ? 0 : Math.max(0, at.getLineNr());
        int column = at == null ? 0 : Math.max(0, at.getColumnNr());
        return new DatasetFormatException(sourceName, line, column, problem, cause);
    }
}
