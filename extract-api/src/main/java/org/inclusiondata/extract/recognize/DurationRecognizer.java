package org.inclusiondata.extract.recognize;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.inclusiondata.extract.lexicon.Lexicon;
import org.inclusiondata.extract.lexicon.PhraseMatch;
import org.inclusiondata.extract.lexicon.Token;
import org.inclusiondata.extract.lexicon.Words;

/**
 * Finds durations in months: a number or number word followed by a unit of
 * {@code duration-units.tsv} ({@code 21 hónap}, {@code két éven át}, {@code 36 месеца}), or one
 * compound word made of a number word of {@code numbers.tsv} and a unit ({@code kétéves},
 * {@code trogodišnji}).
 */
public final class DurationRecognizer {

    private final Lexicon lexicon;

    /** First two letters of every number word, to skip the compound test for most words cheaply. */
    private final java.util.Set<String> numberWordStarts;

    public DurationRecognizer(Lexicon lexicon) {
        this.lexicon = lexicon;
        java.util.Set<String> starts = new java.util.HashSet<>();
        lexicon.numbers().phrases().forEach(p -> {
            String f = lexicon.folding().fold(p);
            if (f.length() >= 2) {
                starts.add(f.substring(0, 2));
            }
        });
        this.numberWordStarts = java.util.Set.copyOf(starts);
    }

    private boolean startsWithNumberWord(String folded) {
        return numberWordStarts.contains(folded.substring(0, 2));
    }

    public List<Recognized<Integer>> find(Words words, int fromToken, int toToken) {
        List<Recognized<Integer>> out = new ArrayList<>();
        Compounds compounds = new Compounds();
        int limit = Math.min(toToken, words.size());
        for (int i = Math.max(0, fromToken); i < limit; i++) {
            Token t = words.get(i);
            Integer n = null;
            int unitAt = -1;
            if (t.isNumber() && t.raw().length() <= 3 && t.raw().chars().allMatch(c -> c >= '0' && c <= '9')
                    && i + 1 < limit && words.joined(i)) {
                n = Integer.valueOf(t.raw());
                unitAt = i + 1;
            } else {
                Optional<PhraseMatch<Integer>> word = lexicon.numbers().matchAt(words, i);
                if (word.isPresent() && word.get().endToken() < limit && words.joined(word.get().endToken() - 1)) {
                    n = word.get().value();
                    unitAt = word.get().endToken();
                }
            }
            if (n != null) {
                Optional<PhraseMatch<Integer>> unit = lexicon.durationUnits().matchAt(words, unitAt);
                if (unit.isPresent() && n > 0 && n <= 240) {
                    out.add(new Recognized<>(n * unit.get().value(), t.start(), unit.get().end()));
                    i = unit.get().endToken() - 1;
                    continue;
                }
            }
            Integer compound = compounds.of(t.folded());
            if (compound != null) {
                out.add(new Recognized<>(compound, t.start(), t.end()));
            }
        }
        return out;
    }

    /**
     * The compounds of one {@link #find} call by word: a text repeats its words, and reading a
     * compound cuts and tokenises the word at every split point.
     */
    private final class Compounds {
        private final java.util.Map<String, Optional<Integer>> known = new java.util.HashMap<>();

        Integer of(String folded) {
            if (folded.length() < 4 || folded.length() > 30 || !startsWithNumberWord(folded)) {
                // What compound() answers at once, without remembering the word.
                return null;
            }
            return known.computeIfAbsent(folded, f -> Optional.ofNullable(compound(f))).orElse(null);
        }
    }

    /** {@code kétéves} = {@code két} + {@code éves}: a number word glued to a unit word. */
    private Integer compound(String folded) {
        if (folded.length() < 4 || folded.length() > 30 || !startsWithNumberWord(folded)) {
            return null;
        }
        for (int k = 2; k + 2 < folded.length(); k++) {
            Words head = lexicon.words(folded.substring(0, k));
            Words tail = lexicon.words(folded.substring(k));
            if (head.size() != 1 || tail.size() != 1) {
                continue;
            }
            Optional<PhraseMatch<Integer>> n = lexicon.numbers().matchAt(head, 0);
            if (n.isEmpty() || !n.get().phrase().equalsIgnoreCase(head.get(0).raw()) && !lexicon.folding().fold(n.get().phrase()).equals(head.get(0).folded())) {
                continue;
            }
            Optional<PhraseMatch<Integer>> u = lexicon.durationUnits().matchAt(tail, 0);
            if (u.isPresent()) {
                return n.get().value() * u.get().value();
            }
        }
        return null;
    }
}
