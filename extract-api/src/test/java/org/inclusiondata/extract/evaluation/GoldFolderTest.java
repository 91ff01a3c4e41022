package org.inclusiondata.extract.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.inclusiondata.model.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a folder of gold answers: bad files are reported with their position and lose nothing else. */
class GoldFolderTest {

    private static final String GOOD = """
            {"document": "a.txt", "language": "hu", "script": "Latn", "url": null, "projects": [
              {"title": "Közös út", "acronym": null, "start": "2015-05", "end": null, "durationMonths": 21,
               "organizations": [{"name": "Máltai", "role": "lead"}], "funding": [{"amount": 1.756996E+6, "currency": "HUF", "kind": "grant"}],
               "programmes": [], "locations": ["Kubrat", ""], "targetGroups": [], "beneficiaries": null,
               "objectives": [], "activities": [], "results": [], "links": ["http://x.hu/"]}]}
            """;

    @Test
    void readsGoodFilesAndReportsBadOnesWithTheirPosition(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.gold.json"), GOOD);
        Files.writeString(dir.resolve("b.gold.json"), "{\"document\": \"b.txt\",\n  \"projects\": [\n    {\"title\": }\n]}");
        Files.writeString(dir.resolve("c.gold.json"), GOOD.replace("a.txt", "c.txt").replace("\"lead\"", "\"sponsor\""));
        Files.writeString(dir.resolve("a.txt"), "not a gold file");
        Files.writeString(dir.resolve("d.json"), "{}");

        GoldFolder gold = GoldFolder.read(dir);

        assertEquals(List.of("a.gold.json"), List.copyOf(gold.documents().keySet()));
        var project = gold.documents().get("a.gold.json").projects().get(0);
        assertEquals("Közös út", project.title());
        assertEquals(List.of("Kubrat", ""), project.locations().stream().map(p -> p.text()).toList());
        assertEquals(dir.resolve("a.txt"), gold.pageOf(gold.documents().get("a.gold.json")));
        assertEquals(2, gold.diagnostics().size(), gold.diagnostics()::toString);
        Diagnostic syntax = gold.diagnostics().get(0);
        assertTrue(syntax.file().endsWith("b.gold.json") && syntax.line() == 3 && syntax.column() > 0, syntax::format);
        Diagnostic role = gold.diagnostics().get(1);
        assertTrue(role.file().endsWith("c.gold.json") && role.line() > 0 && role.message().contains("sponsor"), role::format);
        assertEquals(1, gold.inLanguage("hu").size());
        assertTrue(gold.inLanguage("bg").isEmpty());
    }

    @Test
    void aGoldFileScoresAsPerfectAgainstItselfAndEmptyGoldItemsAreIgnored(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.gold.json"), GOOD);
        GoldFolder gold = GoldFolder.read(dir);
        EvaluationReport r = Evaluation.score(gold.documents(), gold.documents().values());
        // Predictions keep the empty location (score.py sees it as an object), gold drops it (a bare "").
        assertEquals(new Counts(1, 1, 0), r.field(ScoredField.LOCATIONS));
        assertEquals(new Counts(1, 0, 0), r.field(ScoredField.FUNDING));
        assertEquals(new Counts(1, 0, 0), r.field(ScoredField.LINKS));
        assertEquals(new Counts(1, 0, 0), r.field(ScoredField.ROLES));
        assertEquals(List.of("a.txt [Közös út] locations: tp=1 fp=1 fn=0"), r.errors());
    }
}
