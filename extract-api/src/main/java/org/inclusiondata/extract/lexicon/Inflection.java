package org.inclusiondata.extract.lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The word endings a language may add to a lexicon word ({@code suffixes.txt}): Hungarian case
 * endings, Bulgarian articles, Serbian case endings. A text word matches a lexicon word when it is
 * the lexicon word followed by nothing or by one of these endings. Cutting is done on folded
 * forms, so a lengthened vowel ({@code Romániá-ban}) still meets its base form ({@code Románia}).
 */
public final class Inflection {

    /** Stems shorter than this are never cut from: two letters, so units such as {@code év} still take endings. */
    public static final int MIN_STEM = 2;

    private final Set<String> suffixes;
    /** The suffixes again, asked about the end of a word without cutting it off. */
    private final KeyTable suffixKeys;
    private final int longest;

    public Inflection(Set<String> foldedSuffixes) {
        this.suffixes = Set.copyOf(foldedSuffixes);
        this.suffixKeys = new KeyTable(List.copyOf(suffixes));
        this.longest = suffixes.stream().mapToInt(String::length).max().orElse(0);
    }

    public static Inflection none() {
        return new Inflection(Set.of());
    }

    /** The folded word itself, then every stem left when a known ending is cut off. */
    public List<String> stems(String folded) {
        List<String> out = new ArrayList<>(3);
        out.add(folded);
        int max = Math.min(longest, folded.length() - MIN_STEM);
        for (int n = 1; n <= max; n++) {
            if (suffixes.contains(folded.substring(folded.length() - n))) {
                out.add(folded.substring(0, folded.length() - n));
            }
        }
        return out;
    }

    /**
     * Where the {@link #stems} of {@code folded} end, in the same order: its length, then the length
     * left by each known ending. {@code prefixHashes} are those of {@code folded} ({@link
     * KeyTable#prefixHashes}), so no ending is cut out as a string to be looked up.
     */
    int[] stemEnds(String folded, int[] prefixHashes) {
        int len = folded.length();
        int max = Math.min(longest, len - MIN_STEM);
        int[] out = new int[1 + Math.max(0, max)];
        out[0] = len;
        int k = 1;
        for (int n = 1; n <= max; n++) {
            if (suffixKeys.contains(folded, len - n, len, KeyTable.hash(prefixHashes, len - n, len))) {
                out[k++] = len - n;
            }
        }
        return k == out.length ? out : java.util.Arrays.copyOf(out, k);
    }

    /** Whether {@code textFolded} is {@code lexiconFolded} itself or with a known ending. */
    public boolean matches(String lexiconFolded, String textFolded) {
        if (lexiconFolded.equals(textFolded)) {
            return true;
        }
        return lexiconFolded.length() >= MIN_STEM && textFolded.startsWith(lexiconFolded)
                && suffixes.contains(textFolded.substring(lexiconFolded.length()));
    }

    public boolean isSuffix(String folded) {
        return folded.isEmpty() || suffixes.contains(folded);
    }
}
