package org.inclusiondata.model.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.inclusiondata.model.Dataset;
import org.inclusiondata.model.ModelArbitraries;
import org.inclusiondata.model.Project;
import org.inclusiondata.model.SourceDocument;

class JsonRoundTripProperties {

    @Provide
    Arbitrary<Dataset> datasets() {
        return ModelArbitraries.datasets();
    }

    @Provide
    Arbitrary<Project> projects() {
        return ModelArbitraries.projects();
    }

    @Provide
    Arbitrary<SourceDocument> documents() {
        return ModelArbitraries.documents();
    }

    @Property(tries = 300)
    void datasetSurvivesWriteAndRead(@ForAll("datasets") Dataset dataset) {
        byte[] bytes = DatasetJson.write(dataset);
        assertEquals(dataset, DatasetJson.read(bytes, "roundtrip.json"));
        assertEquals(dataset, DatasetJson.read(new ByteArrayInputStream(bytes), "roundtrip.json"));
        assertEquals(dataset, DatasetJson.parse(DatasetJson.toJson(dataset), "roundtrip.json"));
    }

    @Property(tries = 300)
    void projectSurvivesWriteAndRead(@ForAll("projects") Project project) {
        assertEquals(project, DatasetJson.parseProject(DatasetJson.toJson(project), "project.json"));
    }

    @Property(tries = 200)
    void documentSurvivesWriteAndRead(@ForAll("documents") SourceDocument document) {
        assertEquals(document, DatasetJson.readDocument(DatasetJson.writeDocument(document), "document.json"));
    }

    @Property(tries = 200)
    void jsonLinesKeepEveryProjectUnderItsDocument(@ForAll("datasets") Dataset dataset) {
        byte[] lines = DatasetJson.writeJsonLines(dataset);
        Dataset back = DatasetJson.readJsonLines(new ByteArrayInputStream(lines), "export.jsonl");
        assertEquals(dataset.projects(), back.projects());
        for (SourceDocument d : back.documents()) {
            assertEquals(dataset.document(d.document()).orElseThrow().projects(), d.projects());
        }
        String text = new String(lines, StandardCharsets.UTF_8);
        assertEquals(dataset.projects().size(), text.chars().filter(c -> c == '\n').count());
        assertFalse(text.contains("\r"));
        for (String line : text.lines().toList()) {
            assertTrue(line.startsWith("{\"document\":"), line);
        }
    }

    @Property(tries = 200)
    void writingIsDeterministic(@ForAll("datasets") Dataset dataset) {
        byte[] first = DatasetJson.write(dataset);
        assertArrayEquals(first, DatasetJson.write(dataset));
        assertArrayEquals(first, DatasetJson.write(DatasetJson.read(first, "again.json")));
        assertArrayEquals(DatasetJson.writeJsonLines(dataset), DatasetJson.writeJsonLines(dataset));
    }

    @Property(tries = 200)
    void documentOrderDoesNotChangeTheBytes(@ForAll("datasets") Dataset dataset, @ForAll long seed) {
        List<SourceDocument> shuffled = new ArrayList<>(dataset.documents());
        Collections.shuffle(shuffled, new Random(seed));
        Dataset reordered = new Dataset(dataset.formatVersion(), shuffled);
        assertArrayEquals(DatasetJson.write(dataset), DatasetJson.write(reordered));
        assertArrayEquals(DatasetJson.writeJsonLines(dataset), DatasetJson.writeJsonLines(reordered));
    }

    @Property(tries = 200)
    void streamingGivesTheBytesOfTheWholeDataset(@ForAll("datasets") Dataset dataset) {
        java.io.ByteArrayOutputStream json = new java.io.ByteArrayOutputStream();
        java.io.ByteArrayOutputStream lines = new java.io.ByteArrayOutputStream();
        try (DatasetWriter writer = DatasetJson.openWriter(json)) {
            for (SourceDocument d : dataset.documents()) {
                writer.write(d);
                DatasetJson.writeJsonLines(d, lines);
            }
            assertEquals(dataset.documents().size(), writer.count());
        }
        assertArrayEquals(DatasetJson.write(dataset), json.toByteArray());
        assertArrayEquals(DatasetJson.writeJsonLines(dataset), lines.toByteArray());
    }

    @Property(tries = 200)
    void readingDocumentByDocumentGivesTheDocumentsOfTheFile(@ForAll("datasets") Dataset dataset) {
        List<SourceDocument> read = new ArrayList<>();
        try (DatasetReader reader = DatasetJson.openReader(new ByteArrayInputStream(DatasetJson.write(dataset)), "streamed.json")) {
            reader.forEachRemaining(read::add);
            assertEquals(dataset.formatVersion(), reader.formatVersion());
        }
        assertEquals(dataset.documents(), read);
    }

    @Property(tries = 200)
    void outputIsPlainUtf8WithUnixLineEnds(@ForAll("datasets") Dataset dataset) {
        byte[] bytes = DatasetJson.write(dataset);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertArrayEquals(bytes, text.getBytes(StandardCharsets.UTF_8));
        assertTrue(text.endsWith("}\n") && !text.contains("\r") && !text.startsWith("\uFEFF"));
        // Exponents would make equal amounts print differently and confuse readers of the file.
        assertFalse(java.util.regex.Pattern.compile("\"amount\": -?[0-9.]+[eE]").matcher(text).find());
        for (String line : text.lines().toList()) {
            int indent = line.length() - line.stripLeading().length();
            assertEquals(0, indent % 2, line);
            assertTrue(line.substring(0, indent).chars().allMatch(c -> c == ' '), line);
        }
    }

    @Property(tries = 500)
    void arbitraryTextNeverFailsWithAnythingButAFormatError(@ForAll("junk") String junk) {
        byte[] bytes = junk.getBytes(StandardCharsets.UTF_8);
        List<Runnable> readers = List.of(
                () -> DatasetJson.parse(junk, "junk.json"),
                () -> DatasetJson.readDocument(bytes, "junk.json"),
                () -> DatasetJson.parseProject(junk, "junk.json"),
                () -> DatasetJson.readJsonLines(new ByteArrayInputStream(bytes), "junk.json"),
                () -> {
                    try (DatasetReader r = DatasetJson.openReader(new ByteArrayInputStream(bytes), "junk.json")) {
                        r.forEachRemaining(d -> { });
                    }
                });
        for (Runnable reader : readers) {
            try {
                reader.run();
            } catch (DatasetFormatException e) {
                assertTrue(e.getMessage().startsWith("junk.json:"), e.getMessage());
                assertTrue(e.line() >= 1, e.getMessage());
                assertTrue(e.column() >= 1, e.getMessage());
            }
        }
    }

    @Provide
    Arbitrary<String> junk() {
        Arbitrary<String> fragments = Arbitraries.of("{", "}", "[", "]", ",", ":", "\"formatVersion\"", "\"1.0\"", "\"documents\"",
                "\"document\"", "\"projects\"", "\"title\"", "\"start\"", "\"2015-02-30\"", "null", "true", "12", "-1.5e3", "\"\\u\"",
                "\n", " ", "\"a\"", "{\"document\":\"x.txt\",\"projects\":[{\"title\":\"t\"}]}");
        Arbitrary<String> structured = fragments.list().ofMaxSize(30).map(parts -> String.join("", parts));
        return Arbitraries.oneOf(structured, ModelArbitraries.oddText(), Arbitraries.strings().ofMaxLength(50));
    }
}
