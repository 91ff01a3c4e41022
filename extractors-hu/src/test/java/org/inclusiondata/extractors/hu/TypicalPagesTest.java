package org.inclusiondata.extractors.hu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.inclusiondata.extract.spi.Extraction;
import org.inclusiondata.extract.text.Normalizer;
import org.inclusiondata.model.FundingKind;
import org.inclusiondata.model.Phrase;
import org.inclusiondata.model.Project;
import org.inclusiondata.model.Role;
import org.junit.jupiter.api.Test;

/**
 * Pages written for this test in the shapes Hungarian project pages commonly take (not taken from
 * the corpus), so the lexicons are checked on text they were not tuned on.
 */
class TypicalPagesTest {

    private static Extraction extract(String resource) throws IOException {
        try (InputStream in = TypicalPagesTest.class.getResourceAsStream(resource)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new HungarianExtractor().extract(Normalizer.normalize(resource, text, "hu", "Latn"));
        }
    }

    @Test
    void aDevelopmentProgrammeProjectPage() throws IOException {
        Extraction x = extract("szechenyi-project-page.txt");
        assertEquals(1, x.projects().size());
        Project p = x.projects().get(0);
        assertEquals("Együtt a jövőért – komplex telep-program Nagyecseden", p.title());
        assertEquals("EFOP-1.6.2-16-2017-00045", p.acronym());
        assertEquals("2018-03-01", p.start().toString());
        assertEquals("2020-11-30", p.end().toString());
        assertEquals(420, p.beneficiaries());
        assertEquals(Role.LEAD, p.organizations().get(0).role());
        assertEquals("Szabolcsi Közösségfejlesztő Egyesület", p.organizations().get(0).name());
        assertTrue(p.organizations().stream().anyMatch(o -> o.role() == Role.PARTNER && o.name().startsWith("Nagyecsedi Roma")));
        assertEquals(1, p.funding().size());
        assertEquals(0, new BigDecimal("249987500").compareTo(p.funding().get(0).amount()));
        assertEquals(FundingKind.GRANT, p.funding().get(0).kind());
        assertEquals(List.of("Széchenyi 2020"), texts(p.programmes()));
        assertEquals(4, p.activities().size());
        assertTrue(texts(p.locations()).stream().allMatch(l -> l.startsWith("Nagyecsed")), texts(p.locations()).toString());
    }

    @Test
    void aNewsItemAboutAProjectInRomania() throws IOException {
        Extraction x = extract("news-item-romania.txt");
        assertEquals("2021-10-04", x.published().toString());
        Project p = x.projects().get(0);
        assertEquals("Híd a közösségért", p.title());
        assertEquals("2020-09-01", p.start().toString());
        assertEquals(24, p.durationMonths());
        assertEquals(150, p.beneficiaries());
        assertEquals(List.of(FundingKind.TOTAL, FundingKind.OWN), p.funding().stream().map(m -> m.kind()).toList());
        assertEquals(0, new BigDecimal("1200000").compareTo(p.funding().get(0).amount()));
        assertEquals("RON", p.funding().get(0).currency());
        assertTrue(p.organizations().stream().anyMatch(o -> o.role() == Role.FUNDER && o.name().equals("Norvég Alap")));
        assertEquals(List.of("Csíkszeredában"), texts(p.locations()));
        assertEquals(2, p.objectives().size());
        assertEquals("www.hidakozossegert.ro", p.links().get(0).url());
    }

    private static List<String> texts(List<Phrase> ps) {
        return ps.stream().map(Phrase::text).toList();
    }
}
