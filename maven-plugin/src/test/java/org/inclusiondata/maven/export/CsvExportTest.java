package org.inclusiondata.maven.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.inclusiondata.maven.Fixtures;
import org.inclusiondata.model.Dataset;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

class CsvExportTest {

    private static String csv(Dataset dataset) throws IOException {
        StringWriter out = new StringWriter();
        CsvExport.write(dataset, out);
        return out.toString();
    }

    @Test
    void writesOneRowPerProjectThatACsvReaderReadsBack() throws IOException {
        String text = csv(Dataset.of(List.of(Fixtures.document(), Fixtures.unreadable())));
        assertEquals(String.join(",", CsvExport.columns()), text.substring(0, text.indexOf('\n')));
        List<Map<String, String>> rows;
        try (MappingIterator<Map<String, String>> it = CsvMapper.builder().build()
                .readerFor(Map.class).with(CsvSchema.emptySchema().withHeader()).readValues(text)) {
            rows = it.readAll();
        }
        assertEquals(1, rows.size());
        Map<String, String> row = rows.get(0);
        assertEquals("kozos-ut.txt", row.get("document"));
        assertEquals("Közös út <2019>", row.get("title"));
        assertEquals("2019-05", row.get("start"));
        assertEquals("", row.get("end"));
        assertEquals("Esély & Társa Egyesület (lead)", row.get("organizations"));
        assertEquals("4492400 HUF grant", row.get("funding"));
        assertEquals(List.of("Nagykálló", "Budapest | Pest", "Nagykálló, Budapest"), CsvExport.split(row.get("locations")));
    }

    @Test
    void isDeterministic() throws IOException {
        Dataset d = Dataset.of(List.of(Fixtures.document()));
        assertEquals(csv(d), csv(d));
    }

    /** An empty cell reads as no items, so a list holding one empty item is the one that does not round-trip. */
    @Property(tries = 500)
    void listCellsSplitBackIntoTheirItems(@ForAll List<String> items) {
        List<String> expected = items.equals(List.of("")) ? List.of() : items;
        assertEquals(expected, CsvExport.split(joined(items)));
    }

    private static String joined(List<String> items) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                sb.append(CsvExport.SEPARATOR);
            }
            sb.append(CsvExport.escape(items.get(i)));
        }
        return sb.toString();
    }
}
