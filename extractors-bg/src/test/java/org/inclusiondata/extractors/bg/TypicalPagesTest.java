package org.inclusiondata.extractors.bg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.inclusiondata.extract.spi.Extraction;
import org.inclusiondata.extract.text.Normalizer;
import org.inclusiondata.model.FundingKind;
import org.inclusiondata.model.Money;
import org.inclusiondata.model.Organization;
import org.inclusiondata.model.Phrase;
import org.inclusiondata.model.Project;
import org.inclusiondata.model.Role;
import org.junit.jupiter.api.Test;

/**
 * The two shapes Bulgarian project pages take most often, written for this test (not copied from
 * the corpus): an operational-programme data sheet, a grant sheet with labelled money, a news item that narrates a project and an
 * organisation's list of its projects.
 */
class TypicalPagesTest {

    private static Extraction extract(String page) {
        try (InputStream in = TypicalPagesTest.class.getResourceAsStream("pages/" + page)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new BulgarianExtractor().extract(Normalizer.normalize(page, text, "bg", "Cyrl"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Project only(Extraction e) {
        assertEquals(1, e.projects().size(), e.projects().toString());
        return e.projects().get(0);
    }

    private static List<String> texts(List<Phrase> phrases) {
        return phrases.stream().map(Phrase::text).toList();
    }

    private static Role roleOf(Project p, String nameStart) {
        return p.organizations().stream().filter(o -> o.name().startsWith(nameStart)).map(Organization::role)
                .findFirst().orElse(null);
    }

    @Test
    void dataSheet() {
        Project p = only(extract("data-sheet.txt"));
        assertEquals("Заедно за по-добро бъдеще", p.title());
        assertEquals("2019-03-01", String.valueOf(p.start()));
        assertEquals("2021-02-28", String.valueOf(p.end()));
        assertEquals(24, p.durationMonths());
        assertEquals(Role.LEAD, roleOf(p, "Община Сливен"));
        assertEquals(Role.PARTNER, roleOf(p, "СНЦ „Ромска младежка организация“"));
        assertEquals(Role.PARTNER, roleOf(p, "Фондация „Здраве и социално развитие“"));
        List<Money> money = p.funding();
        assertEquals(3, money.size(), money.toString());
        assertEquals(0, new BigDecimal("1954430.54").compareTo(money.get(0).amount()));
        assertEquals(FundingKind.TOTAL, money.get(0).kind());
        assertEquals(FundingKind.GRANT, money.get(1).kind());
        assertEquals(FundingKind.OWN, money.get(2).kind());
        assertTrue(money.stream().allMatch(m -> m.currency().equals("BGN")));
        assertTrue(texts(p.programmes()).contains("Оперативна програма „Развитие на човешките ресурси“"), p.programmes().toString());
        assertEquals(List.of("деца и младежи от уязвими групи, включително роми", "родители на деца от уязвими групи"),
                texts(p.targetGroups()));
        assertEquals(3, p.activities().size(), p.activities().toString());
        assertEquals(2, p.results().size(), p.results().toString());
        assertEquals(500, p.beneficiaries());
        assertTrue(texts(p.locations()).stream().allMatch(l -> l.contains("Сливен")), p.locations().toString());
    }

    @Test
    void newsItem() {
        Extraction e = extract("news.txt");
        // The stamp "15 март 2018 г. 10:32" dates the page, not the project.
        assertEquals("2018-03-15", String.valueOf(e.published()));
        Project p = only(e);
        // "От 1 март 2018 г. … изпълнява проект" is not read as the start: event dates look the same.
        assertEquals("2019-02-28", String.valueOf(p.end()));
        assertEquals(12, p.durationMonths());
        assertEquals(30, p.beneficiaries());
        assertEquals(Role.PARTNER, roleOf(p, "Община Кюстендил"));
        assertEquals(1, p.funding().size());
        assertEquals(0, new BigDecimal("48500").compareTo(p.funding().get(0).amount()));
        assertTrue(texts(p.programmes()).contains("Фонд „Социална закрила“"), p.programmes().toString());
        assertEquals(List.of("Кюстендил"), texts(p.locations()));
    }

    @Test
    void aConsortiumNamedInOneSentence() {
        Project p = only(extract("consortium.txt"));
        assertEquals(Role.LEAD, roleOf(p, "Фондация „Нов път“"));
        assertEquals(Role.PARTNER, roleOf(p, "Читалище „Светлина“ Тунджа"));
        // Joined to a partner by "и", so a partner too, although "стартира проект" follows it.
        assertEquals(Role.PARTNER, roleOf(p, "Сдружение „Бъдеще“ Елхово"));
        assertEquals(Role.FUNDER, roleOf(p, "Фондация „Помощ“ София"));
        // Seats (after a dash, or inside a name) are not where the project acts; a municipality that
        // prepares the project is.
        assertEquals(List.of("Болярово"), texts(p.locations()));
    }

    @Test
    void listOfProjectsUnderTheirOwnHeadings() {
        List<Project> ps = extract("project-list.txt").projects();
        assertEquals(List.of("Образование за всички", "Здраве в общността", "Млади лидери"),
                ps.stream().map(Project::title).toList());
        assertEquals(List.of("2016", "2019-09-01", "2021-03"), ps.stream().map(p -> String.valueOf(p.start())).toList());
        assertEquals(List.of("2018", "2020-08-31", "2022-02"), ps.stream().map(p -> String.valueOf(p.end())).toList());
        assertEquals(List.of("EUR", "BGN", "USD"), ps.stream().map(p -> p.funding().get(0).currency()).toList());
        assertEquals(Role.FUNDER, roleOf(ps.get(0), "Фонд за ромско образование"));
        assertEquals(Role.PARTNER, roleOf(ps.get(1), "Регионална здравна инспекция"));
        assertEquals(Role.FUNDER, roleOf(ps.get(2), "Посолството на САЩ"));
        assertEquals(List.of("Нова Загора"), texts(ps.get(0).locations()));
    }

    @Test
    void grantSheetWithLabelledMoneyAndRoles() {
        Project p = only(extract("grant-sheet.txt"));
        assertEquals("Интегрирани мерки за подобряване на достъпа до образование на деца от ромски произход", p.title());
        assertEquals("BG06RDNP001-19.109-0001-C01", p.acronym());
        assertEquals("2020-02-01", String.valueOf(p.start()));
        assertEquals("2022-01-31", String.valueOf(p.end()));
        assertEquals(Role.LEAD, roleOf(p, "Фондация „Равен шанс“"));
        assertEquals(Role.PARTNER, roleOf(p, "Община Лом"));
        assertEquals(List.of(FundingKind.TOTAL, FundingKind.GRANT, FundingKind.OWN), p.funding().stream().map(Money::kind).toList());
        assertEquals(0, new BigDecimal("39116.70").compareTo(p.funding().get(2).amount()));
        assertEquals(3, p.activities().size(), p.activities().toString());
        assertEquals(2, p.results().size(), p.results().toString());
        assertEquals(1, p.objectives().size(), p.objectives().toString());
        assertEquals(List.of("www.ravenshans.bg"), p.links().stream().map(l -> l.url()).toList());
    }

    @Test
    void listsOpenedByALeadInSentence() {
        Project p = only(extract("lead-in-lists.txt"));
        assertEquals("Шанс за децата", p.title());
        assertEquals(List.of("летни училища за деца от 1 до 4 клас", "работа с родителите",
                "кампания за записване в детска градина"), texts(p.activities()));
        assertEquals(List.of("по-малко отпаднали ученици", "по-добри резултати по български език"), texts(p.results()));
        assertEquals(Role.LEAD, roleOf(p, "Сдружение"));
        assertEquals(Role.FUNDER, roleOf(p, "Фондация"));
    }
}
