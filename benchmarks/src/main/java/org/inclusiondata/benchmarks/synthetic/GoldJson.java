package org.inclusiondata.benchmarks.synthetic;

import java.util.List;
import java.util.function.Function;

/**
 * Writes a gold answer in the corpus format ({@code ../shared/corpus/ANNOTATION.md}): every key
 * present, in the annotation's order, two-space indentation, non-ASCII letters as they are. Written by
 * hand rather than through a mapper so that the bytes depend on nothing but the page.
 */
final class GoldJson {

    private GoldJson() {
    }

    static String write(SyntheticPage page) {
        StringBuilder b = new StringBuilder(1024);
        b.append("{\n");
        b.append("  \"document\": ").append(string(page.name())).append(",\n");
        b.append("  \"language\": ").append(string(page.language())).append(",\n");
        b.append("  \"script\": ").append(string(page.script())).append(",\n");
        b.append("  \"url\": null,\n");
        b.append("  \"projects\": [");
        List<GoldProject> projects = page.projects();
        for (int i = 0; i < projects.size(); i++) {
            b.append(i == 0 ? "\n" : ",\n");
            project(b, projects.get(i));
        }
        b.append(projects.isEmpty() ? "]\n" : "\n  ]\n");
        b.append("}\n");
        return b.toString();
    }

    private static void project(StringBuilder b, GoldProject p) {
        String in = "      ";
        b.append("    {\n");
        b.append(in).append("\"title\": ").append(string(p.title())).append(",\n");
        b.append(in).append("\"acronym\": ").append(string(p.acronym())).append(",\n");
        b.append(in).append("\"start\": ").append(string(p.start())).append(",\n");
        b.append(in).append("\"end\": ").append(string(p.end())).append(",\n");
        b.append(in).append("\"durationMonths\": null,\n");
        b.append(in).append("\"organizations\": ");
        objects(b, p.organizations(), o -> "{\"name\": " + string(o.name()) + ", \"role\": " + string(o.role()) + "}");
        b.append(",\n").append(in).append("\"funding\": ");
        objects(b, p.funding(), f -> "{\"amount\": " + f.amount() + ", \"currency\": " + string(f.currency())
                + ", \"kind\": " + string(f.kind()) + "}");
        b.append(",\n").append(in).append("\"programmes\": ");
        objects(b, p.programmes(), GoldJson::string);
        b.append(",\n").append(in).append("\"locations\": ");
        objects(b, p.locations(), GoldJson::string);
        b.append(",\n").append(in).append("\"targetGroups\": ");
        objects(b, p.targetGroups(), GoldJson::string);
        b.append(",\n").append(in).append("\"beneficiaries\": null,\n");
        b.append(in).append("\"objectives\": ");
        objects(b, p.objectives(), GoldJson::string);
        b.append(",\n").append(in).append("\"activities\": ");
        objects(b, p.activities(), GoldJson::string);
        b.append(",\n").append(in).append("\"results\": ");
        objects(b, p.results(), GoldJson::string);
        b.append(",\n").append(in).append("\"links\": ");
        objects(b, p.links(), GoldJson::string);
        b.append("\n    }");
    }

    private static <T> void objects(StringBuilder b, List<T> items, Function<T, String> json) {
        if (items.isEmpty()) {
            b.append("[]");
            return;
        }
        b.append("[\n");
        for (int i = 0; i < items.size(); i++) {
            b.append("        ").append(json.apply(items.get(i))).append(i + 1 < items.size() ? ",\n" : "\n");
        }
        b.append("      ]");
    }

    static String string(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
