package org.inclusiondata.extract.recognize;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.inclusiondata.extract.lexicon.Lexicon;
import org.inclusiondata.extract.lexicon.PhraseMatch;
import org.inclusiondata.extract.lexicon.Words;
import org.inclusiondata.model.PartialDate;

/**
 * Finds dates at the precision the text gives them and joins two dates separated by a dash (or a
 * range word of the language from {@code range-words.txt}: {@code до}, {@code do}, {@code és}) into
 * a {@link Period}. Month names come from {@code months.tsv}; written
 * orders covered: {@code 2013.12.01}, {@code 01.03.2016}, {@code 2009.01}, {@code 2015. május},
 * {@code 2018. január 1.}, {@code 1. маја 2017}, {@code 11 септември 2015}, {@code март 2016},
 * {@code 2019}. All patterns are compiled once and have bounded repetition.
 */
public final class DateRecognizer {

    private static final Pattern YMD = Pattern.compile(
            "(?<![\\d.,])(\\d{4})\\s?([.\\-/])\\s?(\\d{1,2})\\s?\\2\\s?(\\d{1,2})(?!\\d)\\.?");
    private static final Pattern DMY = Pattern.compile(
            "(?<![\\d.,])(\\d{1,2})\\s?([./])\\s?(\\d{1,2})\\s?\\2\\s?(\\d{4})(?!\\d)");
    private static final Pattern YM = Pattern.compile("(?<![\\d.,])(\\d{4})\\s?[.\\-/]\\s?(\\d{1,2})(?![\\d])(?!\\s?[.\\-/,]\\s?\\d)");
    private static final Pattern Y_MONTH_D = Pattern.compile(
            "(?<![\\d.,])(\\d{4})\\.?\\s{0,3}(\\p{L}{3,15})\\.?(?:\\s{1,3}(\\d{1,2})(?![\\d.,]\\d)\\.?)?");
    private static final Pattern D_MONTH_Y = Pattern.compile(
            "(?<![\\d.,])(\\d{1,2})\\.?(?:-?\\p{L}{1,3})?\\s{1,3}(\\p{L}{3,15})\\.?,?\\s{1,3}(\\d{4})(?!\\d)");
    private static final Pattern MONTH_Y = Pattern.compile("(?<!\\p{L})(\\p{L}{3,15})\\.?,?\\s{1,3}(\\d{4})(?!\\d)");
    private static final Pattern YEAR = Pattern.compile("(?<![\\d.,\\-/])((?:19|20)\\d{2})(?!\\d)(?![.,\\u00a0 ]\\d{3})");
    private static final Pattern YEAR_RANGE = Pattern.compile(
            "(?<![\\d.,\\-/])((?:19|20)\\d{2})\\s?[-–]\\s?((?:19|20)\\d{2})(?![\\d\\-])");
    /** A clock time after a date, also past a short word such as "г." ("15 март 2018 г. 10:32"). */
    private static final Pattern TIME_AFTER = Pattern.compile("^[.,]?\\s{0,2}(?:\\p{L}{1,5}\\.?,?\\s{0,2})?\\d{1,2}:\\d{2}");

    private final Lexicon lexicon;
    /** What may stand between the two dates of a period: a dash, or a range word of the language. */
    private final Pattern join;

    /** False only in tests: every pattern searched at every position, the reference for the windows. */
    private final boolean windows;

    public DateRecognizer(Lexicon lexicon) {
        this(lexicon, true);
    }

    private DateRecognizer(Lexicon lexicon, boolean windows) {
        this.lexicon = lexicon;
        this.join = join(lexicon.rangeWords());
        this.windows = windows;
    }

    /** A recognizer that searches every position, as plain {@link Matcher#find()} does: what tests compare with. */
    static DateRecognizer searchingEveryPosition(Lexicon lexicon) {
        return new DateRecognizer(lexicon, false);
    }

    private static Pattern join(List<String> rangeWords) {
        StringBuilder words = new StringBuilder();
        rangeWords.stream().sorted(Comparator.comparingInt(String::length).reversed()).forEach(w -> {
            words.append(words.length() == 0 ? "" : "|").append(Pattern.quote(w));
        });
        String between = words.length() == 0 ? "[-\u2013\u2014\u2212]"
                : "(?:[-\u2013\u2014\u2212]|\\s(?:" + words + ")\\s)";
        return Pattern.compile("\\.?\\s{0,3}(?:\\p{L}{1,6}\\.?\\s{0,2})?" + between + "\\s{0,3}(?:\\p{L}{1,4}\\s)?\\s{0,2}",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** A date found in the text, and whether a clock time follows it (a publication stamp). */
    public record DateMention(PartialDate date, int start, int end, boolean timestamped) {
    }

    /** Every date in {@code [from, to)}, text order, overlaps resolved in favour of the longer reading. */
    public List<DateMention> dates(String text, int from, int to) {
        List<DateMention> all = new ArrayList<>();
        if (!Numbers.hasDigits(text, from, to, 4)) {
            // Every pattern needs a four-digit year.
            return all;
        }
        String region = text.substring(from, to);
        int[] quads = fourDigitRuns(region);
        Scratch scratch = new Scratch(text);
        collect(all, YMD.matcher(region), windows(region, quads, 0, 15, DIGIT), from, m -> day(m.group(1), m.group(3), m.group(4)), scratch);
        collect(all, DMY.matcher(region), windows(region, quads, 10, 14, DIGIT), from, m -> day(m.group(4), m.group(3), m.group(1)), scratch);
        collect(all, YM.matcher(region), windows(region, quads, 0, 9, DIGIT), from, m -> month(m.group(1), m.group(2)), scratch);
        collect(all, Y_MONTH_D.matcher(region), windows(region, quads, 0, 45, DIGIT), from, m -> {
            int mo = scratch.monthNamed(m.group(2));
            if (mo == 0) {
                return null;
            }
            if (m.group(3) != null) {
                PartialDate d = day(m.group(1), String.valueOf(mo), m.group(3));
                if (d != null) {
                    return d;
                }
            }
            return month(m.group(1), String.valueOf(mo));
        }, scratch);
        collect(all, D_MONTH_Y.matcher(region), windows(region, quads, 48, 52, DIGIT), from, m -> {
            int mo = scratch.monthNamed(m.group(2));
            return mo == 0 ? null : day(m.group(3), String.valueOf(mo), m.group(1));
        }, scratch);
        collect(all, MONTH_Y.matcher(region), windows(region, quads, 35, 39, LETTER), from, m -> {
            int mo = scratch.monthNamed(m.group(1));
            return mo == 0 ? null : month(m.group(2), String.valueOf(mo));
        }, scratch);
        collect(all, YEAR.matcher(region), windows(region, quads, 0, 4, DIGIT), from, m -> year(m.group(1)), scratch);
        Matcher yr = YEAR_RANGE.matcher(region);
        Windows next = windows(region, quads, 0, 11, DIGIT);
        while (next.find(yr)) {
            PartialDate a = year(yr.group(1));
            PartialDate b = year(yr.group(2));
            if (a != null && b != null) {
                all.add(new DateMention(a, from + yr.start(1), from + yr.end(1), false));
                all.add(new DateMention(b, from + yr.start(2), from + yr.end(2), false));
            }
        }
        // Longest first, then leftmost; keep those that do not overlap an already kept one.
        all.sort(Comparator.comparingInt((DateMention d) -> -(d.end - d.start)).thenComparingInt(d -> d.start));
        // Kept mentions never overlap one another, so only the two next to a new one by start can
        // overlap it; comparing with every kept one made a page full of dates quadratic.
        java.util.TreeMap<Integer, DateMention> kept = new java.util.TreeMap<>();
        for (DateMention d : all) {
            var before = kept.floorEntry(d.start);
            var after = kept.higherEntry(d.start);
            boolean overlaps = (before != null && overlap(d, before.getValue())) || (after != null && overlap(d, after.getValue()));
            if (!overlaps) {
                kept.put(d.start, d);
            }
        }
        return new ArrayList<>(kept.values());
    }

    /**
     * The dates of {@link #dates} in {@code [from, to)} that a clock time follows (publication
     * stamps). Only a text with a clock time ({@code 10:32}) can have one, and most pages have
     * none: they are spared a search of every date on the page.
     */
    public List<DateMention> timestamped(String text, int from, int to) {
        if (!hasClockTime(text, from, Math.min(text.length(), to + TIME_REACH))) {
            return new ArrayList<>();
        }
        List<DateMention> out = dates(text, from, to);
        out.removeIf(d -> !d.timestamped());
        return out;
    }

    /** How far after a date's end {@link #TIME_AFTER} reads. */
    private static final int TIME_REACH = 16;

    /** Whether {@code [from, to)} holds a digit, a colon and two digits: what every {@link #TIME_AFTER} match holds. */
    private static boolean hasClockTime(String text, int from, int to) {
        // The first digit is at or after from (a date's end), so the colon after it.
        for (int k = text.indexOf(':', from + 1); k >= 0 && k + 2 < to; k = text.indexOf(':', k + 1)) {
            if (isDigit(text.charAt(k - 1)) && isDigit(text.charAt(k + 1)) && isDigit(text.charAt(k + 2))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean overlap(DateMention a, DateMention b) {
        return a.start < b.end && b.start < a.end;
    }

    /** Periods in {@code [from, to)}: two dates joined by a dash or a range word, start not after end. */
    public List<Recognized<Period>> periods(String text, int from, int to) {
        List<DateMention> ds = dates(text, from, to);
        List<Recognized<Period>> out = new ArrayList<>();
        for (int i = 0; i + 1 < ds.size(); i++) {
            DateMention a = ds.get(i);
            DateMention b = ds.get(i + 1);
            if (b.start - a.end > 24 || !join.matcher(text.substring(a.end, b.start)).matches()) {
                continue;
            }
            PartialDate start = a.date;
            if (start.compareTo(b.date) > 0 || b.date.year() - start.year() > 30) {
                continue;
            }
            out.add(new Recognized<>(new Period(start, b.date), a.start, b.end));
            i++;
        }
        return out;
    }

    /** The month a written word names, tolerating the language's endings ({@code augusztusában}). */
    public Integer monthNamed(String word) {
        Words w = lexicon.words(word);
        if (w.size() != 1) {
            return null;
        }
        Optional<PhraseMatch<Integer>> m = lexicon.months().matchAt(w, 0);
        return m.map(PhraseMatch::value).orElse(null);
    }

    private interface Reader {
        PartialDate read(Matcher m);
    }

    private static void collect(List<DateMention> out, Matcher m, Windows next, int offset, Reader reader, Scratch scratch) {
        while (next.find(m)) {
            PartialDate d;
            try {
                d = reader.read(m);
            } catch (RuntimeException e) {
                d = null;
            }
            if (d != null) {
                int end = offset + m.end();
                out.add(new DateMention(d, offset + m.start(), end, scratch.timeAfter(end)));
            }
        }
    }

    /**
     * State of one {@link #dates} call: the month each word names (a page repeats its words, and
     * reading one cuts and folds it) and one matcher for the clock time after a date.
     */
    private final class Scratch {
        private final String text;
        private final java.util.Map<String, Integer> months = new java.util.HashMap<>();
        private Matcher time;

        Scratch(String text) {
            this.text = text;
        }

        /** The month the word names, 0 for none. */
        int monthNamed(String word) {
            Integer known = months.get(word);
            if (known == null) {
                Integer mo = DateRecognizer.this.monthNamed(word);
                known = mo == null ? 0 : mo;
                months.put(word, known);
            }
            return known;
        }

        /** Whether a clock time follows {@code end}, as {@link #TIME_AFTER} finds it in the next {@link #TIME_REACH} characters. */
        boolean timeAfter(int end) {
            if (time == null) {
                time = TIME_AFTER.matcher(text);
            }
            // Anchoring bounds (the default): "^" matches at the region's start, as at a substring's.
            return time.region(end, Math.min(text.length(), end + TIME_REACH)).find();
        }
    }

    private Windows windows(String region, int[] quads, int lead, int length, boolean letterFirst) {
        return new Windows(region, windows ? quads : null, lead, length, letterFirst);
    }

    /** What the first character of a pattern's match is (after its look-behind): an ASCII digit ... */
    private static final boolean DIGIT = false;
    /** ... or a letter ({@code \\p{L}}, the month name of {@link #MONTH_Y}). */
    private static final boolean LETTER = true;

    /** Starts of four consecutive ASCII digits in {@code s}, ascending (overlapping runs included). */
    private static int[] fourDigitRuns(String s) {
        int[] starts = new int[8];
        int count = 0;
        int run = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                if (++run >= 4) {
                    if (count == starts.length) {
                        starts = java.util.Arrays.copyOf(starts, count * 2);
                    }
                    starts[count++] = i - 3;
                }
            } else {
                run = 0;
            }
        }
        return java.util.Arrays.copyOf(starts, count);
    }

    /**
     * Successive matches of one pattern, exactly as repeated {@link Matcher#find()} over the whole
     * input gives them, found by searching only near four-digit runs: a regex search that tries every
     * position of a page was most of the cost of reading dates, and every date pattern holds four
     * ASCII digits (its year) that start at most {@code lead} characters after the match does and
     * is at most {@code length} characters long (letters counted as two chars, for supplementary
     * ones). So a match starts in some {@code [run - lead, run]}; each such window is searched in a
     * region long enough for any match starting in it, with transparent bounds so look-arounds see
     * what {@code find()} sees. A match found past the window is dropped: it may be cut by the region
     * end, and the window of a later run finds it whole. Within a window, only the positions whose
     * character can begin a match (a digit, or a letter for a pattern that opens with the month) are
     * tried, in order, each anchored ({@code lookingAt}): the first that matches is what {@code find()}
     * over the window returns, without running the pattern's look-behind at every other position.
     */
    private static final class Windows {
        /** Null to search every position. */
        private final int[] runs;
        private final int lead;
        private final int length;
        private int index;
        private int position;
        /** The end of the whole input, read before the first window narrows the matcher's region. */
        private int inputEnd = -1;

        private final String input;
        private final boolean letterFirst;

        Windows(String input, int[] runs, int lead, int length, boolean letterFirst) {
            this.input = input;
            this.letterFirst = letterFirst;
            this.runs = runs;
            this.lead = lead;
            this.length = length;
        }

        boolean find(Matcher m) {
            if (runs == null) {
                return m.find();
            }
            if (inputEnd < 0) {
                inputEnd = m.regionEnd();
                m.useTransparentBounds(true).useAnchoringBounds(false);
            }
            for (; index < runs.length; index++) {
                int run = runs[index];
                if (run < position) {
                    continue;
                }
                int end = Math.min(inputEnd, run + length);
                for (int start = Math.max(position, run - lead); start <= run; start++) {
                    if (canStart(start) && m.region(start, end).lookingAt()) {
                        // No pattern matches the empty string, so the next search starts where this match ends.
                        position = m.end();
                        return true;
                    }
                }
            }
            return false;
        }

        private boolean canStart(int i) {
            if (letterFirst) {
                return Character.isLetter(input.codePointAt(i));
            }
            char c = input.charAt(i);
            return c >= '0' && c <= '9';
        }
    }

    private static PartialDate year(String y) {
        int v = Integer.parseInt(y);
        return v >= 1900 && v <= 2100 ? PartialDate.ofYear(v) : null;
    }

    private static PartialDate month(String y, String m) {
        int yv = Integer.parseInt(y);
        int mv = Integer.parseInt(m);
        if (yv < 1900 || yv > 2100 || mv < 1 || mv > 12) {
            return null;
        }
        return PartialDate.ofMonth(yv, mv);
    }

    private static PartialDate day(String y, String m, String d) {
        int yv = Integer.parseInt(y);
        int mv = Integer.parseInt(m);
        int dv = Integer.parseInt(d);
        if (yv < 1900 || yv > 2100 || mv < 1 || mv > 12 || dv < 1 || dv > 31) {
            return null;
        }
        try {
            return PartialDate.ofDay(yv, mv, dv);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
