package org.example.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.inclusiondata.model.InclusionDataset;
import org.inclusiondata.model.PartialDate;
import org.inclusiondata.model.Project;
import org.junit.jupiter.api.Test;

class ReadsTheDatasetTest {

    @Test
    void readsTypedRecordsFromTheDatasetJar() {
        List<Project> projects = InclusionDataset.projects();
        assertEquals(List.of("Locuințe sigure în cartierul de la marginea orașului", "Școala pentru toți"),
                projects.stream().map(Project::title).toList());
        Project school = projects.get(1);
        assertEquals(PartialDate.ofDay(2019, 3, 1), school.start());
        assertEquals(PartialDate.ofMonth(2022, 12), projects.get(0).end());
        assertEquals(0, new BigDecimal("1756996").compareTo(school.funding().get(0).amount()));
        assertEquals("RON", school.funding().get(0).currency());
        assertEquals("ro-demo", school.evidenceOf("title").orElseThrow().extractor());
    }
}
