package org.inclusiondata.extractors.bg;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.inclusiondata.extract.text.Normalizer;
import org.inclusiondata.model.Project;
import org.junit.jupiter.api.Test;

/**
 * A page that lists its projects as numbered items, each followed by its own key lines, and a
 * publication line without a colon. Pages written for this test.
 */
class NumberedProjectsTest {

    private static List<Project> projects(String page) {
        return new BulgarianExtractor().extract(Normalizer.normalize("t.txt", page, "bg", "Cyrl")).projects();
    }

    @Test
    void eachNumberedProjectWithItsOwnKeysIsAProject() {
        List<Project> ps = projects("Проекти на общината\n\n"
                + "1. Проект „Образование за всички“\n"
                + "Период на изпълнение: 01.03.2016 г. – 28.02.2017 г.\n"
                + "Обща стойност: 120 000 лв.\n"
                + "Целеви групи: ромски деца и техните родители\n\n"
                + "2. Проект „Здраве в общността“\n"
                + "Период на изпълнение: 01.06.2017 г. – 31.05.2018 г.\n"
                + "Обща стойност: 80 000 лв.\n"
                + "Целеви групи: жители на квартал Изток\n");
        assertEquals(List.of("Образование за всички", "Здраве в общността"), ps.stream().map(Project::title).toList(), ps.toString());
        assertEquals("2017-02-28", ps.get(0).end().toString());
        assertEquals("2018-05-31", ps.get(1).end().toString());
    }

    @Test
    void aNumberedListOfActivitiesThatQuoteNamesStaysOneProject() {
        List<Project> ps = projects("Проект „Образование за всички“\n\n"
                + "Период на изпълнение: 01.03.2016 г. – 28.02.2017 г.\n\n"
                + "Дейности по проекта:\n"
                + "1. Кампания „Всички на училище“ в община Лом\n"
                + "2. Лятно училище „Заедно“ за 40 деца\n");
        assertEquals(1, ps.size(), ps.toString());
    }

    @Test
    void aPublicationLineWithoutAColonDatesThePageNotTheProject() {
        org.inclusiondata.extract.spi.Extraction e = new BulgarianExtractor().extract(Normalizer.normalize("t.txt",
                "Проект „Образование за всички“ стартира\n\nПубликувано на 12.04.2019 г.\n\n"
                        + "Община Лом стартира изпълнението на проект „Образование за всички“. Продължителност: 12 месеца.\n",
                "bg", "Cyrl"));
        assertEquals("2019-04-12", String.valueOf(e.published()));
        assertEquals(1, e.projects().size(), e.projects().toString());
        assertEquals(null, e.projects().get(0).start());
    }

    @Test
    void aSentenceThatMentionsPublicationIsNoStamp() {
        org.inclusiondata.extract.spi.Extraction e = new BulgarianExtractor().extract(Normalizer.normalize("t.txt",
                "Проект „Образование за всички“\n\nНаръчникът е публикуван и разпространен в 12 училища на 12.04.2019 г.\n",
                "bg", "Cyrl"));
        assertEquals(null, e.published());
    }
}
