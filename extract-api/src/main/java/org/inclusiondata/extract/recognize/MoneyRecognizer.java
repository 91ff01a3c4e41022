package org.inclusiondata.extract.recognize;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.inclusiondata.extract.lexicon.Lexicon;
import org.inclusiondata.extract.lexicon.PhraseMatch;
import org.inclusiondata.extract.lexicon.Words;
import org.inclusiondata.model.FundingKind;

/**
 * Finds money figures: a number with a currency word or sign before or after it and an optional
 * multiplier word ({@code 2,5 millió Ft}, {@code € 150.000}, {@code 800 хил.лв.},
 * {@code 4.492.400.–} under a key that names the currency). Currency words, multipliers and the
 * cues that say what kind of figure it is come from the lexicon.
 */
public final class MoneyRecognizer {

    static final Pattern NUMBER = Pattern.compile("(?<![\\d.,/\\-])(?:" + Numbers.NUMBER + ")");
    /** {@code 150-200 millió}: the second number of a range is not a figure of its own. */
    private static final Pattern RANGE_BEFORE = Pattern.compile("\\d\\s?[-\u2013]\\s?$");
    private static final int MAX_WRITTEN_LENGTH = 30;
    private static final Pattern TRAILER = Pattern.compile("^(?:[.,]?[-\u2013\u2014]{1,2}|,-)");

    private final Lexicon lexicon;

    public MoneyRecognizer(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Money figures in {@code [from, to)} of {@code words.text()}, in text order. */
    public List<Recognized<Amount>> find(Words words, int from, int to) {
        String text = words.text();
        List<Recognized<Amount>> out = new ArrayList<>();
        // Amounts in figures need a digit; amounts in words are read below either way.
        DigitMatches m = Numbers.hasDigits(text, from, to, 1) ? new DigitMatches(NUMBER, text, from, to) : null;
        while (m != null && m.find()) {
            int s = m.start();
            int e = m.end();
            if (e - s > MAX_WRITTEN_LENGTH) {
                // No project figure needs more than 18 digits; longer runs are tables or noise, and
                // big-decimal arithmetic on them would be slow.
                continue;
            }
            if (RANGE_BEFORE.matcher(text.substring(Math.max(from, s - 4), s)).find()) {
                continue;
            }
            int after = e;
            Matcher tr = TRAILER.matcher(text.substring(e, Math.min(to, e + 3)));
            if (tr.find()) {
                after = e + tr.end();
            }
            BigDecimal factor = BigDecimal.ONE;
            int end = after;
            int t = next(words, after, to);
            if (t >= 0) {
                Optional<PhraseMatch<BigDecimal>> mult = lexicon.multipliers().matchAt(words, t);
                if (mult.isPresent()) {
                    factor = mult.get().value();
                    end = mult.get().end();
                    t = next(words, end, to);
                }
            }
            String currency = null;
            if (t >= 0) {
                Optional<PhraseMatch<String>> cur = lexicon.currencies().matchAt(words, t);
                if (cur.isPresent()) {
                    currency = cur.get().value();
                    end = cur.get().end();
                }
            }
            int start = s;
            if (currency == null) {
                int p = previous(words, s, from);
                if (p >= 0) {
                    Optional<PhraseMatch<String>> cur = lexicon.currencies().matchAt(words, p);
                    if (cur.isPresent() && cur.get().endToken() == p + 1) {
                        currency = cur.get().value();
                        start = words.get(p).start();
                    }
                }
            }
            if (currency == null) {
                continue;
            }
            BigDecimal amount;
            try {
                amount = Numbers.parse(text.substring(s, e), factor.compareTo(BigDecimal.ONE) != 0).multiply(factor);
            } catch (NumberFormatException ex) {
                continue;
            }
            if (amount.signum() <= 0) {
                continue;
            }
            if (end < m.end()) {
                end = m.end();
            }
            out.add(new Recognized<>(new Amount(amount.stripTrailingZeros().scale() < 0
                    ? amount.setScale(0) : amount, currency), start, end));
            if (end > m.end()) {
                m.restartAt(end);
            }
        }
        wordAmounts(words, from, to, out);
        out.sort(java.util.Comparator.comparingInt(Recognized::start));
        return out;
    }

    /** Amounts written in words before a currency: {@code hárommillió forintos}, {@code két millió euró}. */
    private void wordAmounts(Words words, int from, int to, List<Recognized<Amount>> out) {
        if (lexicon.numbers().isEmpty()) {
            return;
        }
        int a = words.indexAtOrAfter(from);
        int b = words.indexAtOrAfter(to);
        // Is the currency part of an amount already read in digits? With the digit amounts in order of
        // their start, as the currencies are, one sweep keeps the furthest end of the amounts that
        // start at or before the currency, instead of a scan of all amounts per currency (quadratic
        // on a page that is one long list of amounts).
        List<Recognized<Amount>> digits = out.stream().sorted(java.util.Comparator.comparingInt(Recognized::start)).toList();
        int next = 0;
        int furthestEnd = -1;
        int lastStart = -1;
        for (PhraseMatch<String> cur : lexicon.currencies().findAll(words, a, b)) {
            if (cur.start() < lastStart) {
                next = 0;
                furthestEnd = -1;
            }
            lastStart = cur.start();
            while (next < digits.size() && digits.get(next).start() <= cur.start()) {
                furthestEnd = Math.max(furthestEnd, digits.get(next++).end());
            }
            int p = cur.firstToken() - 1;
            if (p < a || !words.joined(p) || furthestEnd >= cur.end()) {
                continue;
            }
            BigDecimal value = null;
            int start = words.get(p).start();
            Optional<PhraseMatch<BigDecimal>> mult = lexicon.multipliers().matchAt(words, p);
            if (mult.isPresent() && mult.get().endToken() == p + 1 && p - 1 >= a && words.joined(p - 1)) {
                Optional<PhraseMatch<Integer>> n = lexicon.numbers().matchAt(words, p - 1);
                if (n.isPresent() && n.get().endToken() == p) {
                    value = mult.get().value().multiply(BigDecimal.valueOf(n.get().value()));
                    start = words.get(p - 1).start();
                }
            } else {
                value = compound(words.get(p).folded());
            }
            if (value != null) {
                out.add(new Recognized<>(new Amount(value, cur.value()), start, cur.end()));
            }
        }
    }

    /** {@code hárommillió} = number word {@code három} + multiplier {@code millió}. */
    private BigDecimal compound(String folded) {
        for (int k = 2; k + 3 <= folded.length(); k++) {
            Words head = lexicon.words(folded.substring(0, k));
            Words tail = lexicon.words(folded.substring(k));
            if (head.size() != 1 || tail.size() != 1) {
                continue;
            }
            Optional<PhraseMatch<Integer>> n = lexicon.numbers().matchAt(head, 0);
            Optional<PhraseMatch<BigDecimal>> m = lexicon.multipliers().matchAt(tail, 0);
            if (n.isPresent() && m.isPresent() && lexicon.folding().fold(n.get().phrase()).equals(head.get(0).folded())) {
                return m.get().value().multiply(BigDecimal.valueOf(n.get().value()));
            }
        }
        return null;
    }

    /** A number that stands alone; its currency comes from elsewhere (a key such as "összege forintban"). */
    public List<Recognized<BigDecimal>> bareNumbers(String text, int from, int to) {
        List<Recognized<BigDecimal>> out = new ArrayList<>();
        Matcher m = NUMBER.matcher(text).region(from, to);
        while (m.find()) {
            try {
                out.add(new Recognized<>(Numbers.parse(m.group(), false), m.start(), m.end()));
            } catch (NumberFormatException e) {
                // not a number after all
            }
        }
        return out;
    }

    /**
     * What kind of figure amount {@code index} of {@code amounts} is, judged from the cues between
     * it and its neighbours in the same clause: a cue right after the amount ({@code ..., amelyből
     * 175.699,60 lej önrész}) wins over one before it ({@code A projekt teljes értéke 1.756.996,00 lej}).
     * Returns null when no cue is near.
     */
    public FundingKind kindOf(Words words, List<Recognized<Amount>> amounts, int index, int clauseStart, int clauseEnd) {
        Recognized<Amount> a = amounts.get(index);
        int afterEnd = index + 1 < amounts.size() ? Math.min(clauseEnd, amounts.get(index + 1).start()) : clauseEnd;
        // A cue after a comma belongs to the next clause ("vrednost 625.000,00 dinara,u kome je grad
        // učestvovao sa 90.000,00 din.": the own share is the second figure, not the first).
        afterEnd = Math.min(afterEnd, clauseBreak(words.text(), a.end(), afterEnd));
        FundingKind after = firstCue(words, a.end(), afterEnd, true);
        if (after != null) {
            return after;
        }
        int beforeStart = index > 0 ? Math.max(clauseStart, amounts.get(index - 1).end()) : clauseStart;
        return firstCue(words, beforeStart, a.start(), false);
    }

    /** The first comma or semicolon in {@code [from, to)}, or {@code to}. */
    private static int clauseBreak(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c == ',' || c == ';') {
                return k;
            }
        }
        return to;
    }

    private FundingKind firstCue(Words words, int from, int to, boolean nearestFirst) {
        if (to <= from) {
            return null;
        }
        int a = words.indexAtOrAfter(from);
        int b = words.indexAtOrAfter(to);
        List<PhraseMatch<FundingKind>> cues = lexicon.moneyKinds().findAll(words, a, b);
        if (cues.isEmpty()) {
            return null;
        }
        return nearestFirst ? cues.get(0).value() : cues.get(cues.size() - 1).value();
    }

    /** The token that starts right after {@code offset} (only space between), or -1. */
    static int next(Words words, int offset, int limit) {
        int t = words.indexAtOrAfter(offset);
        if (t >= words.size()) {
            return -1;
        }
        int s = words.get(t).start();
        if (s >= limit || s - offset > 2) {
            return -1;
        }
        for (int k = offset; k < s; k++) {
            char c = words.text().charAt(k);
            if (!org.inclusiondata.extract.layout.Range.isSpace(c) && c != '.') {
                return -1;
            }
        }
        return t;
    }

    /** The token that ends right before {@code offset} (only space between), or -1. */
    static int previous(Words words, int offset, int limit) {
        int t = words.indexAtOrAfter(offset) - 1;
        if (t < 0) {
            return -1;
        }
        int e = words.get(t).end();
        if (e < limit || offset - e > 2) {
            return -1;
        }
        for (int k = e; k < offset; k++) {
            if (!org.inclusiondata.extract.layout.Range.isSpace(words.text().charAt(k))) {
                return -1;
            }
        }
        return t;
    }
}
