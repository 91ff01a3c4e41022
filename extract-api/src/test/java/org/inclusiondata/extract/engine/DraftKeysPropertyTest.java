package org.inclusiondata.extract.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.inclusiondata.extract.lexicon.Folding;

/**
 * The keys a draft compares values on are built and compared without regular expressions or
 * splitting; they must be what the pattern {@code [^\p{L}\p{N}]+} and {@code split(" ")} gave, on
 * any text: letters with diacritics, Cyrillic, supplementary letters, lone surrogates, numbers of
 * every kind, punctuation, runs of spaces.
 */
class DraftKeysPropertyTest {

    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Draft DRAFT = new Draft(Folding.DEFAULT, folded -> false);

    /** The key as it was built with a pattern. */
    private static String patternKey(String text) {
        StringBuilder sb = new StringBuilder();
        for (String w : NON_WORD.split(Folding.DEFAULT.fold(text))) {
            if (!w.isEmpty()) {
                sb.append(w).append(' ');
            }
        }
        return sb.toString().trim();
    }

    private static String splitBucket(String k) {
        int words = k.isEmpty() ? 0 : k.split(" ").length;
        return words + ":" + k.substring(0, Math.min(2, k.length()));
    }

    private static boolean splitSameWords(String a, String b) {
        String[] x = a.split(" ");
        String[] y = b.split(" ");
        if (x.length != y.length) {
            return false;
        }
        for (int i = 0; i < x.length; i++) {
            if (!splitSameWord(x[i], y[i])) {
                return false;
            }
        }
        return true;
    }

    private static boolean splitSameWord(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        int n = Math.min(a.length(), b.length());
        if (n < 3) {
            return false;
        }
        int p = 0;
        while (p < n && a.charAt(p) == b.charAt(p)) {
            p++;
        }
        return p >= Math.max(3, n - 3);
    }

    @Property(tries = 3000)
    void keysAreThePatternsWords(@ForAll("text") String text) {
        assertEquals(patternKey(text), DRAFT.key(text), text);
    }

    @Property(tries = 3000)
    void bucketsAndSameWordsAnswerAsSplittingDoes(@ForAll("spaced") String a, @ForAll("spaced") String b) {
        assertEquals(splitBucket(a).equals(splitBucket(b)), Draft.bucket(a) == Draft.bucket(b), a + " | " + b);
        assertEquals(splitSameWords(a, b), Draft.sameWords(a, b), a + " | " + b);
        assertEquals(splitSameWords(a, a), Draft.sameWords(a, a), a);
    }

    @Property(tries = 2000)
    void keysOfSimilarValuesCompareAsBefore(@ForAll("text") String a, @ForAll("text") String b) {
        String x = DRAFT.key(a);
        String y = DRAFT.key(b + a);
        assertEquals(splitSameWords(x, y), Draft.sameWords(x, y), x + " | " + y);
        assertEquals(splitBucket(x).equals(splitBucket(y)), Draft.bucket(x) == Draft.bucket(y), x + " | " + y);
    }

    @Provide
    Arbitrary<String> text() {
        Arbitrary<String> piece = Arbitraries.of("Roma", "roma", "Románia", "ban", "Ő", "ű", "общност", "Ромите", "Đorđe", "ћ",
                "2019", "3", "½", "²", "Ⅻ", "٣", "\ud835\udc00", "\ud800", "\udc00", "e\u0301", "\u0301", "ǅ", "ʰ", "中",
                " ", "  ", "-", "–", ",", ".", "„", "”", "\"", "(", "\n", "\t", "\u00a0", "_", "'", "&", "/");
        return piece.list().ofMaxSize(14).map(l -> String.join("", l));
    }

    @Provide
    Arbitrary<String> spaced() {
        Arbitrary<String> piece = Arbitraries.of("roma", "romak", "romanak", "ro", "r", "budapest", "budapesti", "a", "ab", "abc",
                "abcdefg", "abcdxyz", "общност", "общности", "", " ", "  ");
        return piece.list().ofMaxSize(6).map(l -> String.join(" ", l));
    }
}
