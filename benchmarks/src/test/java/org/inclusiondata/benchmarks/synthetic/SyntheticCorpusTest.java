package org.inclusiondata.benchmarks.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.inclusiondata.extract.validation.RecordRules;
import org.inclusiondata.extract.validation.ValidationContext;
import org.inclusiondata.extract.validation.Validator;
import org.inclusiondata.model.Diagnostic;
import org.inclusiondata.model.Organization;
import org.inclusiondata.model.Project;
import org.inclusiondata.model.Severity;
import org.inclusiondata.model.SourceDocument;
import org.inclusiondata.model.json.DatasetJson;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SyntheticCorpusTest {

    private static final int PAGES = 150;

    @ParameterizedTest
    @ValueSource(strings = {"hu", "bg", "sr"})
    void theSameSeedGivesTheSameBytes(String language) {
        SyntheticCorpus a = new SyntheticCorpus(language, 42);
        SyntheticCorpus b = new SyntheticCorpus(language, 42);
        SyntheticCorpus other = new SyntheticCorpus(language, 43);
        int differ = 0;
        for (int i = 0; i < PAGES; i++) {
            SyntheticPage p = a.page(i);
            assertEquals(p.text(), b.page(i).text(), p.name());
            assertEquals(p.goldJson(), b.page(i).goldJson(), p.name());
            differ += p.text().equals(other.page(i).text()) ? 0 : 1;
        }
        // Pages are made one by one from (seed, index): the order they are asked for changes nothing.
        assertEquals(a.page(7).text(), new SyntheticCorpus(language, 42).page(7).text());
        assertTrue(differ > PAGES * 9 / 10, "another seed gives other pages, only " + differ + " of " + PAGES + " differ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"hu", "bg", "sr"})
    void goldFilesParseWithTheModelsReaderAndValidate(String language) {
        SyntheticCorpus corpus = new SyntheticCorpus(language, 42);
        Validator rules = new Validator(List.of(), RecordRules.all());
        for (int i = 0; i < PAGES; i++) {
            SyntheticPage page = corpus.page(i);
            SourceDocument gold = DatasetJson.readDocument(page.goldJson().getBytes(StandardCharsets.UTF_8), page.goldName());
            assertEquals(page.name(), gold.document());
            assertEquals(page.language(), gold.language());
            assertEquals(page.script(), gold.script());
            assertEquals(page.projects().size(), gold.projects().size(), page.name());
            assertTrue(!gold.projects().isEmpty(), page.name() + " states no project");
            List<Diagnostic> errors = rules.validate(new ValidationContext(gold, page.text(), false, Set.of(language)))
                    .stream().filter(d -> d.severity() == Severity.ERROR).toList();
            assertEquals(List.of(), errors, page.name() + "\n" + page.text());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"hu", "bg", "sr"})
    void everyGoldValueOccursInItsPage(String language) {
        SyntheticCorpus corpus = new SyntheticCorpus(language, 42);
        for (int i = 0; i < PAGES; i++) {
            SyntheticPage page = corpus.page(i);
            SourceDocument gold = DatasetJson.readDocument(page.goldJson().getBytes(StandardCharsets.UTF_8), page.goldName());
            for (Project p : gold.projects()) {
                for (String value : textValues(p)) {
                    assertTrue(page.text().contains(value), page.name() + ": gold value '" + value + "' is not in the page");
                }
                p.funding().forEach(m -> assertTrue(digitsOf(page.text()).contains(m.amount().toBigInteger().toString()),
                        page.name() + ": amount " + m.amount() + " is not in the page"));
                if (p.start() != null) {
                    assertTrue(page.text().contains(Integer.toString(p.start().year())), page.name() + ": start " + p.start());
                    assertTrue(page.text().contains(Integer.toString(p.end().year())), page.name() + ": end " + p.end());
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"hu", "bg", "sr"})
    void aLongPageIsAsLongAsAskedAndHoldsManyProjects(String language) {
        SyntheticPage page = new SyntheticCorpus(language, 42).page(3, 200_000);
        assertTrue(page.text().length() >= 200_000);
        assertTrue(page.text().length() < 210_000, "one project too many: " + page.text().length());
        assertTrue(page.projects().size() > 50, page.projects().size() + " projects");
    }

    @ParameterizedTest
    @ValueSource(strings = {"hu-Latn", "bg-Cyrl", "sr-Latn", "sr-Cyrl"})
    void serbianPagesComeInBothScriptsAndEachInOne(String languageScript) {
        String language = languageScript.substring(0, 2);
        String script = languageScript.substring(3);
        SyntheticCorpus corpus = new SyntheticCorpus(language, 42);
        long inScript = corpus.pages(PAGES).filter(p -> p.script().equals(script)).count();
        assertTrue(inScript > (language.equals("sr") ? PAGES / 4 : PAGES - 1), inScript + " pages in " + script);
        assertNotEquals(0, inScript);
    }

    private static List<String> textValues(Project p) {
        List<String> values = new ArrayList<>();
        values.add(p.title());
        if (p.acronym() != null) {
            values.add(p.acronym());
        }
        p.organizations().stream().map(Organization::name).forEach(values::add);
        for (List<org.inclusiondata.model.Phrase> phrases : List.of(p.programmes(), p.locations(), p.targetGroups(),
                p.objectives(), p.activities(), p.results())) {
            phrases.forEach(ph -> values.add(ph.text()));
        }
        p.links().forEach(l -> values.add(l.url()));
        return values;
    }

    /** The page with digit-group separators removed, so that 1.234.567 and 1 234 567 read as 1234567. */
    private static String digitsOf(String text) {
        return text.replaceAll("(?<=\\d)[. ](?=\\d{3})", "");
    }
}
