package org.inclusiondata.extract.evaluation;

import java.util.ArrayList;
import java.util.List;

/**
 * How alike two phrases are, exactly as {@code score.py} measures it (SCORING.md, "Similarity of
 * two phrases"): NFKC, case folding, tokens split at every non-word character with one-letter
 * non-digit tokens dropped, inflection-tolerant token equality, and the Dice coefficient over
 * tokens matched greedily one to one.
 *
 * <p>Lengths and prefixes count code points, as Python does, so a letter outside the Basic
 * Multilingual Plane is one letter.
 */
public final class PhraseSimilarity {

    private PhraseSimilarity() {
    }

    /** The tokens {@code score.py} compares: {@code tokens(s)}. */
    public static List<String> tokens(String s) {
        String folded = PythonText.casefold(PythonText.nfkc(s));
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = folded.length();
        while (i < n) {
            int cp = folded.codePointAt(i);
            if (!PythonText.isWordChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            while (i < n) {
                int c = folded.codePointAt(i);
                if (!PythonText.isWordChar(c)) {
                    break;
                }
                i += Character.charCount(c);
            }
            String token = folded.substring(start, i);
            if (PythonText.length(token) > 1 || PythonText.isDigits(token)) {
                out.add(token);
            }
        }
        return out;
    }

    /**
     * Inflection-tolerant equality of two tokens ({@code tok_eq}): identical, or both at least three
     * letters long, neither a number, with a common prefix of at least {@code max(3, shorter - 3)}.
     */
    public static boolean tokensEqual(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        return tokensEqual(a.codePoints().toArray(), b.codePoints().toArray(), PythonText.isDigits(a),
                PythonText.isDigits(b));
    }

    private static boolean tokensEqual(int[] a, int[] b, boolean aDigits, boolean bDigits) {
        if (java.util.Arrays.equals(a, b)) {
            return true;
        }
        int n = Math.min(a.length, b.length);
        if (n < 3 || aDigits || bDigits) {
            return false;
        }
        int p = 0;
        while (p < n && a[p] == b[p]) {
            p++;
        }
        return p >= Math.max(3, n - 3);
    }

    /** The Dice similarity of two phrases in [0, 1] ({@code sim}); 0 when either has no token. */
    public static double similarity(String x, String y) {
        return similarity(Tokenized.of(x), Tokenized.of(y));
    }

    static double similarity(Tokenized a, Tokenized b) {
        if (a.size() == 0 || b.size() == 0) {
            return 0.0;
        }
        boolean[] used = new boolean[b.size()];
        int matched = 0;
        for (int i = 0; i < a.size(); i++) {
            for (int j = 0; j < b.size(); j++) {
                if (!used[j] && tokensEqual(a.codePoints[i], b.codePoints[j], a.digits[i], b.digits[j])) {
                    used[j] = true;
                    matched++;
                    break;
                }
            }
        }
        // Same operations as Python's 2 * m / (len(a) + len(b)): one correctly rounded division.
        return (double) (2 * matched) / (a.size() + b.size());
    }

    /** A phrase's tokens prepared once, since list matching compares every pair of items. */
    static final class Tokenized {
        private final int[][] codePoints;
        private final boolean[] digits;

        private Tokenized(List<String> tokens) {
            codePoints = new int[tokens.size()][];
            digits = new boolean[tokens.size()];
            for (int i = 0; i < tokens.size(); i++) {
                codePoints[i] = tokens.get(i).codePoints().toArray();
                digits[i] = PythonText.isDigits(tokens.get(i));
            }
        }

        static Tokenized of(String s) {
            return new Tokenized(tokens(s));
        }

        int size() {
            return codePoints.length;
        }
    }
}
