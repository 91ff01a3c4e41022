package org.inclusiondata.extract.recognize;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.inclusiondata.extract.lexicon.Lexicon;
import org.inclusiondata.extract.lexicon.Words;

/** Finds counts of people: a number followed by a word of {@code count-units.txt} ({@code 340 fő}, {@code 30 младих}). */
public final class CountRecognizer {

    static final Pattern NUMBER = Pattern.compile("(?<![\\d.,/\\-])(?:\\d{1,3}(?:[ \u00a0.]\\d{3})+|\\d{1,7})(?![\\d.,]\\d)");

    private final Lexicon lexicon;

    public CountRecognizer(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    public List<Recognized<Integer>> find(Words words, int from, int to) {
        List<Recognized<Integer>> out = new ArrayList<>();
        if (!Numbers.hasDigits(words.text(), from, to, 1)) {
            return out;
        }
        DigitMatches m = new DigitMatches(NUMBER, words.text(), from, to);
        while (m.find()) {
            int t = MoneyRecognizer.next(words, m.end(), to);
            if (t < 0) {
                continue;
            }
            var unit = lexicon.countUnits().matchAt(words, t);
            if (unit.isEmpty()) {
                continue;
            }
            long v;
            try {
                v = Long.parseLong(Numbers.digitsOf(m.group()));
            } catch (NumberFormatException e) {
                continue;
            }
            if (v > 0 && v <= Integer.MAX_VALUE) {
                out.add(new Recognized<>((int) v, m.start(), unit.get().end()));
            }
        }
        return out;
    }
}
