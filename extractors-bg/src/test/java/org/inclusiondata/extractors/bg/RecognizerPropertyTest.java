package org.inclusiondata.extractors.bg;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.inclusiondata.extract.lexicon.Lexicon;
import org.inclusiondata.extract.lexicon.Words;
import org.inclusiondata.extract.recognize.Amount;
import org.inclusiondata.extract.recognize.DateRecognizer;
import org.inclusiondata.extract.recognize.DurationRecognizer;
import org.inclusiondata.extract.recognize.MoneyRecognizer;
import org.inclusiondata.extract.recognize.Recognized;

/** Round trips: what Bulgarian writes in its usual ways reads back as the value written. */
class RecognizerPropertyTest {

    private static final Lexicon BG = BulgarianLexicon.get();
    private static final List<String> MONTHS = List.of("януари", "февруари", "март", "април", "май", "юни", "юли",
            "август", "септември", "октомври", "ноември", "декември");

    /** 1234567 → "1 234 567" (or with dots), the grouping Bulgarian pages use. */
    private static String grouped(long n, char separator) {
        String digits = Long.toString(n);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                sb.append(separator);
            }
            sb.append(digits.charAt(i));
        }
        return sb.toString();
    }

    @Provide
    Arbitrary<String> levForms() {
        return Arbitraries.of("лв.", "лева", "BGN");
    }

    @Property
    void levAmountsWithSpaceOrDotGroupingAndDecimalComma(@ForAll @LongRange(min = 1000, max = 999_999_999) long whole,
            @ForAll @IntRange(min = 0, max = 99) int cents, @ForAll("levForms") String currency, @ForAll boolean dots) {
        String written = grouped(whole, dots ? '.' : ' ') + "," + String.format("%02d", cents) + " " + currency;
        Words w = BG.words("Общата стойност на проекта е " + written + ", осигурени от програмата.");
        List<Recognized<Amount>> found = new MoneyRecognizer(BG).find(w, 0, w.text().length());
        assertEquals(1, found.size(), written + " → " + found);
        assertEquals(0, BigDecimal.valueOf(whole * 100 + cents, 2).compareTo(found.get(0).value().amount()), written);
        assertEquals("BGN", found.get(0).value().currency(), written);
    }

    @Property
    void euroAmountsInThousandsAndMillions(@ForAll @IntRange(min = 1, max = 999) int n, @ForAll boolean millions) {
        String written = n + (millions ? " млн. евро" : " хил. евро");
        Words w = BG.words("Бюджетът е " + written + ".");
        List<Recognized<Amount>> found = new MoneyRecognizer(BG).find(w, 0, w.text().length());
        assertEquals(1, found.size(), written + " → " + found);
        assertEquals(0, BigDecimal.valueOf(n).multiply(BigDecimal.valueOf(millions ? 1_000_000 : 1000))
                .compareTo(found.get(0).value().amount()), written);
        assertEquals("EUR", found.get(0).value().currency());
    }

    @Property
    void datesWithMonthNamesAndNumericDates(@ForAll @IntRange(min = 0, max = 365 * 40) int dayOffset, @ForAll boolean named) {
        LocalDate d = LocalDate.of(1995, 1, 1).plusDays(dayOffset);
        String written = named ? d.getDayOfMonth() + " " + MONTHS.get(d.getMonthValue() - 1) + " " + d.getYear() + " г."
                : String.format("%02d.%02d.%d г.", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
        String text = "Договорът е подписан на " + written + " в София.";
        List<DateRecognizer.DateMention> ds = new DateRecognizer(BG).dates(text, 0, text.length());
        assertEquals(1, ds.size(), written + " → " + ds);
        assertEquals(d.toString(), ds.get(0).date().toString(), written);
    }

    @Property
    void durationsInMonthsAndYears(@ForAll @IntRange(min = 1, max = 60) int n, @ForAll boolean years) {
        String written = n + (years ? (n == 1 ? " година" : " години") : (n == 1 ? " месец" : " месеца"));
        Words w = BG.words("Продължителност на проекта: " + written);
        var found = new DurationRecognizer(BG).find(w, 0, w.size());
        assertEquals(1, found.size(), written + " → " + found);
        assertEquals(years ? 12 * n : n, found.get(0).value(), written);
    }
}
