package org.inclusiondata.extractors.sr;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.inclusiondata.extract.pipeline.Pipeline;
import org.inclusiondata.extract.text.SourceText;
import org.inclusiondata.model.SourceDocument;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs gold pages through the real pipeline (decoding, normalisation, language and script
 * identification, the registry finding this extractor through ServiceLoader) and writes what it
 * read as a dataset file that {@code score.py} reads.
 */
final class Predictions {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private static final Pipeline PIPELINE = Pipeline.builder().classLoader(Predictions.class.getClassLoader()).build();

    private Predictions() {
    }

    /** A page as the extractor sees it when called directly, identified as Serbian in the given script. */
    static SourceText source(String name, String text, String script) {
        return SourceText.identity(name, text, "sr", script);
    }

    static Map<String, SourceDocument> process(List<GoldPages.Page> pages) {
        Map<String, SourceDocument> out = new LinkedHashMap<>();
        for (GoldPages.Page p : pages) {
            try {
                out.put(p.name(), PIPELINE.process(p.name(), Files.readAllBytes(p.text())));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    static Path write(Map<String, SourceDocument> documents, Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, JSON.writeValueAsString(Map.of("documents", List.copyOf(documents.values()))));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
