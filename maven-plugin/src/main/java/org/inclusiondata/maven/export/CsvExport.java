package org.inclusiondata.maven.export;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.inclusiondata.model.Dataset;
import org.inclusiondata.model.Link;
import org.inclusiondata.model.Money;
import org.inclusiondata.model.Organization;
import org.inclusiondata.model.Phrase;
import org.inclusiondata.model.Project;
import org.inclusiondata.model.SourceDocument;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * The dataset as CSV for spreadsheet users: one row per project, with the document and its
 * language first. A list field is one cell whose items are joined with {@value #SEPARATOR}; inside an
 * item a literal {@code |} is written {@code \|} and a backslash {@code \\}, so the items can be split
 * back exactly. An organization is {@code name (role)}; a money figure is {@code amount CURRENCY kind}.
 * Evidence spans are not exported here; the JSON keeps them.
 */
public final class CsvExport {

    /** What joins the items of a list cell. */
    public static final String SEPARATOR = " | ";

    private static final List<String> COLUMNS = List.of("document", "language", "id", "title", "acronym", "start",
            "end", "durationMonths", "organizations", "funding", "programmes", "locations", "targetGroups",
            "beneficiaries", "objectives", "activities", "results", "links");

    private CsvExport() {
    }

    public static List<String> columns() {
        return COLUMNS;
    }

    public static void write(Dataset dataset, Writer out) throws IOException {
        try (Rows rows = open(out)) {
            for (SourceDocument d : dataset.documents()) {
                rows.write(d);
            }
        }
    }

    /**
     * Starts the export on {@code out} (the header is written at once) for documents that come one at
     * a time; fed the documents of a dataset in order, it writes the bytes of {@link #write}. Closing
     * the rows closes {@code out}.
     */
    public static Rows open(Writer out) throws IOException {
        CsvSchema.Builder schema = CsvSchema.builder();
        COLUMNS.forEach(schema::addColumn);
        CsvMapper mapper = CsvMapper.builder().build();
        try {
            return new Rows(mapper.writer(schema.build().withHeader().withLineSeparator("\n")).writeValues(out));
        } catch (JacksonException e) {
            throw new IOException("cannot write the CSV export: " + e.getOriginalMessage(), e);
        }
    }

    /** The export under way: one row per project of each document written. */
    public static final class Rows implements java.io.Closeable {
        private final SequenceWriter rows;

        private Rows(SequenceWriter rows) {
            this.rows = rows;
        }

        public void write(SourceDocument d) throws IOException {
            try {
                for (Project p : d.projects()) {
                    rows.write(row(d, p));
                }
            } catch (JacksonException e) {
                throw new IOException("cannot write the CSV export: " + e.getOriginalMessage(), e);
            }
        }

        @Override
        public void close() throws IOException {
            try {
                rows.close();
            } catch (JacksonException e) {
                throw new IOException("cannot write the CSV export: " + e.getOriginalMessage(), e);
            }
        }
    }

    static Map<String, String> row(SourceDocument d, Project p) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("document", d.document());
        row.put("language", text(d.language()));
        row.put("id", text(p.id()));
        row.put("title", text(p.title()));
        row.put("acronym", text(p.acronym()));
        row.put("start", p.start() == null ? "" : p.start().toString());
        row.put("end", p.end() == null ? "" : p.end().toString());
        row.put("durationMonths", p.durationMonths() == null ? "" : p.durationMonths().toString());
        row.put("organizations", join(p.organizations(), (Organization o) -> o.name() + " (" + o.role().code() + ")"));
        row.put("funding", join(p.funding(), (Money m) -> m.amount().toPlainString() + " " + m.currency() + " " + m.kind().code()));
        row.put("programmes", join(p.programmes(), Phrase::text));
        row.put("locations", join(p.locations(), Phrase::text));
        row.put("targetGroups", join(p.targetGroups(), Phrase::text));
        row.put("beneficiaries", p.beneficiaries() == null ? "" : p.beneficiaries().toString());
        row.put("objectives", join(p.objectives(), Phrase::text));
        row.put("activities", join(p.activities(), Phrase::text));
        row.put("results", join(p.results(), Phrase::text));
        row.put("links", join(p.links(), Link::url));
        return row;
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private static <T> String join(List<T> items, Function<T, String> show) {
        StringBuilder sb = new StringBuilder();
        for (T item : items) {
            if (sb.length() > 0) {
                sb.append(SEPARATOR);
            }
            sb.append(escape(show.apply(item)));
        }
        return sb.toString();
    }

    static String escape(String item) {
        return item.replace("\\", "\\\\").replace("|", "\\|");
    }

    /** Splits a list cell back into its items; the inverse of how {@link #write} joins them. */
    public static List<String> split(String cell) {
        List<String> items = new java.util.ArrayList<>();
        if (cell.isEmpty()) {
            return items;
        }
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c == '\\' && i + 1 < cell.length()) {
                current.append(cell.charAt(++i));
            } else if (cell.startsWith(SEPARATOR, i)) {
                items.add(current.toString());
                current.setLength(0);
                i += SEPARATOR.length() - 1;
            } else {
                current.append(c);
            }
        }
        items.add(current.toString());
        return items;
    }
}
