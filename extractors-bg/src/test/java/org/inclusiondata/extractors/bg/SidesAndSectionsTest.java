package org.inclusiondata.extractors.bg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.inclusiondata.extract.text.Normalizer;
import org.inclusiondata.model.Organization;
import org.inclusiondata.model.Phrase;
import org.inclusiondata.model.Project;
import org.inclusiondata.model.Role;
import org.junit.jupiter.api.Test;

/**
 * Which side of a role cue gets which role, what a labelled target-group value or a results
 * section holds, and the site's own header lines. Pages written for this test.
 */
class SidesAndSectionsTest {

    private static Project only(String page) {
        List<Project> ps = new BulgarianExtractor().extract(Normalizer.normalize("t.txt", page, "bg", "Cyrl")).projects();
        assertEquals(1, ps.size(), ps.toString());
        return ps.get(0);
    }

    private static Role roleOf(Project p, String nameStart) {
        return p.organizations().stream().filter(o -> o.name().startsWith(nameStart)).map(Organization::role)
                .findFirst().orElse(null);
    }

    private static List<String> texts(List<Phrase> phrases) {
        return phrases.stream().map(Phrase::text).toList();
    }

    @Test
    void aPartnershipBetweenTwoNamesIsLedByTheFirst() {
        Project p = only("Проект „Училище за всички“\n\nУспехът на проекта се дължи на партньорството между Фондация „Шанс“,"
                + " която работи с децата, и Сдружение „Бъдеще“ от Лом.\n");
        assertEquals(Role.LEAD, roleOf(p, "Фондация"));
        assertEquals(Role.PARTNER, roleOf(p, "Сдружение"));
        Project q = only("Проект „Училище за всички“\n\nПроектът е плод на партньорство между Фондация „Шанс“ и Сдружение „Бъдеще“.\n");
        assertEquals(Role.LEAD, roleOf(q, "Фондация"));
        assertEquals(Role.PARTNER, roleOf(q, "Сдружение"));
    }

    @Test
    void aNameBeforeAPartnershipWithCueIsNotItsPartner() {
        Project p = only("Проект „Училище за всички“\n\nСдружение „Бъдеще“ стартира проект „Училище за всички“"
                + " в партньорство с Фондация „Шанс“.\n");
        assertEquals(Role.LEAD, roleOf(p, "Сдружение"));
        assertEquals(Role.PARTNER, roleOf(p, "Фондация"));
    }

    @Test
    void aLabelledTargetGroupValueSplitsIntoItsGroups() {
        Project p = only("Проект „Училище за всички“\n\nЦелеви групи:\nРомските деца в община Лом, родители и учители в"
                + " областта.\n\nПродължителност: 12 месеца\n");
        assertEquals(List.of("Ромските деца в община Лом", "родители и учители в областта"), texts(p.targetGroups()));
    }

    @Test
    void aGroupSpelledOutInALongTitleIsTheTargetGroupButABareOneIsNot() {
        Project p = only("Проект „Подкрепа за образованието на ромските деца от малките села в общината за занимания след"
                + " училище и през лятото“ стартира през септември.\n");
        assertEquals(List.of("ромските деца от малките села в общината"), texts(p.targetGroups()));
        Project q = only("Проект „Подкрепа за ромските деца чрез занимания след училище и през лятото“ стартира през септември.\n");
        assertEquals(List.of(), texts(q.targetGroups()));
    }

    @Test
    void aFunderValueThatNamesProgrammesGivesProgrammesAndNoOrganisation() {
        Project p = only("Проект „Училище за всички“\n\nФинансираща организация: Програма за развитие на гражданското общество"
                + " по Финансовия механизъм на ЕИП 2014-2021 г.\n\nПродължителност: 12 месеца\n");
        assertEquals(List.of(), p.organizations());
        assertEquals(List.of("Програма за развитие на гражданското общество", "Финансовия механизъм на ЕИП 2014-2021 г"),
                texts(p.programmes()));
    }

    @Test
    void aRoleKeyWhoseValueIsASentenceAlsoGivesTheProgrammeItNames() {
        Project p = only("Проект „Училище за всички“\n\nКонсорциум: Фондация „Шанс“ в партньорство със Сдружение „Бъдеще“"
                + " изпълнява проекта в рамките на инициатива „Образование за всеки“ на Министерството на образованието.\n");
        assertEquals(Role.LEAD, roleOf(p, "Фондация"));
        assertEquals(Role.PARTNER, roleOf(p, "Сдружение"));
        assertEquals(1, texts(p.programmes()).stream().filter(t -> t.contains("Образование за всеки")).count(), p.programmes().toString());
    }

    @Test
    void aResultsSectionOfParagraphsKeepsTheOneThatStatesItsResult() {
        Project p = only("Проект „Училище за всички“\n\nПродължителност: 12 месеца\n\nРезултати\n"
                + "Проектът допринесе за по-добро разбирателство между училището и семействата.\n\n"
                + "В резултат от проекта бяха обучени двадесет учители от общината.\n\n"
                + "Добрата работа на екипа беше ключ към успеха на проекта.\n");
        assertEquals(1, p.results().size(), p.results().toString());
        assertEquals("бяха обучени двадесет учители от общината", p.results().get(0).text());
    }

    @Test
    void theSitesHeaderLinesAboveItsMenuGiveNoPlace() {
        Project p = only("Добри практики в България\nРазвитие на местните общности\nназад\n\n"
                + "Целта на проект „Училище за всички“ е да подкрепи ромските деца в община Лом.\n");
        assertEquals(List.of("Лом"), texts(p.locations()).stream().map(l -> l.replace("община ", "")).toList());
    }

    @Test
    void aPlaceInsideAQuotedNameIsNotWhereTheProjectActs() {
        Project p = only("Проект „Училище за всички“\n\nВ залата на „Културен център – Пловдив“ се проведе откриващо събитие"
                + " по проект „Училище за всички“, който ще работи с ромските деца в община Лом.\n");
        assertEquals(List.of("Лом"), texts(p.locations()).stream().map(l -> l.replace("община ", "")).toList());
    }

    @Test
    void theLastLineOfAResultsListWithoutItsFullStopIsAResultNotAHeading() {
        Project p = only("Проект „Училище за всички“\n\nПродължителност: 12 месеца\n\n  Дейности и резултати:\n\n"
                + "  Разработена програма за занимания след училище на децата от квартала.\n\n"
                + "  Издаден и разпространен наръчник за работа на учителите в общината.\n\n"
                + "  Организиран летен лагер за децата");
        assertEquals(List.of("Разработена програма за занимания след училище на децата от квартала",
                "Издаден и разпространен наръчник за работа на учителите в общината", "Организиран летен лагер за децата"),
                texts(p.results()));
    }

    @Test
    void theStrategysPeriodIsNotTheProjects() {
        Project p = only("Проект „Училище за всички“\n\nПроектът подкрепя изпълнението на Стратегията за интегриране на ромите"
                + " в област Видин (2012 – 2020 г.) и на Плана за действие на общината.\n\nПродължителност: 12 месеца\n");
        assertNull(p.start());
        assertNull(p.end());
        assertEquals(12, p.durationMonths());
    }

    @Test
    void delegatesAreNotTheProjectsBeneficiaries() {
        Project p = only("Проект „Училище за всички“\n\nЩе се проведе посещение за 10 представители на общините в Белгия.\n");
        assertNull(p.beneficiaries());
    }
}
