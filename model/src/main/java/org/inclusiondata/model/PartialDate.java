package org.inclusiondata.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar date known to the precision the text gives: a year ({@code 2017}), a month
 * ({@code 2015-05}) or a day ({@code 2013-12-01}). Prints and parses ISO 8601 at its own precision
 * and rejects dates that do not exist, such as {@code 2015-02-30}.
 */
public record PartialDate(int year, Integer month, Integer day) implements Comparable<PartialDate> {

    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    /** Precision of a partial date, coarsest first. */
    public enum Precision { YEAR, MONTH, DAY }

    /** @throws IllegalArgumentException for a day without a month or a date the calendar does not have */
    public PartialDate {
        if (year < 1 || year > 9999) {
            throw new IllegalArgumentException("year " + year + " is outside 0001-9999");
        }
        if (month == null && day != null) {
            throw new IllegalArgumentException("a day needs a month");
        }
        if (month != null && (month < 1 || month > 12)) {
            throw new IllegalArgumentException("month " + month + " is outside 1-12");
        }
        if (day != null) {
            try {
                LocalDate.of(year, month, day);
            } catch (DateTimeException e) {
                throw new IllegalArgumentException(String.format(Locale.ROOT, "%04d-%02d-%02d is not a calendar date", year, month, day), e);
            }
        }
    }

    /** A date known to the year. */
    public static PartialDate ofYear(int year) {
        return new PartialDate(year, null, null);
    }

    /** A date known to the month. */
    public static PartialDate ofMonth(int year, int month) {
        return new PartialDate(year, month, null);
    }

    /** A date known to the day. */
    public static PartialDate ofDay(int year, int month, int day) {
        return new PartialDate(year, month, day);
    }

    /** Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}. */
    @JsonCreator
    public static PartialDate parse(String iso) {
        Objects.requireNonNull(iso, "iso");
        Matcher m = ISO.matcher(iso);
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + iso + "' is not an ISO 8601 date of the form YYYY, YYYY-MM or YYYY-MM-DD");
        }
        int y = Integer.parseInt(m.group(1));
        Integer mo = m.group(2) == null ? null : Integer.valueOf(m.group(2));
        Integer d = m.group(3) == null ? null : Integer.valueOf(m.group(3));
        return new PartialDate(y, mo, d);
    }

    /** How precisely the date is known. */
    public Precision precision() {
        return day != null ? Precision.DAY : month != null ? Precision.MONTH : Precision.YEAR;
    }

    /** The first day this partial date can stand for. */
    public LocalDate earliest() {
        return LocalDate.of(year, month == null ? 1 : month, day == null ? 1 : day);
    }

    /** The last day this partial date can stand for. */
    public LocalDate latest() {
        if (day != null) {
            return LocalDate.of(year, month, day);
        }
        if (month != null) {
            return YearMonth.of(year, month).atEndOfMonth();
        }
        return LocalDate.of(year, 12, 31);
    }

    /**
     * True when every day this date can stand for comes before every day {@code other} can: 2015-05
     * is certainly before 2015-06-01, but 2015 is not certainly before 2015-05 (nor after it). A
     * validation rule "end before start" should use this, so that imprecise dates are not flagged.
     */
    public boolean isCertainlyBefore(PartialDate other) {
        return latest().isBefore(other.earliest());
    }

    /** ISO 8601 at this date's precision, always with ASCII digits whatever the default locale. */
    @JsonValue
    @Override
    public String toString() {
        return switch (precision()) {
            case YEAR -> String.format(Locale.ROOT, "%04d", year);
            case MONTH -> String.format(Locale.ROOT, "%04d-%02d", year, month);
            case DAY -> String.format(Locale.ROOT, "%04d-%02d-%02d", year, month, day);
        };
    }

    private static final Comparator<PartialDate> ORDER = Comparator
            .comparing(PartialDate::earliest)
            .thenComparing(PartialDate::precision);

    @Override
    public int compareTo(PartialDate other) {
        return ORDER.compare(this, other);
    }
}
