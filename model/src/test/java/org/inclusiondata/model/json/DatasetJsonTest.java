package org.inclusiondata.model.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.inclusiondata.model.Dataset;
import org.inclusiondata.model.FundingKind;
import org.inclusiondata.model.Link;
import org.inclusiondata.model.Money;
import org.inclusiondata.model.Organization;
import org.inclusiondata.model.PartialDate;
import org.inclusiondata.model.Phrase;
import org.inclusiondata.model.Project;
import org.inclusiondata.model.Role;
import org.inclusiondata.model.SourceDocument;
import org.inclusiondata.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class DatasetJsonTest {

    private static final JsonMapper PLAIN = JsonMapper.builder().build();

    /** A small dataset exercising every kind of value; its exact bytes are pinned in a test resource. */
    static Dataset sample() {
        Span title = new Span(0, 24, 1, 1, "hu-rules");
        Project roma = Project.builder()
                .id("000_sample#1")
                .title("Roma–NeT II: „befogadás”", title)
                .acronym("Roma–NeT II", new Span(30, 41, 1, 31, "hu-rules"))
                .start(PartialDate.parse("2013-12-01"), new Span(50, 61, 2, 8, "hu-rules"))
                .end(PartialDate.parse("2015-03"), null)
                .organization(new Organization("Fővárosi Önkormányzat", Role.LEAD, new Span(70, 91, 3, 1, "hu-rules")))
                .organization(new Organization("Almeria", Role.PARTNER))
                .funding(new Money(new BigDecimal("4492400"), "HUF", FundingKind.GRANT, new Span(100, 112, 4, 5, "hu-rules")))
                .funding(new Money(new BigDecimal("1756996.00"), "RON", FundingKind.TOTAL))
                .funding(new Money(new BigDecimal("1.5E+7"), "EUR", FundingKind.OWN))
                .programme(Phrase.of("URBACT"))
                .location(new Phrase("Nagykálló", new Span(120, 129, 5, 1, "hu-rules")))
                .targetGroup(Phrase.of("Roma közösségek"))
                .beneficiaries(340, null)
                .objective(Phrase.of("a romák társadalmi befogadásának elősegítése"))
                .link(Link.of("http://urbact.eu/roma–net-II"))
                .build();
        SourceDocument hu = new SourceDocument("000_sample.txt", "ab".repeat(32), 2048, "hu", 0.9871, "Latn", "hu-rules", "0.1.0",
                PartialDate.parse("2016"), null, List.of(roma),
                List.of(org.inclusiondata.model.Diagnostic.warning("rule.end-before-start", "000_sample.txt", 2, 8, "end before start")));
        SourceDocument empty = SourceDocument.annotated("bg-news.txt", "bg", "Cyrl", "https://example.bg/новини", List.of());
        SourceDocument sk = new SourceDocument("sk.txt", null, 10, "sk", null, "Latn", null, null, null, null, List.of(),
                List.of(org.inclusiondata.model.Diagnostic.error("language.unsupported", "sk.txt", 1, 1,
                        "no extractor reads sk; add a module for it")));
        return Dataset.of(List.of(sk, hu, empty));
    }

    @Test
    void sampleIsWrittenExactlyAsPinned() throws IOException {
        byte[] expected;
        try (var in = DatasetJsonTest.class.getResourceAsStream("sample-dataset.json")) {
            expected = in.readAllBytes();
        }
        byte[] actual = DatasetJson.write(sample());
        assertEquals(new String(expected, StandardCharsets.UTF_8), new String(actual, StandardCharsets.UTF_8));
        assertArrayEquals(expected, actual);
        assertEquals(sample(), DatasetJson.read(expected, "sample-dataset.json"));
    }

    /** Files and streams are written as they are made, not held whole; the bytes are the pinned ones all the same. */
    @Test
    void streamedFilesHoldThePinnedBytes(@TempDir Path dir) throws IOException {
        byte[] json;
        byte[] lines;
        try (var in = DatasetJsonTest.class.getResourceAsStream("sample-dataset.json");
                var inLines = DatasetJsonTest.class.getResourceAsStream("sample-dataset.jsonl")) {
            json = in.readAllBytes();
            lines = inLines.readAllBytes();
        }
        DatasetJson.write(sample(), dir.resolve("a/dataset.json"));
        DatasetJson.writeJsonLines(sample(), dir.resolve("a/dataset.jsonl"));
        assertArrayEquals(json, Files.readAllBytes(dir.resolve("a/dataset.json")));
        assertArrayEquals(lines, Files.readAllBytes(dir.resolve("a/dataset.jsonl")));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DatasetJson.write(sample(), out);
        out.write('x');
        assertEquals(new String(json, StandardCharsets.UTF_8) + "x", out.toString(StandardCharsets.UTF_8), "the stream stays open");
    }

    /** A writer fed document by document gives the pinned file, and only once it is closed. */
    @Test
    void documentByDocumentWriterGivesThePinnedFile(@TempDir Path dir) throws IOException {
        byte[] json;
        try (var in = DatasetJsonTest.class.getResourceAsStream("sample-dataset.json")) {
            json = in.readAllBytes();
        }
        Path file = dir.resolve("b/dataset.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "an older dataset");
        DatasetWriter writer = DatasetJson.openWriter(file);
        for (SourceDocument d : sample().documents()) {
            writer.write(d);
        }
        assertEquals("an older dataset", Files.readString(file), "the file is replaced only when the writer closes");
        writer.close();
        assertArrayEquals(json, Files.readAllBytes(file));
        try (var names = Files.list(file.getParent())) {
            assertEquals(List.of(file), names.toList(), "no partial file is left behind");
        }
        assertThrows(IllegalStateException.class, () -> writer.write(sample().documents().get(0)));
    }

    /** A caller that fails half-way aborts; the previous file stays, and the close of try-with-resources changes nothing. */
    @Test
    void anAbortedFileWriterLeavesThePreviousFileAsItWas(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("dataset.json");
        Files.writeString(file, "an older dataset");
        IllegalStateException failure = assertThrows(IllegalStateException.class, () -> {
            try (DatasetWriter writer = DatasetJson.openWriter(file)) {
                try {
                    writer.write(sample().documents().get(0));
                    throw new IllegalStateException("the caller failed");
                } catch (IllegalStateException e) {
                    writer.abort();
                    throw e;
                }
            }
        });
        assertEquals("the caller failed", failure.getMessage());
        assertEquals("an older dataset", Files.readString(file));
        try (var names = Files.list(dir)) {
            assertEquals(List.of(file), names.toList(), "the partial file is deleted");
        }
    }

    @Test
    void documentByDocumentWriterRefusesDocumentsOutOfOrder() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DatasetWriter writer = DatasetJson.openWriter(out)) {
            List<SourceDocument> docs = sample().documents();
            writer.write(docs.get(1));
            IllegalArgumentException before = assertThrows(IllegalArgumentException.class, () -> writer.write(docs.get(0)));
            assertTrue(before.getMessage().contains("'" + docs.get(0).document() + "' comes after '" + docs.get(1).document() + "'"),
                    before.getMessage());
            assertThrows(IllegalArgumentException.class, () -> writer.write(docs.get(1)), "a name given twice");
            writer.write(docs.get(2));
        }
        Dataset back = DatasetJson.read(out.toByteArray(), "streamed.json");
        assertEquals(List.of(sample().documents().get(1), sample().documents().get(2)), back.documents(),
                "a refused document leaves the file well-formed");
    }

    @Test
    void emptyStreamedDatasetIsTheEmptyDatasetFile() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DatasetJson.openWriter(out).close();
        assertArrayEquals(DatasetJson.write(Dataset.of(List.of())), out.toByteArray());
    }

    /** A reader gives every document before a broken one, then names the broken one's place. */
    @Test
    void documentByDocumentReaderReportsWhereTheFileBreaks() {
        String json = DatasetJson.toJson(sample()).replace("\"start\": \"2013-12-01\"", "\"start\": \"2013-13-01\"");
        List<String> read = new ArrayList<>();
        DatasetReader reader = DatasetJson.openReader(new java.io.ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "big.json");
        DatasetFormatException e = assertThrows(DatasetFormatException.class, () -> reader.forEachRemaining(d -> read.add(d.document())));
        assertEquals(List.of(), read, "000_sample.txt is the first document and the broken one");
        assertTrue(e.getMessage().startsWith("big.json:"), e.getMessage());
        assertTrue(e.getMessage().contains("documents[0].projects[0].start"), e.getMessage());
        String line = json.lines().filter(l -> l.contains("2013-13-01")).findFirst().orElseThrow();
        assertEquals(json.lines().toList().indexOf(line) + 1, e.line(), e.getMessage());
    }

    @Test
    void documentByDocumentReaderRefusesWhatReadRefuses() {
        String twice = "{\"formatVersion\": \"1.0\", \"documents\": [{\"document\": \"a.txt\"}, {\"document\": \"b.txt\"},\n"
                + "{\"document\": \"a.txt\"}]}";
        List<String> names = new ArrayList<>();
        DatasetFormatException dup = assertThrows(DatasetFormatException.class, () -> readAll(twice, names));
        assertEquals(List.of("a.txt", "b.txt"), names, "the good documents before the problem are read");
        assertTrue(dup.getMessage().startsWith("twice.json:2:1:"), dup.getMessage());
        assertTrue(dup.getMessage().contains("documents[2]: document 'a.txt' appears twice; each document name must be unique"),
                dup.getMessage());
        DatasetFormatException newer = assertThrows(DatasetFormatException.class,
                () -> readAll("{\"formatVersion\": \"2.0\", \"documents\": []}", new ArrayList<>()));
        assertTrue(newer.getMessage().contains("formatVersion 2.0 is not supported"), newer.getMessage());
        DatasetFormatException missing = assertThrows(DatasetFormatException.class,
                () -> readAll("{\"documents\": [{\"document\": \"a.txt\"}]}", new ArrayList<>()));
        assertTrue(missing.getMessage().contains("\"formatVersion\" is missing"), missing.getMessage());
        DatasetFormatException trailing = assertThrows(DatasetFormatException.class,
                () -> readAll("{\"formatVersion\": \"1.0\"} {}", new ArrayList<>()));
        assertTrue(trailing.getMessage().contains("extra content"), trailing.getMessage());
        List<String> later = new ArrayList<>();
        readAll("{\"documents\": [{\"document\": \"a.txt\"}], \"extra\": {\"x\": [1]}, \"formatVersion\": \"1.3\"}", later);
        assertEquals(List.of("a.txt"), later, "unknown keys are skipped and the version may come last");
    }

    private static void readAll(String json, List<String> names) {
        try (DatasetReader r = DatasetJson.openReader(new java.io.ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "twice.json")) {
            r.forEachRemaining(d -> names.add(d.document()));
        }
    }

    @Test
    void documentByDocumentReaderReadsAFileAndReleasesIt(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("dataset.json");
        DatasetJson.write(sample(), file);
        List<SourceDocument> read = new ArrayList<>();
        try (DatasetReader r = DatasetJson.openReader(file)) {
            r.forEachRemaining(read::add);
        }
        assertEquals(sample().documents(), read);
        Files.delete(file);
        DatasetFormatException e = assertThrows(DatasetFormatException.class, () -> DatasetJson.openReader(file));
        assertTrue(e.getMessage().contains("check that it exists"), e.getMessage());
    }

    @Test
    void sampleJsonLinesArePinned() throws IOException {
        byte[] expected;
        try (var in = DatasetJsonTest.class.getResourceAsStream("sample-dataset.jsonl")) {
            expected = in.readAllBytes();
        }
        assertEquals(new String(expected, StandardCharsets.UTF_8),
                new String(DatasetJson.writeJsonLines(sample()), StandardCharsets.UTF_8));
    }

    @Test
    void everyProjectKeyIsWrittenAndNullSpansAreLeftOut() {
        Project bare = Project.builder().title("t").build();
        JsonNode node = PLAIN.readTree(DatasetJson.toJson(bare));
        for (String field : Project.FIELDS) {
            assertTrue(node.has(field), field);
        }
        assertTrue(node.get("acronym").isNull());
        assertTrue(node.get("locations").isArray() && node.get("locations").isEmpty());
        assertFalse(node.has("evidence"), "empty evidence is left out");

        Project withItems = bare.toBuilder().location(Phrase.of("Kubrat")).organization(new Organization("X", Role.OTHER)).build();
        String json = DatasetJson.toJson(withItems);
        assertFalse(json.contains("\"span\""), json);
    }

    @Test
    void amountsAreCanonicalAndPlain() {
        String json = DatasetJson.toJson(Project.builder()
                .funding(new Money(new BigDecimal("1756996.00"), "RON", FundingKind.TOTAL))
                .funding(new Money(new BigDecimal("4.4924E+6"), "HUF", FundingKind.GRANT))
                .funding(new Money(new BigDecimal("12.50"), "EUR", FundingKind.OWN))
                .build());
        assertTrue(json.contains("\"amount\": 1756996,"), json);
        assertTrue(json.contains("\"amount\": 4492400,"), json);
        assertTrue(json.contains("\"amount\": 12.5,"), json);
    }

    @Test
    void writesToStreamsAndFilesTheSameBytes(@TempDir Path dir) throws IOException {
        Dataset dataset = sample();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DatasetJson.write(dataset, out);
        Path file = dir.resolve("nested/out/dataset.json");
        DatasetJson.write(dataset, file);
        assertArrayEquals(DatasetJson.write(dataset), out.toByteArray());
        assertArrayEquals(DatasetJson.write(dataset), Files.readAllBytes(file));
        assertEquals(dataset, DatasetJson.read(file));
        assertEquals(DatasetJson.toJson(dataset), new String(out.toByteArray(), StandardCharsets.UTF_8));
    }

    @Test
    void everyGoldFileReadsIntoTheRecordsWithNothingLost() throws IOException {
        List<Path> gold = GoldFiles.all();
        assertTrue(gold.size() >= 20, "gold files found: " + gold.size());
        for (Path file : gold) {
            SourceDocument document = DatasetJson.readDocument(file);
            JsonNode raw = PLAIN.readTree(Files.readString(file));
            assertEquals(raw.get("document").asString(), document.document(), file.toString());
            assertEquals(file.getFileName().toString().replace(".gold.json", ".txt"), document.document());
            // What the records write back must say what the gold file says, field by field.
            JsonNode written = PLAIN.readTree(DatasetJson.toJson(document));
            for (String key : List.of("document", "language", "script", "url")) {
                assertEquals(raw.get(key), written.get(key), file + " " + key);
            }
            assertEquals(raw.get("projects").size(), document.projects().size(), file.toString());
            for (int i = 0; i < document.projects().size(); i++) {
                assertSameProject(file + " project " + i, raw.get("projects").get(i), written.get("projects").get(i));
            }
        }
    }

    private static void assertSameProject(String where, JsonNode gold, JsonNode written) {
        for (Iterator<Map.Entry<String, JsonNode>> it = gold.properties().iterator(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode expected = e.getValue();
            JsonNode actual = written.get(e.getKey());
            String at = where + " ." + e.getKey();
            if (e.getKey().equals("funding")) {
                assertEquals(expected.size(), actual.size(), at);
                for (int i = 0; i < expected.size(); i++) {
                    assertEquals(0, expected.get(i).get("amount").decimalValue().compareTo(actual.get(i).get("amount").decimalValue()), at);
                    assertEquals(expected.get(i).get("currency"), actual.get(i).get("currency"), at);
                    assertEquals(expected.get(i).get("kind"), actual.get(i).get("kind"), at);
                }
            } else if (expected.isArray()) {
                assertEquals(expected.size(), actual.size(), at);
                for (int i = 0; i < expected.size(); i++) {
                    JsonNode item = actual.get(i);
                    JsonNode text = item.isObject() ? (item.has("text") ? item.get("text") : item.get("url")) : item;
                    if (expected.get(i).isObject()) {
                        assertEquals(expected.get(i), item, at);
                    } else {
                        assertEquals(expected.get(i), text, at);
                    }
                }
            } else {
                assertEquals(expected, actual, at);
            }
        }
    }

    @Test
    void aGoldFileWrappedAsADatasetReadsLikeTheRecords() throws IOException {
        Path file = GoldFiles.seeds().get(0);
        String wrapped = "{\"formatVersion\": \"1.0\", \"documents\": [" + Files.readString(file) + "]}";
        Dataset dataset = DatasetJson.parse(wrapped, "wrapped.json");
        assertEquals(List.of(DatasetJson.readDocument(file)), dataset.documents());
    }

    @Test
    void unknownKeysAreIgnoredAndAByteOrderMarkIsAccepted() {
        String json = "\uFEFF{\"formatVersion\": \"1.7\", \"generator\": {\"name\": \"future\"}, \"documents\": ["
                + "{\"document\": \"a.txt\", \"colour\": \"blue\", \"projects\": [{\"title\": \"T\", \"novelty\": [1, 2],"
                + " \"locations\": [\"Pécs\", {\"text\": \"Baranya\", \"confidence\": 0.5}]}]}]}";
        Dataset dataset = DatasetJson.read(json.getBytes(StandardCharsets.UTF_8), "future.json");
        assertEquals("1.7", dataset.formatVersion());
        Project p = dataset.projects().get(0);
        assertEquals("T", p.title());
        assertEquals(List.of(Phrase.of("Pécs"), Phrase.of("Baranya")), p.locations());
        assertNull(p.acronym());
    }

    /** The column is that of the offending value, counted in code points as in every Span. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            # what                | json (\\n = new line)                                                                                     | line | column | message contains
            impossible date       | {"formatVersion":"1.0","documents":[{"document":"a.txt","projects":[\\n  {"start":"2015-02-30"}]}]} | 2    | 12     | documents[0].projects[0].start: 2015-02-30 is not a calendar date
            malformed date        | {"formatVersion":"1.0","documents":[{"document":"a.txt","projects":[{"end":"30.05.2015"}]}]}       | 1    |        | YYYY, YYYY-MM or YYYY-MM-DD
            unknown role          | {"formatVersion":"1.0","documents":[{"document":"a.txt","projects":[{"organizations":[{"name":"X","role":"sponsor"}]}]}]} | 1 | | organizations[0].role: unknown role 'sponsor'
            unknown kind          | {"formatVersion":"1.0","documents":[{"document":"a.txt","projects":[{"funding":[{"amount":1,"currency":"EUR","kind":"loan"}]}]}]} | 1 | | unknown funding kind 'loan'
            bad currency          | {"formatVersion":"1.0","documents":[{"document":"a.txt","projects":[{"funding":[{"amount":1,"currency":"euro","kind":"total"}]}]}]} | 1 | | currency 'euro' is not an ISO 4217 code
            amount as text        | {"formatVersion":"1.0","documents":[{"document":"a.txt","projects":[{"funding":[{"amount":"1 000","currency":"EUR","kind":"total"}]}]}]} | 1 | | funding[0].amount
            title is a number     | {"formatVersion":"1.0","documents":[{"document":"a.txt","projects":[{"title":5}]}]}                 | 1    | 78     | projects[0].title
            count is text         | {"formatVersion":"1.0","documents":[{"document":"a.txt","projects":[{"beneficiaries":"340"}]}]}     | 1    |        | projects[0].beneficiaries
            fractional count      | {"formatVersion":"1.0","documents":[{"document":"a.txt","projects":[{"durationMonths":2.5}]}]}      | 1    |        | projects[0].durationMonths
            missing name          | {"formatVersion":"1.0","documents":[{"document":"a.txt","projects":[{"organizations":[{"role":"lead"}]}]}]} | 1 |      | "name" is missing
            missing document name | {"formatVersion":"1.0","documents":[{"projects":[]}]}                                              | 1    |        | "document" is missing
            duplicate document    | {"formatVersion":"1.0","documents":[{"document":"a.txt"},{"document":"a.txt"}]}                    | 1    |        | document 'a.txt' appears twice
            newer major version   | {"formatVersion":"2.0","documents":[]}                                                             | 1    |        | formatVersion 2.0 is not supported
            a gold file           | {"document":"a.txt","projects":[]}                                                                 | 1    |        | DatasetJson.readDocument
            unclosed array        | {"formatVersion":"1.0",\\n"documents":[}                                                           | 2    | 14     | not well-formed JSON
            duplicate key         | {"formatVersion":"1.0","formatVersion":"1.0","documents":[]}                                       | 1    |        | Duplicate
            trailing garbage      | {"formatVersion":"1.0","documents":[]} []                                                          | 1    | 40     | extra content after the end
            non-ASCII column      | {"formatVersion":"1.0","documents":[{"document":"őő😀.txt","projects":[{"start":"2015-13"}]}]}     | 1    | 80     | month 13 is outside 1-12
            null list item        | {"formatVersion":"1.0","documents":[{"document":"a.txt","projects":[{"locations":["Pécs",null]}]}]} | 1 |      | locations[1] is null
            year as a number      | {"formatVersion":"1.0","documents":[{"document":"a.txt","projects":[{"start":2017}]}]}              | 1    | 78     | projects[0].start: Cannot construct instance of PartialDate from Number value (2017)
            list as a string      | {"formatVersion":"1.0","documents":[{"document":"a.txt","projects":[{"locations":"Pécs"}]}]}        | 1    |        | projects[0].locations: Cannot deserialize value of type list from String value
            JSON null             | ` null`                                                                                            | 1    | 2      | the input is JSON null
            empty                 | `   `                                                                                              | 1    | 1      | the input is empty
            """)
    void badInputNamesFileLineAndColumn(String what, String json, int line, Integer column, String message) {
        DatasetFormatException e = assertThrows(DatasetFormatException.class,
                () -> DatasetJson.parse(json.replace("\\n", "\n"), "bad/" + what + ".json"));
        assertEquals("bad/" + what + ".json", e.file());
        assertEquals(line, e.line(), e.getMessage());
        if (column != null) {
            assertEquals(column.intValue(), e.column(), e.getMessage());
        }
        assertTrue(e.column() >= 1, e.getMessage());
        assertTrue(e.problem().contains(message), e.getMessage());
        assertTrue(e.getMessage().startsWith("bad/" + what + ".json:" + e.line() + ":" + e.column() + ": error: "), e.getMessage());
        assertEquals(e.getMessage(), e.diagnostic().format());
        assertEquals(DatasetFormatException.CODE, e.diagnostic().code());
    }

    @Test
    void invalidUtf8IsReportedWhereItBreaks() {
        byte[] head = "{\"formatVersion\":\"1.0\",\n\"documents\":[{\"document\":\"ő".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[head.length + 2];
        System.arraycopy(head, 0, bytes, 0, head.length);
        bytes[head.length] = (byte) 0xC3;
        bytes[head.length + 1] = (byte) 0x28;
        DatasetFormatException e = assertThrows(DatasetFormatException.class, () -> DatasetJson.read(bytes, "broken.json"));
        assertEquals(2, e.line());
        assertEquals(28, e.column(), e.getMessage());
        assertTrue(e.getMessage().contains("not valid UTF-8"), e.getMessage());
    }

    @Test
    void aMissingFileIsAFormatErrorNamingIt(@TempDir Path dir) {
        Path missing = dir.resolve("nope.json");
        DatasetFormatException e = assertThrows(DatasetFormatException.class, () -> DatasetJson.read(missing));
        assertEquals(missing.toString(), e.file());
        assertTrue(e.getMessage().contains("cannot read"), e.getMessage());
    }

    @Test
    void jsonLinesErrorsCountLinesOfTheWholeFile() {
        byte[] lines = ("{\"document\":\"a.txt\",\"title\":\"A\"}\n\n{\"document\":\"b.txt\",\"start\":\"2015-02-30\"}\n")
                .getBytes(StandardCharsets.UTF_8);
        DatasetFormatException e = assertThrows(DatasetFormatException.class,
                () -> DatasetJson.readJsonLines(new java.io.ByteArrayInputStream(lines), "export.jsonl"));
        assertEquals(3, e.line(), e.getMessage());
        byte[] noKey = "{\"title\":\"A\"}\n".getBytes(StandardCharsets.UTF_8);
        e = assertThrows(DatasetFormatException.class,
                () -> DatasetJson.readJsonLines(new java.io.ByteArrayInputStream(noKey), "export.jsonl"));
        assertTrue(e.getMessage().contains("\"document\""), e.getMessage());
    }

    @Test
    void oneDocumentWritesAndReadsAlone() {
        SourceDocument doc = sample().documents().get(0);
        byte[] bytes = DatasetJson.writeDocument(doc);
        assertEquals(doc, DatasetJson.readDocument(bytes, "doc.json"));
        List<String> keys = new ArrayList<>();
        PLAIN.readTree(bytes).propertyNames().forEach(keys::add);
        assertEquals(List.of("document", "sha256", "bytes", "language", "languageConfidence", "script", "extractor",
                "extractorVersion", "published", "url", "projects", "diagnostics"), keys);
    }
}
