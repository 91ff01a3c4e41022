package org.inclusiondata.extractors.sr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.inclusiondata.extract.spi.Extraction;
import org.inclusiondata.extract.text.Normalizer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Serbian pages quote titles three ways; each gives the title without its quotes, in the page's script. */
class QuotedTitlesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Удружење Рома из Ниша спроводи пројекат „Знањем до посла“ уз подршку општине.|Знањем до посла",
            "Удружење Рома из Ниша спроводи пројекат ,,Знањем до посла” уз подршку општине.|Знањем до посла",
            "Удружење Рома из Ниша спроводи пројекат “Знањем до посла“ уз подршку општине.|Знањем до посла",
            "Udruženje Roma iz Niša sprovodi projekat „Znanjem do posla“ uz podršku opštine.|Znanjem do posla",
            "Udruženje Roma iz Niša sprovodi projekat ,,Znanjem do posla” uz podršku opštine.|Znanjem do posla",
            "Udruženje Roma iz Niša sprovodi projekat “Znanjem do posla“ uz podršku opštine.|Znanjem do posla"})
    void theTitleComesOutOfAnyQuotationMarks(String text, String title) {
        Extraction e = new SerbianExtractor().extract(Normalizer.normalize("quoted.txt", text, "sr", null));
        assertEquals(1, e.projects().size(), e.toString());
        assertEquals(title, e.projects().get(0).title());
        var span = e.projects().get(0).evidenceOf("title").orElseThrow();
        assertEquals(title, text.substring(span.start(), span.end()));
    }
}
