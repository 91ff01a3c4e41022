package org.inclusiondata.extractors.sr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The lexicon files are well formed and cover the language, not just the pages seen. */
class LexiconFilesTest {

    static final List<String> FILES = List.of("months.tsv", "currencies.tsv", "multipliers.tsv", "money-kinds.tsv",
            "fields.tsv", "roles.tsv", "legal-forms.txt", "places.txt", "place-cues.tsv", "duration-units.tsv",
            "count-units.txt", "project-words.txt", "objective-cues.txt", "activity-cues.txt", "result-cues.txt",
            "target-cues.txt", "boilerplate.txt", "suffixes.txt",
            "conjunctions.txt", "numbers.tsv", "title-cues.tsv", "date-cues.tsv", "programme-heads.txt", "abbreviations.txt",
            "range-words.txt", "subject-roles.tsv", "past-words.txt", "programme-words.txt");

    static final Set<String> FIELDS = Set.of("title", "acronym", "period", "start", "end", "duration", "budget",
            "grant", "own", "lead", "partner", "funder", "implementer", "programme", "location", "targetGroups",
            "beneficiaries", "objectives", "activities", "results", "links", "published", "ignore");

    /** One word mixing Cyrillic and Latin letters is a typo that would never match a page. */
    private static final Pattern MIXED = Pattern.compile("(?=\\S*\\p{IsCyrillic})(?=\\S*\\p{IsLatin})\\S+");

    /** The entries as the engine reads them (name lists with their case forms). */
    static List<String> entries(String file) {
        try (InputStream in = new SerbianLexicons().open(file)) {
            return lines(in, file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The entries as written in the resource file. */
    static List<String> written(String file) {
        try (InputStream in = SerbianLexicons.class.getResourceAsStream(SerbianLexicons.FOLDER + file)) {
            return lines(in, file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> lines(InputStream in, String file) throws IOException {
        {
            assertNotNull(in, file + " is missing");
            List<String> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    out.add(line.replace("\r", ""));
                }
            }
            return out;
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"months.tsv", "currencies.tsv", "multipliers.tsv", "money-kinds.tsv", "fields.tsv",
            "roles.tsv", "legal-forms.txt", "places.txt", "place-cues.tsv", "duration-units.tsv", "count-units.txt",
            "project-words.txt", "objective-cues.txt", "activity-cues.txt", "result-cues.txt", "target-cues.txt",
            "boilerplate.txt", "suffixes.txt", "conjunctions.txt",
            "numbers.tsv", "title-cues.tsv", "date-cues.tsv", "programme-heads.txt", "abbreviations.txt",
            "subject-roles.tsv"})
    void everyFileIsThereWithoutDuplicatesOrMixedScriptWords(String file) {
        List<String> lines = written(file);
        assertTrue(lines.size() >= 5, file + " has only " + lines.size() + " entries");
        Set<String> seen = new HashSet<>();
        for (String line : lines) {
            assertTrue(seen.add(line.toLowerCase(java.util.Locale.ROOT)), file + ": duplicate line " + line);
            var m = MIXED.matcher(line);
            if (m.find() && !m.group().equals("EuropeAid")) {
                fail(file + ": '" + m.group() + "' mixes Cyrillic and Latin letters");
            }
        }
    }

    @Test
    void tableFilesHaveTwoColumnsWithKnownKeys() {
        check("months.tsv", k -> k.matches("[1-9]|1[0-2]"));
        check("currencies.tsv", k -> k.matches("[A-Z]{3}"));
        check("multipliers.tsv", k -> k.matches("10*"));
        check("money-kinds.tsv", k -> Set.of("total", "grant", "own", "other").contains(k));
        check("fields.tsv", FIELDS::contains);
        check("roles.tsv", k -> Set.of("lead", "partner", "funder", "implementer", "other").contains(k));
        check("subject-roles.tsv", k -> Set.of("lead", "partner", "funder", "implementer", "other").contains(k));
        check("place-cues.tsv", k -> Set.of("before", "after").contains(k));
        check("duration-units.tsv", k -> Set.of("1", "12").contains(k));
        check("numbers.tsv", k -> k.matches("[1-9]\\d{0,2}"));
        check("title-cues.tsv", k -> Set.of("before", "after").contains(k));
        check("date-cues.tsv", k -> Set.of("start", "end").contains(k));
    }

    @Test
    void everyMonthHasItsNominativeGenitiveAndLocative() {
        Set<String> months = new TreeSet<>();
        for (String line : entries("months.tsv")) {
            months.add(line.split("\t")[0]);
        }
        assertEquals(12, months.size(), "months: " + months);
        List<String> genitives = List.of("јануара", "фебруара", "марта", "априла", "маја", "јуна", "јула", "августа",
                "септембра", "октобра", "новембра", "децембра");
        for (int m = 1; m <= 12; m++) {
            String line = m + "\t" + genitives.get(m - 1);
            assertTrue(entries("months.tsv").contains(line), "missing " + line);
        }
    }

    @Test
    void theGazetteerHoldsEveryCityAndTheCityMunicipalitiesOfBelgrade() {
        Set<String> places = new HashSet<>(written("places.txt"));
        for (String city : List.of("Београд", "Нови Сад", "Ниш", "Крагујевац", "Суботица", "Зрењанин", "Панчево", "Чачак",
                "Краљево", "Смедерево", "Лесковац", "Ваљево", "Крушевац", "Врање", "Шабац", "Ужице", "Сомбор", "Пожаревац",
                "Пирот", "Зајечар", "Кикинда", "Сремска Митровица", "Јагодина", "Вршац", "Бор", "Прокупље", "Лозница",
                "Нови Пазар", "Сурчин", "Чукарица", "Звездара", "Земун", "Савски венац", "Стари град", "Палилула",
                "Србија", "Црна Гора", "Босна и Херцеговина", "Хрватска", "Северна Македонија", "Албанија", "Мађарска",
                "Румунија", "Бугарска", "Косово", "Војводина", "Западни Балкан")) {
            assertTrue(places.contains(city), "places.txt lacks " + city);
        }
        long names = entries("places.txt").stream().filter(l -> !l.contains("\t")).count();
        assertTrue(names > 1000, "with case forms the gazetteer should have well over a thousand names, has " + names);
    }

    private static void check(String file, java.util.function.Predicate<String> key) {
        for (String line : entries(file)) {
            String[] cols = line.split("\t", -1);
            assertEquals(2, cols.length, file + ": not two tab-separated columns: " + line);
            assertTrue(key.test(cols[0]), file + ": unknown key '" + cols[0] + "' in " + line);
            assertTrue(!cols[1].isBlank(), file + ": empty entry in " + line);
        }
    }
}
