package org.inclusiondata.benchmarks.synthetic;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One generated page and its gold answer.
 *
 * @param name file name of the page ({@code hu-000042.txt}); its gold file is {@code hu-000042.gold.json}
 * @param language ISO 639-1 code
 * @param script ISO 15924 code
 * @param text the page text
 * @param projects the gold answer's projects, in page order
 */
public record SyntheticPage(String name, String language, String script, String text, List<GoldProject> projects) {

    public SyntheticPage {
        projects = List.copyOf(projects);
    }

    public byte[] bytes() {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    public String goldName() {
        return name.substring(0, name.length() - ".txt".length()) + ".gold.json";
    }

    /** The gold file's text, in the corpus format. */
    public String goldJson() {
        return GoldJson.write(this);
    }
}
