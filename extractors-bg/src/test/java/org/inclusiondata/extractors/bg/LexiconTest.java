package org.inclusiondata.extractors.bg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The lexicon files are well formed and cover the language, not just the pages seen so far. */
class LexiconTest {

    private static final Set<String> FIELDS = Set.of("title", "acronym", "period", "start", "end", "duration",
            "budget", "grant", "own", "lead", "partner", "funder", "implementer", "programme", "location",
            "targetGroups", "beneficiaries", "objectives", "activities", "results", "links", "published", "ignore");

    @ParameterizedTest
    @ValueSource(strings = {"months.tsv", "currencies.tsv", "multipliers.tsv", "money-kinds.tsv", "fields.tsv",
            "roles.tsv", "place-cues.tsv", "duration-units.tsv", "numbers.tsv", "date-cues.tsv", "subject-roles.tsv"})
    void twoColumnFilesHaveExactlyTwoNonEmptyColumns(String file) {
        for (String[] p : LexiconFiles.pairs(file)) {
            assertEquals(2, p.length, file + ": '" + String.join("\\t", p) + "' needs exactly one tab");
            assertFalse(p[0].isBlank() || p[1].isBlank(), file + ": empty column in '" + String.join("\\t", p) + "'");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"months.tsv", "multipliers.tsv", "money-kinds.tsv", "fields.tsv", "roles.tsv",
            "place-cues.tsv", "duration-units.tsv", "boilerplate.txt", "project-words.txt", "count-units.txt",
            "objective-cues.txt", "activity-cues.txt", "result-cues.txt", "target-cues.txt", "suffixes.txt",
            "numbers.tsv", "date-cues.tsv", "programme-heads.txt", "subject-roles.tsv"})
    void cueFilesAreLowerCaseAndFreeOfDuplicates(String file) {
        Set<String> seen = new HashSet<>();
        for (String line : LexiconFiles.entries(file)) {
            String cue = line.contains("\t") ? line.substring(line.indexOf('\t') + 1) : line;
            assertEquals(cue.toLowerCase(Locale.ROOT), cue, file + ": cue '" + cue + "' must be lower case");
            assertTrue(seen.add(line), file + ": duplicate entry '" + line + "'");
        }
    }

    @Test
    void everyMonthHasItsFullNameAndNoFormIsAmbiguous() {
        Map<String, Integer> byForm = new TreeMap<>();
        for (String[] p : LexiconFiles.pairs("months.tsv")) {
            int month = Integer.parseInt(p[0]);
            assertTrue(month >= 1 && month <= 12, "month number " + month);
            Integer before = byForm.put(p[1], month);
            assertTrue(before == null || before == month, "form '" + p[1] + "' names two months");
        }
        List<String> names = List.of("януари", "февруари", "март", "април", "май", "юни", "юли", "август",
                "септември", "октомври", "ноември", "декември");
        for (int m = 1; m <= 12; m++) {
            assertEquals(m, byForm.get(names.get(m - 1)), names.get(m - 1));
        }
    }

    @Test
    void currenciesAreIso4217AndTheLevIsReadInAllItsForms() {
        Map<String, String> byForm = new TreeMap<>();
        for (String[] p : LexiconFiles.pairs("currencies.tsv")) {
            assertEquals(p[0], Currency.getInstance(p[0]).getCurrencyCode(), "unknown currency code " + p[0]);
            String before = byForm.put(p[1], p[0]);
            assertTrue(before == null || before.equals(p[0]), "form '" + p[1] + "' names two currencies");
        }
        for (String form : List.of("лв.", "лв", "лева", "лев")) {
            assertEquals("BGN", byForm.get(form), form);
        }
        assertEquals("EUR", byForm.get("евро"));
    }

    @Test
    void multipliersArePowersOfAThousand() {
        for (String[] p : LexiconFiles.pairs("multipliers.tsv")) {
            BigDecimal f = new BigDecimal(p[0]);
            assertTrue(Set.of(new BigDecimal(1000), new BigDecimal(1_000_000), new BigDecimal(1_000_000_000)).contains(f),
                    "factor " + f + " for " + p[1]);
        }
    }

    @Test
    void fieldAndRoleAndKindCodesAreKnown() {
        for (String[] p : LexiconFiles.pairs("fields.tsv")) {
            assertTrue(FIELDS.contains(p[0]), "fields.tsv: unknown field " + p[0]);
        }
        for (String[] p : LexiconFiles.pairs("roles.tsv")) {
            assertTrue(Set.of("lead", "partner", "funder", "implementer", "other").contains(p[0].replaceFirst(" (before|after|between)$", "")), "roles.tsv: " + p[0]);
        }
        Set<String> cues = new HashSet<>();
        LexiconFiles.pairs("roles.tsv").forEach(p -> cues.add(p[1]));
        for (String[] p : LexiconFiles.pairs("subject-roles.tsv")) {
            assertTrue(Set.of("lead", "partner", "funder", "implementer", "other").contains(p[0]), "subject-roles.tsv: " + p[0]);
            assertTrue(cues.contains(p[1]), "subject-roles.tsv: '" + p[1] + "' is no cue of roles.tsv, so it has no subject");
        }
        for (String[] p : LexiconFiles.pairs("money-kinds.tsv")) {
            assertTrue(Set.of("total", "grant", "own", "other").contains(p[0]), "money-kinds.tsv: " + p[0]);
        }
        for (String[] p : LexiconFiles.pairs("place-cues.tsv")) {
            assertTrue(Set.of("before", "after").contains(p[0]), "place-cues.tsv: " + p[0]);
        }
        for (String[] p : LexiconFiles.pairs("date-cues.tsv")) {
            assertTrue(Set.of("start", "end").contains(p[0]), "date-cues.tsv: " + p[0]);
        }
        for (String[] p : LexiconFiles.pairs("numbers.tsv")) {
            assertTrue(Integer.parseInt(p[0]) > 0, "numbers.tsv: " + p[0]);
        }
        for (String[] p : LexiconFiles.pairs("duration-units.tsv")) {
            assertTrue(Set.of("1", "12").contains(p[0]), "duration-units.tsv: " + p[0]);
        }
    }

    @Test
    void aKeyMapsToOneFieldOnly() {
        Map<String, Set<String>> fieldsOfKey = LexiconFiles.pairs("fields.tsv").stream()
                .collect(Collectors.groupingBy(p -> p[1], TreeMap::new, Collectors.mapping(p -> p[0], Collectors.toSet())));
        fieldsOfKey.forEach((key, fields) -> assertEquals(1, fields.size(), "key '" + key + "' maps to " + fields));
    }

    @Test
    void gazetteerHoldsAllTwentyEightRegionsAndAll265Municipalities() {
        List<String> regions = LexiconFiles.section("places.txt", "--- 28 regions", "--- 265 municipalities");
        // "София" is both the capital and the name shared by two regions (София-град, Софийска област).
        assertEquals(29, regions.size(), "regions: " + regions);
        List<String> municipalities = LexiconFiles.section("places.txt", "--- 265 municipalities", "--- towns");
        // Seats of the 26 regions outside the capital are municipalities listed once, under the regions;
        // Бяла is the name of two municipalities (Варна, Русе) and is listed once.
        Set<String> seats = new HashSet<>(regions);
        seats.removeAll(Set.of("София", "София-град", "Софийска област"));
        assertEquals(26, seats.size());
        assertEquals(265, municipalities.size() + seats.size() + 1, "municipalities: " + municipalities.size());
        Set<String> all = new HashSet<>(LexiconFiles.entries("places.txt"));
        assertEquals(LexiconFiles.entries("places.txt").size(), all.size(), "places.txt has duplicates");
        for (String p : List.of("Кубрат", "Разград", "Столична", "Сърница", "Каварна", "Лом", "Брусарци", "Стралджа",
                "Две могили", "Цар Калоян", "Братя Даскалови")) {
            assertTrue(all.contains(p), p);
        }
    }

    @Test
    void legalFormsIncludeTheNonProfitAndCompanyForms() {
        Set<String> forms = new HashSet<>(LexiconFiles.entries("legal-forms.txt"));
        for (String f : List.of("СНЦ", "Фондация", "Сдружение", "Асоциация", "ЕООД", "ООД", "АД", "ЕТ", "Община", "ДЗЗД")) {
            assertTrue(forms.contains(f), f);
        }
    }
}
