package org.inclusiondata.extract.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * What an {@link Evaluation} measured: counts per field and per language of the gold documents,
 * and the line of every field of every project pair that had an error.
 *
 * @param documents how many gold documents were scored
 * @param fields counts for every {@link ScoredField}, zero when nothing was counted
 * @param languages counts over all fields per gold language, for languages that had a value
 * @param errors score.py's {@code --show-errors} lines, in its order
 */
public record EvaluationReport(int documents, Map<ScoredField, Counts> fields, SortedMap<String, Counts> languages,
        List<String> errors) {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    public EvaluationReport {
        Map<ScoredField, Counts> all = new EnumMap<>(ScoredField.class);
        for (ScoredField f : ScoredField.values()) {
            all.put(f, Counts.ZERO);
        }
        if (fields != null) {
            all.putAll(fields);
        }
        fields = Collections.unmodifiableMap(all);
        languages = Collections.unmodifiableSortedMap(new TreeMap<>(languages == null ? Map.of() : languages));
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /** The counts of one field. */
    public Counts field(ScoredField field) {
        return fields.get(Objects.requireNonNull(field, "field"));
    }

    /** All fields together: the headline micro-averaged figures. */
    public Counts micro() {
        Counts sum = Counts.ZERO;
        for (Counts c : fields.values()) {
            sum = sum.plus(c);
        }
        return sum;
    }

    /** The mean F1 of the fields that have gold values, 0 when none has. */
    public double macroF1() {
        double sum = 0;
        int n = 0;
        for (Counts c : fields.values()) {
            if (c.support() > 0) {
                sum += c.f1();
                n++;
            }
        }
        return n == 0 ? 0.0 : sum / n;
    }

    /** The table score.py prints with no option. */
    public String toText() {
        return toText(false, false);
    }

    /**
     * The table score.py prints, character for character.
     *
     * @param byLanguage add a line per language, as {@code --by-language} does
     * @param showErrors add the error lines, as {@code --show-errors} does
     */
    public String toText(boolean byLanguage, boolean showErrors) {
        StringBuilder out = new StringBuilder();
        out.append(pad("field", 15, true)).append(pad("P", 7, false)).append(pad("R", 7, false))
                .append(pad("F1", 7, false)).append(pad("gold", 7, false)).append('\n');
        for (Map.Entry<ScoredField, Counts> e : fields.entrySet()) {
            Counts c = e.getValue();
            out.append(pad(e.getKey().key(), 15, true)).append(fixed(c.precision(), 7)).append(fixed(c.recall(), 7))
                    .append(fixed(c.f1(), 7)).append(pad(Integer.toString(c.support()), 7, false)).append('\n');
        }
        if (byLanguage) {
            for (Map.Entry<String, Counts> e : languages.entrySet()) {
                Counts c = e.getValue();
                out.append("lang ").append(pad(e.getKey(), 10, true)).append(fixed(c.precision(), 7))
                        .append(fixed(c.recall(), 7)).append(fixed(c.f1(), 7)).append('\n');
            }
        }
        if (showErrors) {
            errors.forEach(line -> out.append(line).append('\n'));
        }
        Counts m = micro();
        out.append("micro P=").append(fixed(m.precision(), 0)).append(" R=").append(fixed(m.recall(), 0))
                .append(" F1=").append(fixed(m.f1(), 0)).append(" macro-field F1=").append(fixed(macroF1(), 0))
                .append(" over ").append(documents).append(" documents\n");
        return out.toString();
    }

    /**
     * Python's {@code format(x, "W.3f")}: the exact binary value rounded half-even to three places
     * ({@code String.format} rounds the shortest decimal form half-up instead, and can differ).
     */
    private static String fixed(double x, int width) {
        return pad(new BigDecimal(x).setScale(3, RoundingMode.HALF_EVEN).toPlainString(), width, false);
    }

    /** Pads to {@code width} code points, as Python's format does. */
    private static String pad(String s, int width, boolean left) {
        int missing = width - PythonText.length(s);
        if (missing <= 0) {
            return s;
        }
        String spaces = " ".repeat(missing);
        return left ? s + spaces : spaces + s;
    }

    /**
     * score.py's {@code --json} object (documents, micro, macroF1, fields with p/r/f/support,
     * languages), with the raw tp/fp/fn counts added to every entry.
     */
    public ObjectNode toJson() {
        JsonMapper mapper = MAPPER;
        ObjectNode root = mapper.createObjectNode();
        root.put("documents", documents);
        root.set("micro", figures(mapper, micro(), false));
        root.put("macroF1", macroF1());
        ObjectNode fieldNode = root.putObject("fields");
        fields.forEach((f, c) -> fieldNode.set(f.key(), figures(mapper, c, true)));
        ObjectNode languageNode = root.putObject("languages");
        languages.forEach((l, c) -> languageNode.set(l, figures(mapper, c, false)));
        return root;
    }

    /** {@link #toJson()} as indented text. */
    public String toJsonText() {
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(toJson());
    }

    private static ObjectNode figures(JsonMapper mapper, Counts c, boolean support) {
        ObjectNode n = mapper.createObjectNode();
        n.put("p", c.precision());
        n.put("r", c.recall());
        n.put("f", c.f1());
        if (support) {
            n.put("support", c.support());
        }
        n.put("tp", c.tp());
        n.put("fp", c.fp());
        n.put("fn", c.fn());
        return n;
    }
}
