package org.inclusiondata.extract.language;

import opennlp.tools.util.normalizer.AggregateCharSequenceNormalizer;
import opennlp.tools.util.normalizer.CharSequenceNormalizer;
import opennlp.tools.util.normalizer.EmojiCharSequenceNormalizer;
import opennlp.tools.util.normalizer.NumberCharSequenceNormalizer;
import opennlp.tools.util.normalizer.ShrinkCharSequenceNormalizer;
import opennlp.tools.util.normalizer.TwitterCharSequenceNormalizer;
import opennlp.tools.util.normalizer.UrlCharSequenceNormalizer;

/**
 * The text OpenNLP's language detector reads: what its {@code LanguageDetectorFactory} normaliser
 * chain (emoji, URL and e-mail, Twitter, number, shrink; eleven regular expressions) makes of a
 * text, character for character. The e-mail and Twitter expressions match nothing in ordinary page
 * text; when a text holds nothing they could match, the emoji, URL, number and shrink steps are done
 * here in a few linear passes. Any text those expressions might touch goes through OpenNLP's chain.
 *
 * <p>The emoji expression (a class of the escapes U+D83C, '-', U+DBFF, U+DC00, '-', U+DFFF) is not
 * what it looks like: {@code java.util.regex} joins the escaped pair U+DBFF U+DC00 into U+10FC00,
 * so the class is the range U+D83C..U+10FC00 plus a literal {@code -}. Every hyphen, every character from U+E000
 * up (presentation forms, full-width forms, private use) and every supplementary character becomes
 * a space before the detector counts n-grams. Stateless.
 */
final class DetectorNormalizer {

    /** OpenNLP's chain, in the factory's order; used for any text the cheap path cannot prove safe. */
    static final CharSequenceNormalizer OPENNLP = new AggregateCharSequenceNormalizer(
            EmojiCharSequenceNormalizer.getInstance(), UrlCharSequenceNormalizer.getInstance(),
            TwitterCharSequenceNormalizer.getInstance(), NumberCharSequenceNormalizer.getInstance(),
            ShrinkCharSequenceNormalizer.getInstance());

    private DetectorNormalizer() {
    }

    /** Exactly {@code OPENNLP.normalize(text).toString()}. */
    static String normalize(CharSequence text) {
        String s = text.toString();
        String own = ownPasses(s);
        return own != null ? own : OPENNLP.normalize(s).toString();
    }

    /** Whether {@link #normalize} leaves {@code text} to OpenNLP's regular expressions. */
    static boolean needsExpressions(CharSequence text) {
        return ownPasses(text.toString()) == null;
    }

    /** The normalised text, or null when the e-mail or Twitter expressions (or a surrogate) may be involved. */
    private static String ownPasses(String s) {
        char[] t = new char[s.length()];
        int n = blankEmojiClass(s, t);
        if (n < 0) {
            return null;
        }
        if (s.contains("http")) {
            // The emoji step makes no letters, so a text without "http" has no URL after it either.
            String urlsBlanked = blankUrls(new String(t, 0, n));
            n = urlsBlanked.length();
            urlsBlanked.getChars(0, n, t, 0);
        }
        if (mayNeedExpressions(t, n)) {
            return null;
        }
        n = blankDigits(t, n);
        n = shrinkSpaces(t, n);
        n = shrinkRepeats(t, n);
        int from = 0;
        while (from < n && t[from] <= ' ') {
            from++;
        }
        while (n > from && t[n - 1] <= ' ') {
            n--;
        }
        return new String(t, from, n - from);
    }

    /**
     * The emoji step into {@code out}: each run of hyphens and characters from U+E000 up becomes one
     * space. Returns the length written, or -1 when the text holds a surrogate (left to OpenNLP).
     */
    private static int blankEmojiClass(String s, char[] out) {
        int n = 0;
        boolean inRun = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '-' || c >= '\uE000') {
                if (!inRun) {
                    out[n++] = ' ';
                    inRun = true;
                }
            } else if (Character.isSurrogate(c)) {
                return -1;
            } else {
                out[n++] = c;
                inRun = false;
            }
        }
        return n;
    }

    /**
     * The URL step ({@code https?://[-_.?&~;+=/#0-9A-Za-z]+} replaced by a space), which is case-sensitive.
     */
    private static String blankUrls(String s) {
        int n = s.length();
        StringBuilder b = null;
        int copied = 0;
        for (int at = s.indexOf("http"); at >= 0; at = s.indexOf("http", at + 1)) {
            if (at < copied) {
                continue;
            }
            int j = at + 4;
            if (j < n && s.charAt(j) == 's') {
                j++;
            }
            if (!s.startsWith("://", j)) {
                continue;
            }
            int end = j + 3;
            while (end < n && inUrlClass(s.charAt(end))) {
                end++;
            }
            if (end == j + 3) {
                continue;
            }
            if (b == null) {
                b = new StringBuilder(n);
            }
            b.append(s, copied, at).append(' ');
            copied = end;
        }
        return b == null ? s : b.append(s, copied, n).toString();
    }

    private static boolean inUrlClass(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                || "-_.?&~;+=/#".indexOf(c) >= 0;
    }

    /**
     * On a text after the emoji and URL steps: false only when none of the e-mail ({@code ...@...}),
     * hashtag and mention ({@code [#@]\S+}), retweet ({@code \b(rt[ :])+}), face
     * ({@code [:;x]-?[()dop]}) and laughter ({@code ([hj])+([aieou])+(\1+\2+)+}) expressions can
     * match; the last three ignore ASCII case. Errs towards true.
     */
    private static boolean mayNeedExpressions(char[] s, int n) {
        for (int i = 0; i < n; i++) {
            switch (s[i]) {
                case '@', '#' -> {
                    return true;
                }
                case 'h', 'H', 'j', 'J' -> {
                    if (laughs(s, n, i)) {
                        return true;
                    }
                }
                case 'r', 'R' -> {
                    if (i + 2 < n && (s[i + 1] | 0x20) == 't' && (s[i + 2] == ' ' || s[i + 2] == ':')
                            && (i == 0 || !isWordChar(s[i - 1]))) {
                        return true;
                    }
                }
                case ':', ';', 'x', 'X' -> {
                    if (i + 1 < n && (isFaceMouth(s[i + 1]) || s[i + 1] == '-' && i + 2 < n && isFaceMouth(s[i + 2]))) {
                        return true;
                    }
                }
                default -> {
                }
            }
        }
        return false;
    }

    /** A word character for {@code \b} (a non-spacing mark counts as none here, which errs towards a boundary). */
    private static boolean isWordChar(char c) {
        return c == '_' || Character.isLetterOrDigit(c);
    }

    private static boolean isFaceMouth(char c) {
        return switch (c) {
            case '(', ')', 'd', 'o', 'p', 'D', 'O', 'P' -> true;
            default -> false;
        };
    }

    private static boolean isLaughVowel(char c) {
        return switch (c) {
            case 'a', 'i', 'e', 'o', 'u', 'A', 'I', 'E', 'O', 'U' -> true;
            default -> false;
        };
    }

    /**
     * Whether the laughter expression matches starting at {@code k} (an h or j): vowels, then one or
     * more of that h or j again, then the last of those vowels again (all compared ignoring ASCII case).
     */
    private static boolean laughs(char[] s, int n, int k) {
        int m = k + 1;
        if (m >= n || !isLaughVowel(s[m])) {
            return false;
        }
        while (m + 1 < n && isLaughVowel(s[m + 1])) {
            m++;
        }
        int r = m + 1;
        if (r >= n || !sameIgnoringAsciiCase(s[r], s[k])) {
            return false;
        }
        while (r + 1 < n && sameIgnoringAsciiCase(s[r + 1], s[k])) {
            r++;
        }
        return r + 1 < n && sameIgnoringAsciiCase(s[r + 1], s[m]);
    }

    /** The comparison of a case-insensitive back reference without Unicode case: A-Z fold to a-z, nothing else. */
    private static boolean sameIgnoringAsciiCase(char a, char b) {
        return asciiLower(a) == asciiLower(b);
    }

    private static char asciiLower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 0x20) : c;
    }

    /** {@code \d+} (ASCII digits) replaced by one space, in place; returns the new length. */
    private static int blankDigits(char[] t, int n) {
        int w = 0;
        boolean inDigits = false;
        for (int r = 0; r < n; r++) {
            char c = t[r];
            boolean digit = c >= '0' && c <= '9';
            if (!digit) {
                t[w++] = c;
            } else if (!inDigits) {
                t[w++] = ' ';
            }
            inDigits = digit;
        }
        return w;
    }

    /** {@code \s{2,}} (ASCII white space) replaced by one space, in place; returns the new length. */
    private static int shrinkSpaces(char[] t, int n) {
        int w = 0;
        for (int r = 0; r < n; ) {
            char c = t[r];
            if (isSpace(c) && r + 1 < n && isSpace(t[r + 1])) {
                t[w++] = ' ';
                while (r < n && isSpace(t[r])) {
                    r++;
                }
            } else {
                t[w++] = c;
                r++;
            }
        }
        return w;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /**
     * {@code (.)\1{2,}} with an ASCII case-insensitive back reference replaced by {@code $1$1}, in
     * place: three or more of one character become two of the first. The dot matches no line
     * terminator. Returns the new length.
     */
    private static int shrinkRepeats(char[] t, int n) {
        int w = 0;
        for (int r = 0; r < n; ) {
            char c = t[r];
            int j = r + 1;
            if (!isLineTerminator(c)) {
                while (j < n && sameIgnoringAsciiCase(t[j], c)) {
                    j++;
                }
            }
            if (j - r >= 3) {
                t[w++] = c;
                t[w++] = c;
                r = j;
            } else {
                t[w++] = c;
                r++;
            }
        }
        return w;
    }

    private static boolean isLineTerminator(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }
}
