package org.inclusiondata.extractors.hu;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.inclusiondata.extract.spi.Extraction;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes what the extractor read from gold pages as a dataset file that {@code score.py} reads
 * ({@code {"documents":[{"document":..., "projects":[...]}]}}), so the figures can be checked with
 * the shared scorer: {@code python3 score.py GOLD_DIR target/predictions/dev-hu.json}.
 */
final class Predictions {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private Predictions() {
    }

    static Path write(Map<String, Extraction> extractions, Path file) {
        List<Map<String, Object>> docs = new ArrayList<>();
        extractions.forEach((name, e) -> {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("document", name);
            doc.put("published", e.published() == null ? null : e.published().toString());
            doc.put("projects", e.projects());
            doc.put("diagnostics", e.diagnostics().stream().map(d -> d.format()).toList());
            docs.add(doc);
        });
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, JSON.writeValueAsString(Map.of("documents", docs)));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
