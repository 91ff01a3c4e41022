package org.inclusiondata.extract.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.inclusiondata.model.Span;

/**
 * Organisation names a page shortens to their initials: {@code КУД „Ром“} after {@code Културно
 * уметничко друштво „Ром“}, {@code CSR} after {@code Centar za socijalni rad}. A page writes the full
 * name first, often in a sentence that gives it no role, and the short one where the role is said;
 * the record should hold the organisation once, under the name the page introduced it with.
 */
final class ShortNames {

    /** A name read on the page: as written (for the record), folded (for comparing), and where. */
    record Name(String text, String key, Span span) {
    }

    /** Compiled once: {@code String.split} compiles this pattern on every call. */
    private static final java.util.regex.Pattern FIRST_WORD_END = java.util.regex.Pattern.compile("[\\s\"„“”«»]+");

    private static final int MIN_INITIALS = 2;
    private static final int MAX_INITIALS = 8;

    private final List<Name> seen = new ArrayList<>();

    /** Remembers a full name the page gives, whether or not a role came with it. */
    void seen(String text, String key, Span span) {
        if (key.indexOf(' ') > 0) {
            seen.add(new Name(text, key, span));
        }
    }

    /**
     * The earlier full name that {@code written} abbreviates, when its first word is a run of capitals
     * (Cyrillic or Latin) that spells the initials of the full name's first words and the rest of both
     * names is the same ({@code КУД „Ром“} → {@code Културно уметничко друштво „Ром“}).
     */
    Optional<Name> fullNameOf(String written, String key) {
        String first = FIRST_WORD_END.split(written.strip(), 2)[0];
        if (first.length() < MIN_INITIALS || first.length() > MAX_INITIALS || !allCapitals(first)) {
            return Optional.empty();
        }
        String[] words = key.split(" ");
        if (words.length == 0) {
            return Optional.empty();
        }
        String initials = words[0];
        List<String> rest = List.of(words).subList(1, words.length);
        for (Name n : seen) {
            String[] full = n.key().split(" ");
            for (int k = 2; k < full.length + 1 && k <= MAX_INITIALS; k++) {
                List<String> head = List.of(full).subList(0, k);
                List<String> tail = List.of(full).subList(k, full.length);
                if (tail.equals(rest) && (initials.equals(initials(head, false)) || initials.equals(initials(head, true)))) {
                    return Optional.of(n);
                }
            }
        }
        return Optional.empty();
    }

    private static boolean allCapitals(String w) {
        int letters = 0;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            } else if (c != '-' && c != '.') {
                return false;
            }
        }
        return letters >= MIN_INITIALS;
    }

    /** First letters of the words; {@code contentOnly} skips words of one or two letters ("za", "i"). */
    private static String initials(List<String> words, boolean contentOnly) {
        StringBuilder b = new StringBuilder();
        for (String w : words) {
            if (!contentOnly || w.length() > 2) {
                b.append(w.charAt(0));
            }
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }
}
