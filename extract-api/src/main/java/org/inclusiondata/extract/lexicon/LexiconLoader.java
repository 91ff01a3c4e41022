package org.inclusiondata.extract.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.inclusiondata.model.FundingKind;
import org.inclusiondata.model.Role;

/**
 * Reads a language's lexicon files (UTF-8, one entry a line, {@code #} starts a comment, blank
 * lines ignored, columns separated by a tab) into an immutable {@link Lexicon}. A missing file is
 * an empty table; a malformed line is an error naming the file and line.
 */
public final class LexiconLoader {

    private LexiconLoader() {
    }

    /** A non-comment line of a lexicon file with its 1-based line number. */
    record Row(String file, int line, String[] columns) {
    }

    public static Lexicon load(String language, LexiconSource source) {
        return load(language, source, Folding.DEFAULT);
    }

    public static Lexicon load(String language, LexiconSource source, Folding folding) {
        Set<String> suffixes = new HashSet<>();
        for (Row r : rows(source, "suffixes.txt", 1)) {
            suffixes.add(folding.fold(r.columns[0]));
        }
        Inflection inflection = new Inflection(suffixes);
        Lexicon.Tables t = new Lexicon.Tables();
        t.months = table(source, "months.tsv", 2, folding, r -> {
            int m = integer(r, r.columns[0]);
            if (m < 1 || m > 12) {
                throw error(r, "month number " + m + " is outside 1-12");
            }
            return m;
        });
        List<String> forms = new ArrayList<>();
        for (Row r : rows(source, "months.tsv", 2)) {
            forms.add(r.columns[1].trim().toLowerCase(Locale.ROOT));
        }
        forms.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        t.monthForms = forms;
        t.currencies = table(source, "currencies.tsv", 2, folding, r -> {
            String code = r.columns[0].trim();
            if (!code.matches("[A-Z]{3}")) {
                throw error(r, "'" + code + "' is not an ISO 4217 code such as EUR");
            }
            return code;
        });
        t.multipliers = table(source, "multipliers.tsv", 2, folding, r -> {
            try {
                return new BigDecimal(r.columns[0].trim());
            } catch (NumberFormatException e) {
                throw error(r, "'" + r.columns[0] + "' is not a number; write the factor in digits, such as 1000000");
            }
        });
        t.moneyKinds = table(source, "money-kinds.tsv", 2, folding, r -> {
            try {
                return FundingKind.fromCode(r.columns[0].trim());
            } catch (IllegalArgumentException e) {
                throw error(r, e.getMessage());
            }
        });
        t.fields = table(source, "fields.tsv", 2, folding, r -> {
            Field f = Field.fromCode(r.columns[0]);
            if (f == null) {
                throw error(r, "unknown field '" + r.columns[0] + "'; see LEXICONS.md for the field codes");
            }
            return f;
        });
        t.roles = table(source, "roles.tsv", 2, folding, r -> {
            try {
                return Role.fromCode(r.columns[0].trim().split(" +")[0]);
            } catch (IllegalArgumentException e) {
                throw error(r, e.getMessage());
            }
        });
        PhraseTable.Builder<RoleSide> rolePositions = new PhraseTable.Builder<>(folding);
        for (Row r : rows(source, "roles.tsv", 2)) {
            String[] role = r.columns[0].trim().split(" +");
            if (role.length > 2 || role.length == 2 && RoleSide.of(role[1]) == null) {
                throw error(r, "'" + r.columns[0] + "' must be a role, optionally followed by 'before' (the cue gives the role only to"
                        + " names after it), 'after' (only to names before it) or 'between' (to the names after it but the"
                        + " first, its subject), such as 'partner before'");
            }
            if (role.length == 2) {
                rolePositions.add(r.columns[1], RoleSide.of(role[1]));
            }
        }
        t.roleCuePositions = rolePositions.build();
        t.subjectRoles = table(source, "subject-roles.tsv", 2, folding, r -> {
            try {
                return Role.fromCode(r.columns[0].trim());
            } catch (IllegalArgumentException e) {
                throw error(r, e.getMessage());
            }
        });
        t.legalForms = flags(source, "legal-forms.txt", folding);
        t.places = flags(source, "places.txt", folding);
        t.placeCues = table(source, "place-cues.tsv", 2, folding, r -> switch (r.columns[0].trim()) {
            case "before" -> CuePosition.BEFORE;
            case "after" -> CuePosition.AFTER;
            default -> throw error(r, "'" + r.columns[0] + "' must be 'before' or 'after'");
        });
        t.durationUnits = table(source, "duration-units.tsv", 2, folding, r -> integer(r, r.columns[0]));
        t.countUnits = flags(source, "count-units.txt", folding);
        t.projectWords = flags(source, "project-words.txt", folding);
        t.objectiveCues = flags(source, "objective-cues.txt", folding);
        t.activityCues = flags(source, "activity-cues.txt", folding);
        t.resultCues = flags(source, "result-cues.txt", folding);
        t.targetCues = flags(source, "target-cues.txt", folding);
        PhraseTable.Builder<Boolean> heads = new PhraseTable.Builder<>(folding);
        PhraseTable.Builder<Boolean> modifiers = new PhraseTable.Builder<>(folding);
        PhraseTable.Builder<Boolean> complements = new PhraseTable.Builder<>(folding);
        for (Row r : rows(source, "target-groups.tsv", 2)) {
            PhraseTable.Builder<Boolean> b = switch (r.columns[0]) {
                case "head" -> heads;
                case "modifier" -> modifiers;
                case "complement" -> complements;
                default -> throw error(r, "'" + r.columns[0] + "' must be 'head', 'modifier' or 'complement'");
            };
            if (!b.add(r.columns[1], Boolean.TRUE)) {
                throw error(r, "'" + r.columns[1] + "' has no word in it");
            }
        }
        t.targetHeads = heads.build();
        t.targetModifiers = modifiers.build();
        t.targetComplements = complements.build();
        t.boilerplate = flags(source, "boilerplate.txt", folding);
        t.numbers = table(source, "numbers.tsv", 2, folding, r -> integer(r, r.columns[0]));
        t.dateCues = table(source, "date-cues.tsv", 2, folding, r -> switch (r.columns[0].trim()) {
            case "start" -> DateRole.START;
            case "end" -> DateRole.END;
            default -> throw error(r, "'" + r.columns[0] + "' must be 'start' or 'end'");
        });
        t.programmeHeads = flags(source, "programme-heads.txt", folding);
        t.conjunctions = flags(source, "conjunctions.txt", folding);
        t.articles = flags(source, "articles.txt", folding);
        t.titleCues = table(source, "title-cues.tsv", 2, folding, r -> switch (r.columns[0].trim()) {
            case "before" -> CuePosition.BEFORE;
            case "after" -> CuePosition.AFTER;
            default -> throw error(r, "'" + r.columns[0] + "' must be 'before' or 'after'");
        });
        t.scriptMinimums = scriptMinimums(source);
        t.namePrepositions = flags(source, "name-prepositions.txt", folding);
        t.pastWords = flags(source, "past-words.txt", folding);
        t.programmeWords = flags(source, "programme-words.txt", folding);
        t.abbreviations = words(source, "abbreviations.txt");
        t.rangeWords = List.copyOf(words(source, "range-words.txt"));
        return new Lexicon(language, folding, inflection, t);
    }

    private static Map<String, Double> scriptMinimums(LexiconSource source) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (Row r : rows(source, "scripts.tsv", 2)) {
            String code = r.columns[1];
            if (!code.matches("[A-Z][a-z]{3}")) {
                throw error(r, "'" + code + "' is not an ISO 15924 script code such as Cyrl or Latn");
            }
            double share;
            try {
                share = Double.parseDouble(r.columns[0]);
            } catch (NumberFormatException e) {
                throw error(r, "'" + r.columns[0] + "' is not a number; write the least share of letters as 0.25");
            }
            if (!(share >= 0.0 && share <= 1.0)) {
                throw error(r, "share " + r.columns[0] + " is outside 0-1; write the least share of letters as 0.25");
            }
            if (out.put(code, share) != null) {
                throw error(r, "script " + code + " is listed twice; keep one line for it");
            }
        }
        return out;
    }

    /** A file of single words, lower-cased as written (these are compared with the text as it stands, not folded). */
    private static Set<String> words(LexiconSource source, String file) {
        Set<String> out = new java.util.LinkedHashSet<>();
        for (Row r : rows(source, file, 1)) {
            String w = r.columns[0];
            if (w.chars().anyMatch(Character::isWhitespace)) {
                throw error(r, "'" + w + "' is more than one word; write one word a line");
            }
            out.add(w.toLowerCase(Locale.ROOT));
        }
        return out;
    }

    private static PhraseTable<Boolean> flags(LexiconSource source, String file, Folding folding) {
        return table(source, file, 1, folding, r -> Boolean.TRUE);
    }

    private static <V> PhraseTable<V> table(LexiconSource source, String file, int columns, Folding folding,
            Function<Row, V> value) {
        PhraseTable.Builder<V> b = new PhraseTable.Builder<>(folding);
        for (Row r : rows(source, file, columns)) {
            String phrase = r.columns[columns - 1];
            if (!b.add(phrase, value.apply(r))) {
                throw error(r, "'" + phrase + "' has no word in it");
            }
        }
        return b.build();
    }

    private static int integer(Row r, String s) {
        try {
            return Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            throw error(r, "'" + s + "' is not a whole number");
        }
    }

    private static LexiconException error(Row r, String message) {
        return new LexiconException(r.file + ":" + r.line + ": " + message);
    }

    static List<Row> rows(LexiconSource source, String file, int columns) {
        List<Row> out = new ArrayList<>();
        try (InputStream in = source.open(file)) {
            if (in == null) {
                return out;
            }
            var decoder = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, decoder));
            String line;
            int n = 0;
            while ((line = reader.readLine()) != null) {
                n++;
                if (n == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                String[] cols = columns == 1 ? new String[] {trimmed} : trimmed.split("\t", columns);
                if (cols.length != columns || cols[columns - 1].isBlank()) {
                    throw new LexiconException(file + ":" + n + ": expected " + columns
                            + " tab-separated columns, found " + cols.length + "; separate the columns with one tab");
                }
                for (int i = 0; i < cols.length; i++) {
                    cols[i] = cols[i].strip();
                }
                out.add(new Row(file, n, cols));
            }
        } catch (CharacterCodingException e) {
            throw new LexiconException(file + ": is not valid UTF-8; save it as UTF-8", e);
        } catch (IOException e) {
            throw new LexiconException(file + ": cannot be read: " + e.getMessage(), e);
        }
        return out;
    }
}
