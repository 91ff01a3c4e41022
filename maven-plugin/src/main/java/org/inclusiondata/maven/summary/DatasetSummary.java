package org.inclusiondata.maven.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.inclusiondata.model.Dataset;
import org.inclusiondata.model.Project;
import org.inclusiondata.model.SourceDocument;

/**
 * What came out of an extraction, counted per language: documents, projects, and for each field of
 * the annotation guide how many projects have it filled. Languages are sorted and an undetermined
 * language counts as {@code ?}, so the summary reads the same on every run.
 */
public record DatasetSummary(SortedMap<String, Integer> documents, SortedMap<String, Integer> projects,
                             SortedMap<String, SortedMap<String, Integer>> filled) {

    /** How an undetermined language is shown. */
    public static final String UNKNOWN = "?";

    public static DatasetSummary of(Dataset dataset) {
        Tally tally = new Tally();
        dataset.documents().forEach(tally::add);
        return tally.summary();
    }

    /**
     * Counts documents as they come, for a build that streams them and never holds the dataset;
     * not thread-safe.
     */
    public static final class Tally {
        private final SortedMap<String, Integer> documents = new TreeMap<>();
        private final SortedMap<String, Integer> projects = new TreeMap<>();
        private final SortedMap<String, SortedMap<String, Integer>> filled = new TreeMap<>();

        public void add(SourceDocument d) {
            String lang = d.language() == null ? UNKNOWN : d.language();
            documents.merge(lang, 1, Integer::sum);
            projects.merge(lang, d.projects().size(), Integer::sum);
            SortedMap<String, Integer> byField = filled.computeIfAbsent(lang, k -> new TreeMap<>());
            for (Project p : d.projects()) {
                for (String field : Project.FIELDS) {
                    if (isFilled(p, field)) {
                        byField.merge(field, 1, Integer::sum);
                    }
                }
            }
        }

        /** The counts so far, as a summary that later additions do not change. */
        public DatasetSummary summary() {
            SortedMap<String, SortedMap<String, Integer>> fields = new TreeMap<>();
            filled.forEach((lang, byField) -> fields.put(lang, new TreeMap<>(byField)));
            return new DatasetSummary(new TreeMap<>(documents), new TreeMap<>(projects), fields);
        }
    }

    /** True when the project has a value for the field (a non-empty list, or a non-null scalar). */
    public static boolean isFilled(Project p, String field) {
        Object v = switch (field) {
            case "title" -> p.title();
            case "acronym" -> p.acronym();
            case "start" -> p.start();
            case "end" -> p.end();
            case "durationMonths" -> p.durationMonths();
            case "organizations" -> p.organizations();
            case "funding" -> p.funding();
            case "programmes" -> p.programmes();
            case "locations" -> p.locations();
            case "targetGroups" -> p.targetGroups();
            case "beneficiaries" -> p.beneficiaries();
            case "objectives" -> p.objectives();
            case "activities" -> p.activities();
            case "results" -> p.results();
            case "links" -> p.links();
            default -> throw new IllegalArgumentException("unknown field " + field);
        };
        return v instanceof List<?> list ? !list.isEmpty() : v != null;
    }

    public int totalDocuments() {
        return documents.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int totalProjects() {
        return projects.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** A few lines for the build log. */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        out.add(totalDocuments() + " documents, " + totalProjects() + " projects");
        for (Map.Entry<String, Integer> e : documents.entrySet()) {
            String lang = e.getKey();
            StringBuilder line = new StringBuilder("  ").append(lang).append(": ").append(e.getValue())
                    .append(" documents, ").append(projects.get(lang)).append(" projects");
            SortedMap<String, Integer> byField = filled.get(lang);
            if (!byField.isEmpty()) {
                line.append("; filled:");
                for (String field : Project.FIELDS) {
                    Integer n = byField.get(field);
                    if (n != null) {
                        line.append(' ').append(field).append('=').append(n);
                    }
                }
            }
            out.add(line.toString());
        }
        return out;
    }
}
