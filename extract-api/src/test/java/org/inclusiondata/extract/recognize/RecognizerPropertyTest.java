package org.inclusiondata.extract.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.inclusiondata.extract.lexicon.Lexicon;
import org.inclusiondata.extract.lexicon.TestLexicons;
import org.inclusiondata.extract.lexicon.Words;
import org.inclusiondata.model.PartialDate;

/** Round trips of formatted values, and no surprises on arbitrary text. */
class RecognizerPropertyTest {

    private static final Lexicon LEX = TestLexicons.mixed();
    private static final DateRecognizer DATES = new DateRecognizer(LEX);
    private static final MoneyRecognizer MONEY = new MoneyRecognizer(LEX);
    private static final String[] MONTHS = {"január", "február", "március", "április", "május", "június", "július",
            "augusztus", "szeptember", "október", "november", "december"};

    @Property
    void aFormattedAmountReadsBackToItsValue(@ForAll @LongRange(min = 1, max = 9_999_999_999L) long units,
            @ForAll @IntRange(min = 0, max = 99) int cents, @ForAll boolean withCents,
            @ForAll @IntRange(min = 0, max = 3) int style, @ForAll @IntRange(min = 0, max = 3) int currency) {
        String group = switch (style) {
            case 0 -> ".";
            case 1 -> " ";
            case 2 -> ",";
            default -> "";
        };
        String decimal = style == 2 ? "." : ",";
        String digits = Long.toString(units);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                sb.append(group);
            }
            sb.append(digits.charAt(i));
        }
        if (withCents) {
            sb.append(decimal).append(String.format(Locale.ROOT, "%02d", cents));
        }
        String number = sb.toString();
        String written = switch (currency) {
            case 0 -> number + " Ft";
            case 1 -> number + " lej";
            case 2 -> "€ " + number;
            default -> number + " лв.";
        };
        String text = "Összesen " + written + " a projekt.";
        List<Recognized<Amount>> as = MONEY.find(LEX.words(text), 0, text.length());
        BigDecimal expected = BigDecimal.valueOf(units).add(withCents ? BigDecimal.valueOf(cents, 2) : BigDecimal.ZERO);
        // "1,000" with a comma and no decimals is ambiguous only when grouping is absent; it is grouped here.
        assertEquals(1, as.size(), text + " -> " + as);
        assertEquals(0, expected.compareTo(as.get(0).value().amount()), text + " -> " + as);
        Recognized<Amount> a = as.get(0);
        assertTrue(text.substring(a.start(), a.end()).contains(number), "span covers the number: " + text.substring(a.start(), a.end()));
    }

    @Property
    void aFormattedDateReadsBackAtItsPrecision(@ForAll @IntRange(min = 1990, max = 2040) int year,
            @ForAll @IntRange(min = 1, max = 12) int month, @ForAll @IntRange(min = 1, max = 28) int day,
            @ForAll @IntRange(min = 0, max = 4) int style) {
        String written;
        PartialDate expected;
        switch (style) {
            case 0 -> {
                written = String.format(Locale.ROOT, "%d.%02d.%02d", year, month, day);
                expected = PartialDate.ofDay(year, month, day);
            }
            case 1 -> {
                written = String.format(Locale.ROOT, "%02d.%02d.%d", day, month, year);
                expected = PartialDate.ofDay(year, month, day);
            }
            case 2 -> {
                written = year + ". " + MONTHS[month - 1] + " " + day + ".";
                expected = PartialDate.ofDay(year, month, day);
            }
            case 3 -> {
                written = year + ". " + MONTHS[month - 1];
                expected = PartialDate.ofMonth(year, month);
            }
            default -> {
                written = Integer.toString(year);
                expected = PartialDate.ofYear(year);
            }
        }
        if (style >= 2 && !LEX.months().matchAt(LEX.words(MONTHS[month - 1]), 0).isPresent()) {
            return; // the test lexicon names only some months
        }
        String text = "Kezdete: " + written + " között";
        var ds = DATES.dates(text, 0, text.length());
        assertEquals(1, ds.size(), text + " -> " + ds);
        assertEquals(expected, ds.get(0).date(), text);
    }

    @Property
    void aFormattedCountReadsBack(@ForAll @IntRange(min = 1, max = 999_999) int n) {
        String text = "A projekt " + n + " fő részvételével zajlott.";
        var cs = new CountRecognizer(LEX).find(LEX.words(text), 0, text.length());
        assertEquals(n, cs.get(0).value());
    }

    @Provide
    Arbitrary<String> messyText() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(20),
                Arbitraries.of("2015. május", " – ", "1.756.996,00", " lej", "€", "Egyesület", "Maros", "megyékben", ",",
                        "\n", " • ", "http://x.hu/", "„", "”", "-től", "12", ".", "млн.", "хил.лв.", "két", "hónap", "fő"));
        return pieces.list().ofMaxSize(30).map(l -> String.join("", l));
    }

    @Property
    void noRecognizerThrowsAndEverySpanLiesInsideTheText(@ForAll("messyText") String text) {
        Words w = LEX.words(text);
        List<Recognized<?>> all = new java.util.ArrayList<>();
        all.addAll(DATES.periods(text, 0, text.length()));
        DATES.dates(text, 0, text.length()).forEach(d -> all.add(new Recognized<>(d.date(), d.start(), d.end())));
        all.addAll(MONEY.find(w, 0, text.length()));
        all.addAll(new CountRecognizer(LEX).find(w, 0, text.length()));
        all.addAll(new DurationRecognizer(LEX).find(w, 0, w.size()));
        all.addAll(new OrganizationRecognizer(LEX).find(w, 0, w.size()));
        all.addAll(new PlaceRecognizer(LEX).find(w, 0, w.size()));
        all.addAll(LinkRecognizer.urls(text, 0, text.length()));
        for (Recognized<?> r : all) {
            assertTrue(r.start() >= 0 && r.end() <= text.length() && r.start() < r.end(), r + " in " + text.length());
        }
        for (Recognized<String> r : new OrganizationRecognizer(LEX).find(w, 0, w.size())) {
            assertEquals(r.value(), text.substring(r.start(), r.end()));
        }
    }
}
