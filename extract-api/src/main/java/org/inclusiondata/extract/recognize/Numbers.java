package org.inclusiondata.extract.recognize;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Reads numbers written with either grouping convention: {@code 4.492.400}, {@code 1.756.996,00},
 * {@code 911 189 833}, {@code 15.119.838.62}, {@code 2,5}, {@code 1,234.56}.
 */
public final class Numbers {

    /** A number with optional grouping and decimals; bounded, so it cannot backtrack badly. */
    public static final String NUMBER = "\\d{1,3}(?:[ \u00a0\u202f.,']\\d{3})+(?:[.,]\\d{1,2})?(?!\\d)|\\d+(?:[.,]\\d+)?";
    static final Pattern SEPARATOR = Pattern.compile("[ \u00a0\u202f.,']");

    private Numbers() {
    }

    /**
     * Whether {@code [from, to)} holds a run of at least {@code n} ASCII digits (what {@code \\d}
     * matches). Recognizers ask this before running their patterns: most sentences hold no number,
     * and a scan of the characters costs far less than a regex search that tries every position.
     */
    static boolean hasDigits(String text, int from, int to, int n) {
        int run = 0;
        for (int i = Math.max(0, from), end = Math.min(to, text.length()); i < end; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                if (++run >= n) {
                    return true;
                }
            } else {
                run = 0;
            }
        }
        return false;
    }

    /** The ASCII digits of {@code s}, in order: what {@code s.replaceAll("[^0-9]", "")} gives, without a pattern compiled per call. */
    static String digitsOf(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * The value of a written number. {@code decimalHint} says that a multiplier word follows
     * ({@code 2,5 millió}), in which case a single separator is a decimal mark.
     */
    public static BigDecimal parse(String written, boolean decimalHint) {
        String s = written.strip();
        int lastDot = s.lastIndexOf('.');
        int lastComma = s.lastIndexOf(',');
        String digits;
        if (lastDot >= 0 && lastComma >= 0) {
            int dec = Math.max(lastDot, lastComma);
            digits = digitsOf(s.substring(0, dec)) + "." + digitsOf(s.substring(dec + 1));
        } else {
            char sep = lastDot >= 0 ? '.' : lastComma >= 0 ? ',' : 0;
            if (sep == 0) {
                digits = digitsOf(s);
            } else {
                int count = 0;
                for (int i = 0; i < s.length(); i++) {
                    if (s.charAt(i) == sep) {
                        count++;
                    }
                }
                int last = s.lastIndexOf(sep);
                int tail = s.length() - last - 1;
                boolean decimal = count == 1 ? (tail != 3 || decimalHint) : tail != 3;
                if (decimal) {
                    digits = digitsOf(s.substring(0, last)) + "." + digitsOf(s.substring(last + 1));
                } else {
                    digits = digitsOf(s);
                }
            }
        }
        if (digits.isEmpty() || digits.equals(".")) {
            throw new NumberFormatException("no digits in '" + written + "'");
        }
        return new BigDecimal(digits.startsWith(".") ? "0" + digits : digits);
    }
}
