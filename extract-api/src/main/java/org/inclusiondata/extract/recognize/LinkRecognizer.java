package org.inclusiondata.extract.recognize;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds web addresses ({@code http(s)://…}, {@code www.…}) and e-mail addresses. */
public final class LinkRecognizer {

    private static final Pattern URL = Pattern.compile(
            "(?i)(?<![\\w@/])(?:https?://|www\\.)[^\\s<>\"\u201c\u201d\u201e\u00ab\u00bb]{2,2000}");
    private static final Pattern EMAIL = Pattern.compile(
            "(?<![\\w.+-])[\\w.+-]{1,64}@[\\w-]{1,63}(?:\\.[\\w-]{1,63}){1,8}");
    private static final String TRAILING = ".,;:!?)]}'\u2019";

    private LinkRecognizer() {
    }

    public static List<Recognized<String>> urls(String text, int from, int to) {
        List<Recognized<String>> out = new ArrayList<>();
        if (!mayHoldUrl(text, from, to)) {
            return out;
        }
        Matcher m = URL.matcher(text).region(from, to);
        while (m.find()) {
            int e = m.end();
            while (e > m.start() && TRAILING.indexOf(text.charAt(e - 1)) >= 0) {
                // keep a closing parenthesis that has its opening one inside the address
                if (text.charAt(e - 1) == ')' && text.substring(m.start(), e).indexOf('(') >= 0) {
                    break;
                }
                e--;
            }
            if (e - m.start() > 4) {
                out.add(new Recognized<>(text.substring(m.start(), e), m.start(), e));
            }
        }
        return out;
    }

    /**
     * Whether {@code [from, to)} holds {@code ://} or {@code www.} in any case, without which
     * {@link #URL} cannot match: a scan of the characters, far cheaper than a case-insensitive
     * search at every position of every sentence.
     */
    private static boolean mayHoldUrl(String text, int from, int to) {
        int end = Math.min(to, text.length());
        for (int i = Math.max(0, from); i < end; i++) {
            char c = text.charAt(i);
            if (c == ':' && i + 2 < end && text.charAt(i + 1) == '/' && text.charAt(i + 2) == '/') {
                return true;
            }
            if (c == '.' && i - 3 >= from && isW(text.charAt(i - 1)) && isW(text.charAt(i - 2)) && isW(text.charAt(i - 3))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isW(char c) {
        return c == 'w' || c == 'W';
    }

    public static List<Recognized<String>> emails(String text, int from, int to) {
        List<Recognized<String>> out = new ArrayList<>();
        Matcher m = EMAIL.matcher(text).region(from, to);
        while (m.find()) {
            out.add(new Recognized<>(m.group(), m.start(), m.end()));
        }
        return out;
    }
}
