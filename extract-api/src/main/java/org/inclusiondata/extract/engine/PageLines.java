package org.inclusiondata.extract.engine;

import java.util.ArrayList;
import java.util.List;
import org.inclusiondata.extract.layout.Block;
import org.inclusiondata.extract.layout.LayoutAnalyzer;
import org.inclusiondata.extract.layout.Range;
import org.inclusiondata.extract.layout.Sentences;
import org.inclusiondata.extract.lexicon.Field;
import org.inclusiondata.extract.lexicon.Lexicon;
import org.inclusiondata.extract.lexicon.PhraseMatch;
import org.inclusiondata.extract.lexicon.Words;

/**
 * The lines of a page once the lexicon has looked at them: what each line is ({@link LineKind}),
 * the field a key or heading names, the section (field) a list item or paragraph belongs to, and
 * whether the line is site chrome.
 */
final class PageLines {

    /** Fields whose section content is short values rather than running text. */
    private static final int MAX_VALUE_PARAGRAPHS = 2;

    private final Lexicon lex;
    private final String text;
    private final Words words;
    private final List<Block> blocks;
    private final LineKind[] kind;
    private final Field[] field;
    private final Field[] section;
    private final boolean[] boiler;

    PageLines(Lexicon lex, String text, Words words, List<Block> blocks) {
        this.lex = lex;
        this.text = text;
        this.words = words;
        this.blocks = blocks;
        int n = blocks.size();
        this.kind = new LineKind[n];
        this.field = new Field[n];
        this.section = new Field[n];
        this.boiler = new boolean[n];
        classify();
    }

    LineKind[] kinds() { return kind; }
    Field[] fields() { return field; }
    Field[] sections() { return section; }
    boolean[] boilerplate() { return boiler; }

    /**
     * Headings that run, heading after heading, into a line of site chrome: the site's name and
     * menu above its "назад"/"Новини" line ("Иновационни практики в България" / … / "назад"). They
     * name the site, not the project, so their places and organisations are not read.
     */
    boolean[] navigation() {
        boolean[] nav = new boolean[blocks.size()];
        for (int i = blocks.size() - 2; i >= 0; i--) {
            int j = i + 1;
            nav[i] = kind[i] == LineKind.HEAD && field[i] == null && !boiler[i]
                    && (boiler[j] || nav[j]);
        }
        return nav;
    }

    private void classify() {
        Field current = null;
        int valueBlocks = 0;
        boolean itemsOnly = false;
        boolean seenItems = false;
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            boiler[i] = isBoilerplate(b);
            switch (b.kind()) {
                case KEY_VALUE -> {
                    Field f = keyField(b.key(), b.dashSeparated());
                    if (f != null) {
                        kind[i] = LineKind.KEY;
                        field[i] = f;
                    } else if (b.dashSeparated()) {
                        kind[i] = LayoutAnalyzer.isHeading(b.content().of(text)) ? LineKind.HEAD : LineKind.PARA;
                        field[i] = kind[i] == LineKind.HEAD ? headingField(b.content()) : null;
                    } else {
                        kind[i] = LineKind.PARA;
                    }
                }
                case HEADING -> {
                    kind[i] = LineKind.HEAD;
                    field[i] = headingField(b.content());
                    if (field[i] == null && b.endsWithColon()) {
                        field[i] = leadInField(b.content());
                    }
                }
                case LIST_ITEM -> kind[i] = LineKind.ITEM;
                default -> kind[i] = LineKind.PARA;
            }
            if (kind[i] == LineKind.HEAD && field[i] == null && i > 0 && kind[i - 1] == LineKind.HEAD && field[i - 1] != null
                    && field[i - 1] != Field.IGNORE && !blocks.get(i - 1).endsWithColon() && !b.endsWithColon()) {
                // "EU donacija\n2.681.290 €": a key alone on its line, its value on the next.
                kind[i] = LineKind.PARA;
            }
            if (kind[i] == LineKind.HEAD && field[i] == null && i == blocks.size() - 1 && i > 0 && !boiler[i]
                    && current != null && current.isPhraseList() && kind[i - 1] != LineKind.HEAD && !b.endsWithColon()) {
                // "… Наръчник за работа на РАМ.\nПроведено обучение на РАМ" at the end of the page: the
                // last line of an open list section that lacks its full stop is its last item, not a heading.
                kind[i] = LineKind.PARA;
            }
            if (kind[i] == LineKind.PARA && b.endsWithColon() && b.content().length() < 100) {
                Field f = leadInField(b.content());
                if (f != null) {
                    kind[i] = LineKind.HEAD;
                    field[i] = f;
                }
            }
            if (kind[i] == LineKind.PARA && b.endsWithColon()) {
                // "... A projekt sajátos céljai:" - the last sentence leads in to the list below.
                List<Range> ss = Sentences.split(text, b.content().start(), b.content().end(), lex.abbreviations());
                Field f = ss.isEmpty() ? null : leadInField(ss.get(ss.size() - 1));
                if (f != null && f.isPhraseList()) {
                    section[i] = current;
                    current = f;
                    valueBlocks = 0;
                    itemsOnly = true;
                    seenItems = false;
                    continue;
                }
            }
            if (kind[i] == LineKind.HEAD) {
                if (field[i] != null) {
                    current = field[i];
                    valueBlocks = 0;
                    itemsOnly = false;
                    seenItems = false;
                } else if (!(b.endsWithColon() && current != null && current.isPhraseList())) {
                    current = null;
                }
            } else if (kind[i] == LineKind.ITEM || kind[i] == LineKind.PARA) {
                // Running text after a list (or after a list's lead-in) is no longer the list.
                if (current != null && current.isPhraseList() && kind[i] == LineKind.PARA && (itemsOnly || seenItems)) {
                    current = null;
                }
                seenItems |= kind[i] == LineKind.ITEM;
                if (current != null && !current.isPhraseList() && kind[i] == LineKind.PARA && ++valueBlocks > MAX_VALUE_PARAGRAPHS) {
                    current = null;
                }
                section[i] = current;
            }
        }
    }

    private boolean isBoilerplate(Block b) {
        if (lex.boilerplate().isEmpty() || b.content().length() > 160) {
            return false;
        }
        Range c = b.content();
        return lex.boilerplate().occursIn(words, words.indexAtOrAfter(c.start()), words.indexAtOrAfter(c.end()));
    }

    /** The field a key names: the longest field cue in it. */
    /**
     * The field a short label names when the cue covers nearly all of it, as for a key set off by a
     * dash; null otherwise. For labels without a colon, such as "Публикувано на" before a date.
     */
    Field labelField(Range label) {
        return keyField(label, true);
    }

    private Field keyField(Range key, boolean dash) {
        int a = words.indexAtOrAfter(key.start());
        int b = words.indexAtOrAfter(key.end());
        PhraseMatch<Field> best = longest(everyMatch(a, b));
        if (best == null) {
            return null;
        }
        if (dash && (best.endToken() - best.firstToken()) + 2 < b - a) {
            return null;
        }
        return best.value();
    }

    /**
     * The field a lead-in to a list names ("A projekt keretében megvalósuló tevékenységek:"): like
     * a key, the cue may stand anywhere in it, but the lead-in must be one short sentence (up to
     * {@value #MAX_LEAD_IN_WORDS} words: "Програм обуке ће бити реализован у шест дводневних модула:").
     */
    private static final int MAX_LEAD_IN_WORDS = 16;

    private Field leadInField(Range sentence) {
        Range r = Values.clean(text, sentence, false);
        int a = words.indexAtOrAfter(r.start());
        int b = words.indexAtOrAfter(r.end());
        if (b - a == 0 || b - a > MAX_LEAD_IN_WORDS) {
            return null;
        }
        Field f = keyField(r, false);
        return f == Field.IGNORE ? null : f;
    }

    /** The field a heading names, when a field cue covers nearly all of it. */
    private Field headingField(Range content) {
        int a = words.indexAtOrAfter(content.start());
        int b = words.indexAtOrAfter(content.end());
        if (b - a == 0 || b - a > 6) {
            return null;
        }
        PhraseMatch<Field> best = longest(everyMatch(a, b));
        if (best == null) {
            return null;
        }
        int covered = best.endToken() - best.firstToken();
        return covered + 2 >= b - a ? best.value() : null;
    }

    /**
     * Field cues starting at every word of {@code [a, b)}, overlapping ones included; an
     * {@code ignore} cue only counts when no real field is named ("A projekt keretében
     * megvalósuló tevékenységek" names activities).
     */
    private List<PhraseMatch<Field>> everyMatch(int a, int b) {
        List<PhraseMatch<Field>> out = new ArrayList<>();
        for (int k = a; k < b; k++) {
            lex.fields().matchAt(words, k).filter(m -> m.endToken() <= b).ifPresent(out::add);
        }
        if (out.stream().anyMatch(m -> m.value() != Field.IGNORE)) {
            out.removeIf(m -> m.value() == Field.IGNORE);
        }
        return out;
    }

    /** The longest match; among equally long ones the last, as a key's head word ends it. */
    private static <V> PhraseMatch<V> longest(List<PhraseMatch<V>> ms) {
        PhraseMatch<V> best = null;
        for (PhraseMatch<V> m : ms) {
            if (best == null || m.endToken() - m.firstToken() >= best.endToken() - best.firstToken()) {
                best = m;
            }
        }
        return best;
    }

}
