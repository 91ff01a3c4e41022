package org.inclusiondata.benchmarks.synthetic;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a gold answer in the corpus format ({@code ../shared/corpus/ANNOTATION.md}): every key
 * present, in the annotation's order. Insertion-ordered maps, not the model's records, because the
 * gold format is the annotation's (organisation and role together, no spans), not the dataset's.
 */
final class GoldJson {

    private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private GoldJson() {
    }

    static String write(SyntheticPage page) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("document", page.name());
        document.put("language", page.language());
        document.put("script", page.script());
        document.put("url", null);
        document.put("projects", page.projects().stream().map(GoldJson::project).toList());
        return MAPPER.writeValueAsString(document) + "\n";
    }

    private static Map<String, Object> project(GoldProject p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", p.title());
        m.put("acronym", p.acronym());
        m.put("start", p.start());
        m.put("end", p.end());
        m.put("durationMonths", null);
        m.put("organizations", p.organizations().stream().map(o -> ordered("name", o.name(), "role", o.role())).toList());
        m.put("funding", p.funding().stream()
                .map(f -> ordered("amount", f.amount(), "currency", f.currency(), "kind", f.kind())).toList());
        m.put("programmes", p.programmes());
        m.put("locations", p.locations());
        m.put("targetGroups", p.targetGroups());
        m.put("beneficiaries", null);
        m.put("objectives", p.objectives());
        m.put("activities", p.activities());
        m.put("results", p.results());
        m.put("links", p.links());
        return m;
    }

    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }
}
