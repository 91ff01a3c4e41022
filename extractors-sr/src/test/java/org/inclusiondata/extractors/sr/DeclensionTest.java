package org.inclusiondata.extractors.sr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeclensionTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "Крагујевац|Крагујевцу", "Крагујевац|Крагујевца", "Ниш|Нишу", "Оџаци|Оџацима", "Смедерево|Смедереву",
            "Суботица|Суботици", "Врање|Врању", "Прокупље|Прокупљу", "Зајечар|Зајечару", "Звездара|Звездари",
            "Костолац|Костолцу", "Пожаревац|Пожаревцу", "Врњачка Бања|Врњачкој Бањи", "Нови Сад|Новом Саду",
            "Нови Сад|Новог Сада", "Бачка Паланка|Бачкој Паланци", "Сремски Карловци|Сремским Карловцима",
            "Сремски Карловци|Сремских Карловаца", "Република Србија|Републици Србији", "Србија|Србији",
            "Црна Гора|Црној Гори", "Босна и Херцеговина|Босни и Херцеговини", "Македонија|Македонији",
            "Косово|Косову", "Турска|Турској", "Албанија|Албанији", "Петровац на Млави|Петровцу на Млави",
            "Гаџин Хан|Гаџином Хану", "Мало Црниће|Малом Црнићу", "Чачак|Чачку", "Западни Балкан|Западном Балкану",
            "Savski venac|Savskom vencu", "Novi Sad|Novom Sadu", "Zapadni Balkan|zapadnom Balkanu",
            "Slovenija|Sloveniji", "Smederevo|Smederevu", "Регион Војводине|Региону Војводине", "Извршно веће Војводине|Извршног већа Војводине",
            "Делегација Европске уније у Србији|Делегацији Европске уније у Србији",
            "министарство|министарства", "тело|телом", "Координационо тело|Координационим телом",
            "канцеларија|канцеларије", "тим|тима", "општина|општини"})
    void generatesTheCaseFormPagesWrite(String base, String form) {
        List<String> forms = Declension.forms(base);
        assertTrue(forms.stream().anyMatch(f -> f.equalsIgnoreCase(form)), base + " → " + forms);
    }

    @ParameterizedTest
    @CsvSource({"АП Војводина", "БиХ", "EU"})
    void abbreviationsDoNotDecline(String base) {
        assertTrue(Declension.forms(base).stream().allMatch(f -> f.startsWith(base.split(" ")[0])));
    }

    @Property
    void theBaseFormComesFirstAndNothingIsEmpty(@ForAll @StringLength(max = 40) String name) {
        List<String> forms = Declension.forms(name);
        assertEquals(name.strip(), forms.get(0));
        assertEquals(forms.size(), forms.stream().distinct().count());
    }
}
