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
        String e = blankEmojiClass(s);
        if (e == null) {
            return OPENNLP.normalize(s).toString();
        }
        e = blankUrls(e);
        if (mayNeedExpressions(e)) {
            return OPENNLP.normalize(s).toString();
        }
        return shrinkRepeats(shrinkSpaces(blankDigits(e))).trim();
    }

    /**
     * The emoji step on a text without surrogates: each run of hyphens and characters from U+E000
     * up becomes one space. Null when the text holds a surrogate (left to OpenNLP).
     */
    static String blankEmojiClass(String s) {
        int n = s.length();
        int first = -1;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= '\uD800') {
                if (c <= '\uDFFF') {
                    return null;
                }
                if (first < 0) {
                    first = i;
                }
            } else if (c == '-' && first < 0) {
                first = i;
            }
        }
        if (first < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(n).append(s, 0, first);
        for (int i = first; i < n; ) {
            if (inEmojiClass(s.charAt(i))) {
                b.append(' ');
                while (i < n && inEmojiClass(s.charAt(i))) {
                    i++;
                }
            } else {
                b.append(s.charAt(i));
                i++;
            }
        }
        return b.toString();
    }

    private static boolean inEmojiClass(char c) {
        return c == '-' || c >= '\uE000';
    }

    /**
     * The URL step ({@code https?://[-_.?&~;+=/#0-9A-Za-z]+} replaced by a space), which is case-sensitive.
     */
    static String blankUrls(String s) {
        int at = s.indexOf("http");
        if (at < 0) {
            return s;
        }
        int n = s.length();
        StringBuilder b = null;
        int copied = 0;
        for (; at >= 0; at = s.indexOf("http", at + 1)) {
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
    static boolean mayNeedExpressions(String s) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '@', '#' -> {
                    return true;
                }
                case 'h', 'H', 'j', 'J' -> {
                    if (laughs(s, i)) {
                        return true;
                    }
                }
                case 'r', 'R' -> {
                    if (i + 2 < n && (s.charAt(i + 1) | 0x20) == 't' && (s.charAt(i + 2) == ' ' || s.charAt(i + 2) == ':')
                            && (i == 0 || !isWordChar(s.charAt(i - 1)))) {
                        return true;
                    }
                }
                case ':', ';', 'x', 'X' -> {
                    if (i + 1 < n && (isFaceMouth(s.charAt(i + 1))
                            || s.charAt(i + 1) == '-' && i + 2 < n && isFaceMouth(s.charAt(i + 2)))) {
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
    private static boolean laughs(String s, int k) {
        int n = s.length();
        int m = k + 1;
        if (m >= n || !isLaughVowel(s.charAt(m))) {
            return false;
        }
        while (m + 1 < n && isLaughVowel(s.charAt(m + 1))) {
            m++;
        }
        int r = m + 1;
        if (r >= n || !sameIgnoringAsciiCase(s.charAt(r), s.charAt(k))) {
            return false;
        }
        while (r + 1 < n && sameIgnoringAsciiCase(s.charAt(r + 1), s.charAt(k))) {
            r++;
        }
        return r + 1 < n && sameIgnoringAsciiCase(s.charAt(r + 1), s.charAt(m));
    }

    /** The comparison of a case-insensitive back reference without Unicode case: A-Z fold to a-z, nothing else. */
    private static boolean sameIgnoringAsciiCase(char a, char b) {
        return asciiLower(a) == asciiLower(b);
    }

    private static char asciiLower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 0x20) : c;
    }

    /** {@code \d+} (ASCII digits) replaced by one space. */
    private static String blankDigits(String s) {
        int n = s.length();
        int first = 0;
        while (first < n && !isDigit(s.charAt(first))) {
            first++;
        }
        if (first == n) {
            return s;
        }
        StringBuilder b = new StringBuilder(n).append(s, 0, first);
        for (int i = first; i < n; ) {
            char c = s.charAt(i);
            if (isDigit(c)) {
                b.append(' ');
                while (i < n && isDigit(s.charAt(i))) {
                    i++;
                }
            } else {
                b.append(c);
                i++;
            }
        }
        return b.toString();
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** {@code \s{2,}} (ASCII white space) replaced by one space. */
    private static String shrinkSpaces(String s) {
        int n = s.length();
        int first = 0;
        while (first + 1 < n && !(isSpace(s.charAt(first)) && isSpace(s.charAt(first + 1)))) {
            first++;
        }
        if (first + 1 >= n) {
            return s;
        }
        StringBuilder b = new StringBuilder(n).append(s, 0, first);
        for (int i = first; i < n; ) {
            char c = s.charAt(i);
            if (isSpace(c) && i + 1 < n && isSpace(s.charAt(i + 1))) {
                b.append(' ');
                while (i < n && isSpace(s.charAt(i))) {
                    i++;
                }
            } else {
                b.append(c);
                i++;
            }
        }
        return b.toString();
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /**
     * {@code (.)\1{2,}} with ASCII case-insensitive back reference replaced by {@code $1$1}: three or
     * more of one character become two of the first. The dot matches no line terminator.
     */
    private static String shrinkRepeats(String s) {
        int n = s.length();
        StringBuilder b = null;
        int copied = 0;
        for (int i = 0; i + 2 < n; ) {
            char c = s.charAt(i);
            int j = i + 1;
            if (!isLineTerminator(c)) {
                while (j < n && sameIgnoringAsciiCase(s.charAt(j), c)) {
                    j++;
                }
            }
            if (j - i >= 3) {
                if (b == null) {
                    b = new StringBuilder(n);
                }
                b.append(s, copied, i).append(c).append(c);
                copied = j;
                i = j;
            } else {
                i++;
            }
        }
        if (b == null) {
            return s;
        }
        return b.append(s, copied, n).toString();
    }

    private static boolean isLineTerminator(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }
}
