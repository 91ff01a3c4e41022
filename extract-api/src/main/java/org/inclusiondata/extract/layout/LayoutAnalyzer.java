package org.inclusiondata.extract.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a page copied as plain text into blocks: headings, key–value lines, list items and
 * paragraphs. Language-neutral: it looks at the shape of each line only; deciding whether a key
 * is a project field is the lexicon's job. Linear in the length of the text: patterns are
 * anchored and applied to one line at a time, with bounded repetition in the key part.
 */
public final class LayoutAnalyzer {

    /** Bullets and numbers that open a list item, followed by white space. */
    private static final Pattern BULLET = Pattern.compile(
            "([\u2022\u00b7\u25aa\u25cf\u25e6\u2023\u2043\u25a0\u25a1\u2713\u2714\u27a2\u2192*\\-\u2013\u2014+>]"
                    + "|\\d{1,2}\\s?[.)]|[a-zA-Z\u0430-\u044f][.)]|[ivxIVX]{1,4}[.)])\\s+");
    /** {@code Key: value}; the key is short and has no colon of its own. */
    private static final Pattern COLON_KEY = Pattern.compile("([^:\\n]{1,80}?)\\s*:(?:\\s+|(?=[^/\\s]))(\\S.*)");
    /** {@code Key – value}; the dash is surrounded by spaces. */
    private static final Pattern DASH_KEY = Pattern.compile("([^\\n\u2013\u2014]{2,60}?)\\s+[\u2013\u2014-]\\s+(\\S.*)");
    /** Compiled once: {@code String.matches} compiles its pattern on every call. */
    private static final Pattern SENTENCE_INSIDE = Pattern.compile(".*[.!?]\\s+\\p{Lu}.*");
    private static final Pattern GLOSS = Pattern.compile("\\s*\\([^()]{1,60}\\)\\s*$");

    private LayoutAnalyzer() {
    }

    public static Layout analyze(String text) {
        List<Block> blocks = new ArrayList<>();
        int pos = 0;
        int n = text.length();
        while (pos < n) {
            int eol = pos;
            while (eol < n && text.charAt(eol) != '\n' && text.charAt(eol) != '\r') {
                eol++;
            }
            Block b = line(text, pos, eol);
            if (b != null && !blocks.isEmpty() && continuesItem(text, blocks.get(blocks.size() - 1), b)) {
                Block item = blocks.remove(blocks.size() - 1);
                Range content = new Range(item.content().start(), b.content().end());
                b = new Block(BlockKind.LIST_ITEM, new Range(item.line().start(), b.line().end()), content, null,
                        new Range(item.value().start(), b.content().end()), false, item.depth(), item.numbered(), b.endsWithColon());
            }
            if (b != null) {
                blocks.add(b);
            }
            pos = eol;
            if (pos < n && text.charAt(pos) == '\r') {
                pos++;
            }
            if (pos < n && text.charAt(pos) == '\n') {
                pos++;
            }
        }
        return new Layout(blocks);
    }

    /**
     * A wrapped list item: a line that is no item or key of its own, opens in lower case and follows
     * an item that has not ended its sentence ({@code • Създаване на условия …, включително роми,} /
     * {@code да поставят публично …}) is the rest of that item, not a heading.
     */
    private static boolean continuesItem(String text, Block item, Block b) {
        if (item.kind() != BlockKind.LIST_ITEM || b.kind() == BlockKind.LIST_ITEM || b.kind() == BlockKind.KEY_VALUE) {
            return false;
        }
        String c = b.content().of(text);
        if (c.isEmpty() || !Character.isLowerCase(c.charAt(0))) {
            return false;
        }
        String prev = item.content().of(text).strip();
        char last = prev.isEmpty() ? '.' : prev.charAt(prev.length() - 1);
        return ".!?:;".indexOf(last) < 0;
    }

    private static Block line(String text, int start, int end) {
        Range line = new Range(start, end);
        Range content = line.strip(text);
        if (content.isEmpty() || !hasLetterOrDigit(text, content)) {
            return null;
        }
        int indent = indentation(text, start, content.start());
        String c = content.of(text);
        boolean colonEnd = c.endsWith(":");
        Matcher bullet = BULLET.matcher(c);
        if (bullet.lookingAt() && bullet.end() < c.length()) {
            boolean numbered = Character.isLetterOrDigit(c.charAt(0));
            // "2015. május – 2017. január" is a date, not a list item numbered 2015.
            Range value = new Range(content.start() + bullet.end(), content.end());
            return new Block(BlockKind.LIST_ITEM, line, value, null, value, false, Math.min(indent / 2, 4), numbered, colonEnd);
        }
        Matcher kv = COLON_KEY.matcher(c);
        if (kv.matches() && keyLooksLikeKey(kv.group(1))) {
            String key = kv.group(1);
            Matcher gloss = GLOSS.matcher(key);
            int keyEnd = gloss.find() && gloss.start() > 0 ? gloss.start() : key.length();
            Range k = new Range(content.start(), content.start() + keyEnd).strip(text);
            Range v = new Range(content.start() + kv.start(2), content.end());
            return new Block(BlockKind.KEY_VALUE, line, content, k, v, false, 0, false, colonEnd);
        }
        Matcher dash = DASH_KEY.matcher(c);
        if (dash.matches() && words(dash.group(1)) <= 6) {
            Range k = new Range(content.start(), content.start() + dash.end(1)).strip(text);
            Range v = new Range(content.start() + dash.start(2), content.end());
            return new Block(BlockKind.KEY_VALUE, line, content, k, v, true, 0, false, colonEnd);
        }
        boolean numbered = !c.isEmpty() && Character.isDigit(c.charAt(0));
        BlockKind kind = isHeading(c) ? BlockKind.HEADING : BlockKind.PARAGRAPH;
        return new Block(kind, line, content, null, content, false, 0, numbered, colonEnd);
    }

    private static boolean keyLooksLikeKey(String key) {
        String k = key.strip();
        if (k.isEmpty() || words(k) > 8 || SENTENCE_INSIDE.matcher(k).matches() || k.indexOf('\u2022') >= 0) {
            return false;
        }
        char last = k.charAt(k.length() - 1);
        String lower = k.toLowerCase(java.util.Locale.ROOT);
        // "11:29" and "http://" are not keys.
        return !Character.isDigit(last) && !lower.endsWith("http") && !lower.endsWith("https") && hasLetter(k);
    }

    /** Whether a line's content is shaped like a heading: short, and not ending like a sentence part. */
    public static boolean isHeading(String c) {
        if (c.length() > 140) {
            return false;
        }
        int w = words(c);
        if (w > 16) {
            return false;
        }
        char last = c.charAt(c.length() - 1);
        if (last == ',' || last == ';' || last == '?' || last == '!') {
            return false;
        }
        return last != '.' || w <= 5;
    }

    private static int indentation(String text, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n += text.charAt(i) == '\t' ? 4 : 1;
        }
        return n;
    }

    static int words(String s) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean w = !Character.isWhitespace(s.charAt(i));
            if (w && !in) {
                n++;
            }
            in = w;
        }
        return n;
    }

    private static boolean hasLetter(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasLetterOrDigit(String text, Range r) {
        for (int i = r.start(); i < r.end(); i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
