package org.inclusiondata.extract.text;

import java.util.Arrays;
import java.util.Objects;

/**
 * Turns a decoded page into the {@link SourceText} extractors read: Unicode NFC, {@code \n} line
 * ends, every space separator as a plain space, invisible format characters (zero-width spaces and
 * joiners, soft hyphens, bidi marks) removed, all quotation mark variants folded to {@code "} and
 * {@code '}, dash variants to {@code –} (U+2013) and hyphen variants to {@code -}. Lexicons and
 * recognizers can then match one form instead of a dozen, while every normalised offset still maps
 * back to the original characters so spans and extracted values show the page as written.
 *
 * <p>Normalisation is idempotent. Stateless and thread-safe.
 */
public final class Normalizer {

    private static final String DOUBLE_QUOTES = "\u201E\u201C\u201D\u00AB\u00BB\u2033\u201F\u301D\u301E";
    private static final String SINGLE_QUOTES = "\u201A\u2018\u2019\u201B\u2039\u203A\u2032";
    private static final String DASHES = "\u2012\u2013\u2014\u2015\u2212";
    private static final String HYPHENS = "\u2010\u2011";

    private Normalizer() {
    }

    /** The normalised text of {@code original}, with no language or script assigned yet. */
    public static SourceText normalize(String name, String original) {
        return normalize(name, original, null, null);
    }

    public static SourceText normalize(String name, String original, String language, String script) {
        Objects.requireNonNull(original, "original");
        Builder folded = fold(original);
        // After folding, so that an invisible character between the commas cannot hide the quote.
        // Each later pass is skipped when it would copy the text unchanged, as it does on most pages.
        Builder quoted = folded.text().contains(",,") ? doubleCommaQuotes(folded) : folded;
        Builder composed = java.text.Normalizer.isNormalized(quoted.text(), java.text.Normalizer.Form.NFC)
                ? quoted : compose(quoted.text(), quoted.map);
        return new SourceText(name, original, composed.text(), composed.mapWithEnd(original.length()), language, script);
    }

    /** Line ends, spaces, invisible characters, quotes and dashes; one original character at a time. */
    private static Builder fold(String s) {
        Builder out = new Builder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            // Printable ASCII and basic Cyrillic, most of every page here, need no folding.
            if (c >= 0x20 && c < 0x7F || c >= 0x0400 && c <= 0x04FF) {
                out.add(c, i);
                i++;
                continue;
            }
            int cp = s.codePointAt(i);
            int width = Character.charCount(cp);
            int type = Character.getType(cp);
            if (cp == '\r') {
                out.add('\n', i);
                width = i + 1 < s.length() && s.charAt(i + 1) == '\n' ? 2 : 1;
            } else if (cp == 0x85 || cp == 0x2028 || cp == 0x2029) {
                out.add('\n', i);
            } else if (type == Character.FORMAT) {
                // Invisible: dropping it lets "Ro\u00ADma" match "Roma".
            } else if (type == Character.SPACE_SEPARATOR) {
                out.add(' ', i);
            } else if (DOUBLE_QUOTES.indexOf(cp) >= 0) {
                out.add('"', i);
            } else if (SINGLE_QUOTES.indexOf(cp) >= 0) {
                out.add('\'', i);
            } else if (DASHES.indexOf(cp) >= 0) {
                out.add('\u2013', i);
            } else if (HYPHENS.indexOf(cp) >= 0) {
                out.add('-', i);
            } else {
                for (int k = 0; k < width; k++) {
                    out.add(s.charAt(i + k), i + k);
                }
            }
            i += width;
        }
        return out;
    }

    /** The Serbian typewriter opening quote {@code ,,Rom}: two commas become one {@code "}. */
    private static Builder doubleCommaQuotes(Builder in) {
        String s = in.text();
        Builder out = new Builder(s.length());
        int i = 0;
        while (i < s.length()) {
            if (isDoubleCommaQuote(s, i)) {
                out.add('"', in.map[i]);
                i += 2;
            } else {
                out.add(s.charAt(i), in.map[i]);
                i++;
            }
        }
        return out;
    }

    /** {@code ,,} directly before a letter or digit, at the start of a word. */
    private static boolean isDoubleCommaQuote(String s, int i) {
        if (s.charAt(i) != ',' || i + 2 >= s.length() || s.charAt(i + 1) != ','
                || !Character.isLetterOrDigit(s.codePointAt(i + 2))) {
            return false;
        }
        if (i == 0) {
            return true;
        }
        char before = s.charAt(i - 1);
        return Character.isWhitespace(before) || "([{/".indexOf(before) >= 0;
    }

    /**
     * NFC, one combining sequence (a character and the marks that follow it) at a time, so that each
     * composed character maps to the start of the characters it came from.
     */
    private static Builder compose(String s, int[] map) {
        Builder out = new Builder(s.length());
        int i = 0;
        while (i < s.length()) {
            int j = i + Character.charCount(s.codePointAt(i));
            while (j < s.length() && continuesSequence(s.codePointAt(j))) {
                j += Character.charCount(s.codePointAt(j));
            }
            String segment = s.substring(i, j);
            if (java.text.Normalizer.isNormalized(segment, java.text.Normalizer.Form.NFC)) {
                for (int k = i; k < j; k++) {
                    out.add(s.charAt(k), map[k]);
                }
            } else {
                String nfc = java.text.Normalizer.normalize(segment, java.text.Normalizer.Form.NFC);
                for (int k = 0; k < nfc.length(); k++) {
                    out.add(nfc.charAt(k), map[i]);
                }
            }
            i = j;
        }
        return out;
    }

    private static boolean continuesSequence(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK
                // Hangul vowel and trailing consonant jamo compose with the syllable before them.
                || cp >= 0x1160 && cp <= 0x11FF || cp >= 0xD7B0 && cp <= 0xD7FF;
    }

    /** Text under construction with, for each char, its offset in the input. */
    private static final class Builder {
        private char[] chars;
        private int[] map;
        private int length;
        private String text;

        Builder(int capacity) {
            chars = new char[Math.max(16, capacity)];
            map = new int[Math.max(16, capacity)];
        }

        void add(char c, int from) {
            text = null;
            if (length == chars.length) {
                chars = Arrays.copyOf(chars, length * 2);
                map = Arrays.copyOf(map, length * 2);
            }
            chars[length] = c;
            map[length] = from;
            length++;
        }

        String text() {
            if (text == null) {
                text = new String(chars, 0, length);
            }
            return text;
        }

        int[] mapWithEnd(int end) {
            int[] result = Arrays.copyOf(map, length + 1);
            result[length] = end;
            return result;
        }
    }
}
