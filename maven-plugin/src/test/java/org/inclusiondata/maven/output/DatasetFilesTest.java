package org.inclusiondata.maven.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.inclusiondata.maven.export.CsvExport;
import org.inclusiondata.maven.summary.DatasetSummary;
import org.inclusiondata.model.Dataset;
import org.inclusiondata.model.Diagnostic;
import org.inclusiondata.model.Organization;
import org.inclusiondata.model.Phrase;
import org.inclusiondata.model.Project;
import org.inclusiondata.model.Role;
import org.inclusiondata.model.SourceDocument;
import org.inclusiondata.model.json.DatasetJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetFilesTest {

    @TempDir
    Path dir;

    private static Dataset dataset() {
        Project a = Project.builder().title("Első | projekt").organization(new Organization("Egyesület", Role.LEAD))
                .location(Phrase.of("Pécs")).build();
        Project b = Project.builder().title("Втори проект").targetGroup(Phrase.of("роми")).build();
        return Dataset.of(List.of(
                SourceDocument.annotated("a.txt", "hu", "Latn", null, List.of(a)),
                SourceDocument.annotated("b.txt", "bg", "Cyrl", null, List.of(b, a)),
                new SourceDocument("c.txt", null, 3, null, null, null, null, null, null, null, List.of(),
                        List.of(Diagnostic.error("page.unreadable", "c.txt", 0, 0, "cannot read the file")))));
    }

    private Path json() {
        return dir.resolve("META-INF/inclusiondata/dataset.json");
    }

    @Test
    void documentsAddedOneByOneGiveTheBytesOfTheWholeDataset() throws IOException {
        Dataset dataset = dataset();
        try (DatasetFiles files = DatasetFiles.open(json())) {
            for (SourceDocument d : dataset.documents()) {
                files.add(d);
            }
            files.commit();
            assertEquals(DatasetSummary.of(dataset), files.summary());
            assertEquals(1, files.errors());
        }
        assertArrayEquals(DatasetJson.write(dataset), Files.readAllBytes(json()));
        assertArrayEquals(DatasetJson.writeJsonLines(dataset), Files.readAllBytes(json().resolveSibling("dataset.jsonl")));
        StringWriter csv = new StringWriter();
        CsvExport.write(dataset, csv);
        assertEquals(csv.toString(), Files.readString(json().resolveSibling("dataset.csv"), StandardCharsets.UTF_8));
        assertEquals(List.of("dataset.csv", "dataset.json", "dataset.jsonl"), names());
    }

    @Test
    void withoutACommitTheOlderFilesStayAndNoPartialFileIsLeft() throws IOException {
        Dataset older = Dataset.of(dataset().documents().subList(0, 1));
        try (DatasetFiles files = DatasetFiles.open(json())) {
            files.add(older.documents().get(0));
            files.commit();
        }
        byte[] before = Files.readAllBytes(json());
        try (DatasetFiles files = DatasetFiles.open(json())) {
            files.add(dataset().documents().get(1));
            // A build that fails here (an extractor's Error, a full disk) never commits.
        }
        assertArrayEquals(before, Files.readAllBytes(json()));
        assertEquals(List.of("dataset.csv", "dataset.json", "dataset.jsonl"), names());
    }

    @Test
    void aDocumentOutOfNameOrderIsRefused() throws IOException {
        try (DatasetFiles files = DatasetFiles.open(json())) {
            files.add(dataset().documents().get(1));
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> files.add(dataset().documents().get(0)));
            assertEquals("document 'a.txt' comes after 'b.txt'; a dataset lists each document once, sorted by name, so write them"
                    + " in that order", e.getMessage());
        }
        assertEquals(List.of(), names());
    }

    private List<String> names() throws IOException {
        try (var s = Files.list(json().getParent())) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
