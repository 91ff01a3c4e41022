package org.inclusiondata.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class PartialDateProperties {

    @Provide
    Arbitrary<PartialDate> dates() {
        return ModelArbitraries.dates();
    }

    @Property
    void yearRoundTrips(@ForAll @IntRange(min = 1, max = 9999) int year) {
        PartialDate date = PartialDate.ofYear(year);
        assertEquals(String.format("%04d", year), date.toString());
        assertEquals(date, PartialDate.parse(date.toString()));
        assertEquals(PartialDate.Precision.YEAR, date.precision());
    }

    @Property
    void monthRoundTrips(@ForAll @IntRange(min = 1, max = 9999) int year, @ForAll @IntRange(min = 1, max = 12) int month) {
        PartialDate date = PartialDate.ofMonth(year, month);
        assertEquals(String.format("%04d-%02d", year, month), date.toString());
        assertEquals(date, PartialDate.parse(date.toString()));
        assertEquals(PartialDate.Precision.MONTH, date.precision());
    }

    @Property
    void dayRoundTrips(@ForAll("dates") PartialDate any) {
        PartialDate date = PartialDate.ofDay(any.year(), any.month() == null ? 1 : any.month(), 1);
        assertEquals(date, PartialDate.parse(date.toString()));
        assertEquals(PartialDate.Precision.DAY, date.precision());
        assertEquals(date.earliest(), date.latest());
    }

    @Property
    void everyDateParsesBackFromItsPrint(@ForAll("dates") PartialDate date) {
        assertEquals(date, PartialDate.parse(date.toString()));
        assertTrue(date.toString().matches("\\d{4}(-\\d{2}(-\\d{2})?)?"));
        assertTrue(!date.earliest().isAfter(date.latest()));
    }

    @Property
    void daysPastTheEndOfTheMonthAreRejected(@ForAll @IntRange(min = 1, max = 9999) int year,
            @ForAll @IntRange(min = 1, max = 12) int month, @ForAll @IntRange(min = 1, max = 70) int beyond) {
        int day = YearMonth.of(year, month).lengthOfMonth() + beyond;
        String iso = String.format("%04d-%02d-%02d", year, month, Math.min(day, 99));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PartialDate.parse(iso));
        assertTrue(e.getMessage().contains(iso) || e.getMessage().contains("not a calendar date"), e.getMessage());
    }

    @Property
    void orderFollowsTheFirstDayThenPrecision(@ForAll("dates") PartialDate a, @ForAll("dates") PartialDate b) {
        int byDay = a.earliest().compareTo(b.earliest());
        if (byDay != 0) {
            assertEquals(Integer.signum(byDay), Integer.signum(a.compareTo(b)));
        }
        assertEquals(Integer.signum(a.compareTo(b)), -Integer.signum(b.compareTo(a)));
        assertEquals(a.equals(b), a.compareTo(b) == 0);
    }

    @Example
    void impossibleAndMalformedDatesAreRejected() {
        for (String bad : new String[] {"2015-02-30", "2015-02-29", "2016-02-30", "2015-04-31", "2015-13", "2015-00", "2015-05-00",
                "0000", "15-05-2015", "2015/05", "2015-5", "2015-05-1", " 2015", "2015-05-01T00:00", "", "२०१५"}) {
            assertThrows(IllegalArgumentException.class, () -> PartialDate.parse(bad), bad);
        }
        assertEquals(PartialDate.ofDay(2016, 2, 29), PartialDate.parse("2016-02-29"));
    }

    @Property
    void certainlyBeforeIsStrictAndAgreesWithTheOrder(@ForAll("dates") PartialDate a, @ForAll("dates") PartialDate b) {
        if (a.isCertainlyBefore(b)) {
            assertTrue(a.compareTo(b) < 0);
            assertTrue(!b.isCertainlyBefore(a));
        }
        assertTrue(!a.isCertainlyBefore(a));
    }

    @Example
    void overlappingPrecisionsAreNotCertainlyOrdered() {
        assertTrue(PartialDate.parse("2015-05").isCertainlyBefore(PartialDate.parse("2015-06-01")));
        assertTrue(!PartialDate.parse("2015").isCertainlyBefore(PartialDate.parse("2015-05")));
        assertTrue(!PartialDate.parse("2015-05").isCertainlyBefore(PartialDate.parse("2015")));
        assertTrue(PartialDate.parse("2014-12-31").isCertainlyBefore(PartialDate.parse("2015")));
    }

    @Example
    void printsAsciiDigitsWhateverTheDefaultLocale() {
        java.util.Locale saved = java.util.Locale.getDefault();
        try {
            for (String tag : new String[] {"th-TH-u-nu-thai", "ar-EG", "hi-IN-u-nu-deva", "fa-IR"}) {
                java.util.Locale.setDefault(java.util.Locale.forLanguageTag(tag));
                assertEquals("2015-05-01", PartialDate.ofDay(2015, 5, 1).toString(), tag);
            }
        } finally {
            java.util.Locale.setDefault(saved);
        }
    }
}
