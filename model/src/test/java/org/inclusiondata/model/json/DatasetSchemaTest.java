package org.inclusiondata.model.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.inclusiondata.model.Dataset;
import org.inclusiondata.model.ModelArbitraries;
import org.inclusiondata.model.SourceDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The published schema accepts what the library writes and what the gold files say, and nothing broken. */
class DatasetSchemaTest {

    private static final Schema SCHEMA = load();
    private static final JsonMapper PLAIN = JsonMapper.builder().build();

    private static Schema load() {
        try (InputStream in = DatasetSchema.openStream()) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<Error> validate(String json) {
        return SCHEMA.validate(json, InputFormat.JSON);
    }

    @Test
    void schemaDeclaresItsIdAndDialect() {
        JsonNode schema = PLAIN.readTree(DatasetSchema.text());
        assertEquals(DatasetSchema.ID, schema.get("$id").asString());
        assertEquals("https://json-schema.org/draft/2020-12/schema", schema.get("$schema").asString());
        assertTrue(DatasetSchema.url().toString().endsWith(DatasetSchema.RESOURCE), DatasetSchema.url().toString());
        // The descriptions come from the annotation guide; every project key is documented.
        JsonNode project = schema.get("$defs").get("project");
        for (String field : org.inclusiondata.model.Project.FIELDS) {
            assertTrue(project.get("required").toString().contains("\"" + field + "\""), field);
            assertTrue(project.get("properties").get(field).has("description"), field);
        }
    }

    @Test
    void theSchemaIsAValidDraft202012Schema() {
        // The meta-schema ships inside the validator jar, so this needs no network.
        Schema meta = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        assertEquals(List.of(), meta.validate(DatasetSchema.text(), InputFormat.JSON));
        assertFalse(meta.validate("{\"type\": \"objekt\"}", InputFormat.JSON).isEmpty(), "the meta-schema check can fail");
    }

    @Test
    void theSampleDatasetIsValid() {
        assertEquals(List.of(), validate(DatasetJson.toJson(DatasetJsonTest.sample())));
    }

    @Test
    void everyGoldFileIsValidAsWrittenAndAfterTheRecordsRewriteIt() throws IOException {
        for (Path file : GoldFiles.all()) {
            String wrapped = "{\"formatVersion\": \"1.0\", \"documents\": [" + Files.readString(file) + "]}";
            assertEquals(List.of(), validate(wrapped), file.toString());
            SourceDocument document = DatasetJson.readDocument(file);
            assertEquals(List.of(), validate(DatasetJson.toJson(Dataset.of(List.of(document)))), file.toString());
        }
    }

    @Provide
    Arbitrary<Dataset> datasets() {
        return ModelArbitraries.datasets();
    }

    /** The records enforce what the schema says, so whatever can be built can be published. */
    @Property(tries = 100)
    void everyDatasetTheRecordsAllowIsValid(@ForAll("datasets") Dataset dataset) {
        List<Error> errors = validate(DatasetJson.toJson(dataset));
        assertEquals(List.of(), errors);
    }

    private static final String PROJECT = "{\"title\":\"T\",\"acronym\":null,\"start\":%s,\"end\":null,\"durationMonths\":null,"
            + "\"organizations\":[%s],\"funding\":[%s],\"programmes\":[],\"locations\":[],\"targetGroups\":[],"
            + "\"beneficiaries\":null,\"objectives\":[],\"activities\":[],\"results\":[],\"links\":[]%s}";

    private static String dataset(String start, String organization, String funding, String extra) {
        return "{\"formatVersion\":\"1.0\",\"documents\":[{\"document\":\"a.txt\",\"projects\":["
                + String.format(PROJECT, start, organization, funding, extra) + "]}]}";
    }

    @Test
    void theBaselineOfTheNegativeCasesIsValid() {
        assertEquals(List.of(), validate(dataset("\"2015-05\"", "{\"name\":\"X\",\"role\":\"lead\"}",
                "{\"amount\":1756996.00,\"currency\":\"RON\",\"kind\":\"total\"}", "")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            month 13          | "2015-13"    | {"name":"X","role":"lead"}    | {"amount":1,"currency":"EUR","kind":"total"} | ``
            day 32            | "2015-05-32" | {"name":"X","role":"lead"}    | {"amount":1,"currency":"EUR","kind":"total"} | ``
            European order    | "30.05.2015" | {"name":"X","role":"lead"}    | {"amount":1,"currency":"EUR","kind":"total"} | ``
            date and time     | "2015-05-01T10:00" | {"name":"X","role":"lead"} | {"amount":1,"currency":"EUR","kind":"total"} | ``
            unknown role      | null         | {"name":"X","role":"sponsor"} | {"amount":1,"currency":"EUR","kind":"total"} | ``
            role missing      | null         | {"name":"X"}                  | {"amount":1,"currency":"EUR","kind":"total"} | ``
            unknown kind      | null         | {"name":"X","role":"lead"}    | {"amount":1,"currency":"EUR","kind":"loan"}  | ``
            currency word     | null         | {"name":"X","role":"lead"}    | {"amount":1,"currency":"Ft","kind":"total"}  | ``
            amount as text    | null         | {"name":"X","role":"lead"}    | {"amount":"1","currency":"EUR","kind":"total"} | ``
            evidence of list  | null         | {"name":"X","role":"lead"}    | {"amount":1,"currency":"EUR","kind":"total"} | `,"evidence":{"locations":{"start":0,"end":1,"line":1,"column":1,"extractor":"x"}}`
            span line 0       | null         | {"name":"X","role":"lead","span":{"start":0,"end":1,"line":0,"column":1,"extractor":"x"}} | {"amount":1,"currency":"EUR","kind":"total"} | ``
            """)
    void brokenValuesAreRejected(String what, String start, String organization, String funding, String extra) {
        assertFalse(validate(dataset(start, organization, funding, extra)).isEmpty(), what);
    }

    @Test
    void aProjectWithoutAnAnnotationKeyIsRejected() {
        String json = dataset("null", "", "", "").replace("\"beneficiaries\":null,", "");
        List<Error> errors = validate(json);
        assertFalse(errors.isEmpty());
        assertTrue(errors.toString().contains("beneficiaries"), errors.toString());
    }

    @Test
    void badDocumentMetadataIsRejected() {
        for (String bad : List.of("\"language\":\"Hungarian\"", "\"script\":\"latin\"", "\"sha256\":\"ABC\"", "\"languageConfidence\":1.5",
                "\"bytes\":-1")) {
            String json = "{\"formatVersion\":\"1.0\",\"documents\":[{\"document\":\"a.txt\"," + bad + ",\"projects\":[]}]}";
            assertFalse(validate(json).isEmpty(), bad);
        }
        assertFalse(validate("{\"formatVersion\":\"2.0\",\"documents\":[]}").isEmpty());
        assertFalse(validate("{\"documents\":[]}").isEmpty());
    }
}
