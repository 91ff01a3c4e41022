package org.inclusiondata.extract.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.inclusiondata.extract.layout.Range;
import org.inclusiondata.extract.lexicon.Lexicon;
import org.inclusiondata.extract.lexicon.PhraseMatch;
import org.inclusiondata.extract.lexicon.Words;

/**
 * Target groups named in running text: noun phrases built from the words of
 * {@code target-groups.tsv}. A phrase is a run of modifiers and head nouns ({@code hátrányos
 * helyzetű közösségek}, {@code ромските деца}, {@code romskoj deci}), possibly a list of heads
 * joined by commas or conjunctions ({@code csoportok, családok, magánszemélyek}). A head alone is
 * too common to mean a target group ({@code gyerekek léptek színpadra}), so a phrase counts only
 * with a modifier, a place right before it ({@code a Dreán élők}) or two coordinated heads. A
 * phrase that runs into a legal form is part of an organisation's name and not a group.
 */
final class TargetGroupPhrases {

    private final Lexicon lex;
    private final Words words;
    private final String text;

    TargetGroupPhrases(Lexicon lex, Words words) {
        this.lex = lex;
        this.words = words;
        this.text = words.text();
    }

    /** Target-group phrases among tokens {@code [ta, tb)}, leftmost first. */
    List<Range> find(int ta, int tb) {
        List<Range> out = new ArrayList<>();
        if (lex.targetHeads().isEmpty()) {
            return out;
        }
        int i = Math.max(0, ta);
        while (i < tb) {
            int end = phraseAt(i, tb, out);
            i = Math.max(end, i + 1);
        }
        return out;
    }

    /**
     * A labelled value split into its groups: at a comma that closes a head's complement and opens a
     * new group ({@code Уязвими общности в община Кубрат, местни и регионални власти …}). A list of
     * bare heads ({@code csoportok, családok}) or of adjectives stays one group, as does a comma
     * followed by anything but a modifier or head ({@code Romi koji se zapošljavaju, sa akcentom …}).
     */
    List<Range> split(Range v) {
        List<Range> out = new ArrayList<>();
        int a = words.indexAtOrAfter(v.start());
        int b = words.indexAtOrAfter(v.end());
        int from = v.start();
        int lastHead = -1;
        for (int k = a; k < b; k++) {
            Optional<PhraseMatch<Boolean>> head = headAt(k, b);
            if (head.isPresent()) {
                lastHead = head.get().endToken() - 1;
            }
            if (lastHead >= 0 && lastHead < k && k + 1 < b && commaOnlyBetween(k) && opensGroup(k + 1, b)) {
                out.add(new Range(from, words.get(k).end()));
                from = words.get(k + 1).start();
                lastHead = -1;
            }
        }
        out.add(new Range(from, v.end()));
        return out;
    }

    private boolean opensGroup(int j, int tb) {
        return headAt(j, tb).isPresent() || lex.targetModifiers().matchAt(words, j).filter(m -> m.endToken() <= tb).isPresent();
    }

    /** Reads the phrase that may start at token {@code i}; returns the token after what was read. */
    private int phraseAt(int i, int tb, List<Range> out) {
        int k = i;
        int heads = 0;
        int modifiers = 0;
        int lastHead = -1;
        int qualifiers = 0;
        int first = i;
        if (i > 0 && words.joined(i - 1) && lex.places().matchAt(words, i - 1).filter(m -> m.endToken() == i).isPresent()
                && words.get(i - 1).isCapitalized()) {
            // "a Dreán élők": the place a group lives in belongs to its name.
            first = i - 1;
            modifiers++;
        }
        boolean listed = false;
        while (k < tb) {
            if (k > i && !listed && !words.joined(k - 1)) {
                break;
            }
            listed = false;
            Optional<PhraseMatch<Boolean>> head = headAt(k, tb);
            if (head.isPresent()) {
                heads++;
                // Only a modifier before a head qualifies it: in "romák társadalmi befogadása" the adjective is the next noun's.
                qualifiers = modifiers;
                lastHead = head.get().endToken() - 1;
                k = head.get().endToken();
                int next = listContinuation(k, tb);
                listed = next >= 0;
                k = listed ? next : k;
                continue;
            }
            Optional<PhraseMatch<Boolean>> mod = lex.targetModifiers().matchAt(words, k);
            if (mod.isPresent() && mod.get().endToken() <= tb) {
                modifiers++;
                k = mod.get().endToken();
                continue;
            }
            break;
        }
        if (lastHead < 0) {
            return k;
        }
        if (qualifiers == 0 && heads < 2) {
            return lastHead + 1;
        }
        int after = lastHead + 1;
        if (after < words.size() && words.joined(lastHead)
                && (lex.legalForms().matchAt(words, after).isPresent() || lex.legalForms().tailOf(words, after).isPresent())) {
            return after;
        }
        if (lex.legalForms().tailOf(words, lastHead).isPresent() && lex.targetHeads().matchAt(words, lastHead).isEmpty()) {
            return after;
        }
        int end = complementEnd(lastHead + 1, tb);
        out.add(new Range(words.get(first).start(), words.get(end - 1).end()));
        return end;
    }

    /**
     * The token after a group's complement that starts at {@code k}: a preposition of {@code
     * complement} rows and the words after it, through further such prepositions and conjunctions,
     * up to punctuation, another preposition ({@code … в Лом и региона за повишаване}) or eight words.
     * Returns {@code k} when no complement starts there.
     */
    private int complementEnd(int k, int tb) {
        if (k >= tb || !words.joined(k - 1) || lex.targetComplements().matchAt(words, k).isEmpty()) {
            return k;
        }
        int end = k;
        int j = k;
        while (j < tb && j - k < MAX_COMPLEMENT_WORDS && words.joined(j - 1) && !words.get(j).isNumber()) {
            Optional<PhraseMatch<Boolean>> prep = lex.targetComplements().matchAt(words, j);
            if (prep.isPresent()) {
                j = prep.get().endToken();
                continue;
            }
            if (words.get(j).raw().length() <= 2 && lex.conjunctions().matchAt(words, j).isEmpty()) {
                // a preposition that is not a complement's ("за", "по"): the purpose or topic follows
                break;
            }
            if (lex.conjunctions().matchAt(words, j).isPresent()) {
                j++;
                continue;
            }
            j++;
            end = j;
        }
        return end;
    }

    private static final int MAX_COMPLEMENT_WORDS = 8;

    /** A head noun at token {@code k}, also as the last part of a compound ({@code romaszervezetek}). */
    private Optional<PhraseMatch<Boolean>> headAt(int k, int tb) {
        Optional<PhraseMatch<Boolean>> m = lex.targetHeads().matchAt(words, k);
        if (m.isPresent() && m.get().endToken() <= tb) {
            return m;
        }
        if (lex.targetHeads().tailOf(words, k).isPresent()) {
            var t = words.get(k);
            return Optional.of(new PhraseMatch<>(Boolean.TRUE, t.raw(), k, k + 1, t.start(), t.end()));
        }
        return Optional.empty();
    }

    /**
     * After a head: a comma or a conjunction (and an article) followed by another modifier or
     * head continues the list ({@code családok, magánszemélyek}; {@code a gyerekek és a szüleik}).
     * Returns the token the next item starts at, or -1 when the list ends.
     */
    private int listContinuation(int k, int tb) {
        if (k >= tb || k == 0) {
            return -1;
        }
        int j = k;
        boolean comma = commaOnlyBetween(k - 1);
        boolean conj = false;
        if (!comma && !words.joined(k - 1)) {
            return -1;
        }
        Optional<PhraseMatch<Boolean>> c = lex.conjunctions().matchAt(words, j);
        if (c.isPresent() && c.get().endToken() < tb && words.joined(c.get().endToken() - 1)) {
            j = c.get().endToken();
            conj = true;
        }
        if (!comma && !conj) {
            return -1;
        }
        Optional<PhraseMatch<Boolean>> art = lex.articles().matchAt(words, j);
        if (art.isPresent() && art.get().endToken() < tb && words.joined(art.get().endToken() - 1)) {
            j = art.get().endToken();
        }
        if (comma && !conj && words.get(j).isCapitalized() && !words.get(k - 1).isCapitalized()) {
            // "… Рома, Координатори …": a capital after a comma starts something else.
            return -1;
        }
        if (j < tb && (headAt(j, tb).isPresent() || lex.targetModifiers().matchAt(words, j).isPresent())) {
            return j;
        }
        return -1;
    }

    /** Whether only a comma and spaces stand between token {@code i} and the next one. */
    private boolean commaOnlyBetween(int i) {
        if (i + 1 >= words.size()) {
            return false;
        }
        int a = words.get(i).end();
        int b = words.get(i + 1).start();
        int commas = 0;
        for (int p = a; p < b; p++) {
            char ch = text.charAt(p);
            if (ch == ',') {
                commas++;
            } else if (ch != ' ') {
                return false;
            }
        }
        return commas == 1;
    }
}
