package org.inclusiondata.maven.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.inclusiondata.maven.Fixtures;
import org.inclusiondata.model.Dataset;
import org.junit.jupiter.api.Test;

class DatasetSummaryTest {

    @Test
    void countsDocumentsProjectsAndFilledFieldsPerLanguage() {
        DatasetSummary s = DatasetSummary.of(Dataset.of(List.of(Fixtures.document(), Fixtures.unreadable())));
        assertEquals(2, s.totalDocuments());
        assertEquals(1, s.totalProjects());
        assertEquals(List.of("2 documents, 1 projects",
                "  ?: 1 documents, 0 projects",
                "  hu: 1 documents, 1 projects; filled: title=1 start=1 organizations=1 funding=1 locations=1 links=1"), s.lines());
    }
}
