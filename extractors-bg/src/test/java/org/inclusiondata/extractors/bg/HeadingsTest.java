package org.inclusiondata.extractors.bg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.inclusiondata.extract.text.Normalizer;
import org.inclusiondata.model.Organization;
import org.inclusiondata.model.Phrase;
import org.inclusiondata.model.Project;
import org.junit.jupiter.api.Test;

/** Headings that look like field labels but are names or open running text. */
class HeadingsTest {

    private static Project only(String page) {
        List<Project> ps = new BulgarianExtractor().extract(Normalizer.normalize("t.txt", page, "bg", "Cyrl")).projects();
        assertEquals(1, ps.size(), ps.toString());
        return ps.get(0);
    }

    @Test
    void aMunicipalityNameAsTheHeadingDoesNotTurnTheTextIntoLocations() {
        Project p = only("Община Сливен\n\nОбщината стартира изпълнението на проект „Заедно за децата“, финансиран от"
                + " Фондация „Америка за България“, с продължителност 12 месеца.\n\nВ рамките на проекта ще бъдат обучени 20 учители.\n");
        assertTrue(p.locations().stream().map(Phrase::text).allMatch(l -> l.split("\\s+").length <= 3), p.locations().toString());
        assertEquals(12, p.durationMonths());
    }

    @Test
    void aFundingHeadingOverASentenceGivesTheFunderNamedInIt() {
        Project p = only("Проект „Заедно за децата“\n\nФинансиране\n\nПроектът се финансира от Фондация „Америка за България“"
                + " с бюджет 100 000 лв.\n");
        assertEquals(List.of("Фондация"), p.organizations().stream().map(Organization::name).map(n -> n.split(" ")[0]).toList());
        assertEquals(List.of(), p.programmes());
        assertEquals(1, p.funding().size());
    }
}
