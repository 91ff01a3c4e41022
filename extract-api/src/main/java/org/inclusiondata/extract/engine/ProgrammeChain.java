package org.inclusiondata.extract.engine;

import java.util.ArrayList;
import java.util.List;
import org.inclusiondata.extract.layout.Range;
import org.inclusiondata.extract.lexicon.Lexicon;
import org.inclusiondata.extract.lexicon.PhraseMatch;
import org.inclusiondata.extract.lexicon.Token;
import org.inclusiondata.extract.lexicon.Words;

/**
 * A value that names a programme inside another ({@code Програма за подкрепа на НПО в България по
 * Финансовия механизъм на ЕИП 2009-2014 г.}): one programme per head word of {@code
 * programme-heads.txt} that a preposition introduces, the first one up to that preposition.
 */
final class ProgrammeChain {

    private ProgrammeChain() {
    }

    /**
     * Whether {@code v} opens with a programme head word that is no legal form: it names a programme,
     * not an organisation ({@code Фонд за ромско образование} is a foundation).
     */
    static boolean opens(Words words, Lexicon lex, Range v) {
        int a = words.indexAtOrAfter(v.start());
        return a < words.size() && words.get(a).start() < v.end() && lex.programmeHeads().matchAt(words, a).isPresent()
                && lex.legalForms().matchAt(words, a).isEmpty();
    }

    static List<Range> split(Words words, Lexicon lex, Range v) {
        int a = words.indexAtOrAfter(v.start());
        int b = words.indexAtOrAfter(v.end());
        List<Range> out = new ArrayList<>();
        int from = v.start();
        for (PhraseMatch<Boolean> h : lex.programmeHeads().findAll(words, a, b)) {
            int k = h.firstToken();
            if (k - 2 >= a && preposition(words.get(k - 1)) && words.joined(k - 2) && words.joined(k - 1)) {
                out.add(new Range(from, words.get(k - 2).end()));
                from = words.get(k).start();
            }
        }
        out.add(new Range(from, v.end()));
        return out;
    }

    private static boolean preposition(Token t) {
        return !t.isCapitalized() && !t.isNumber() && t.raw().length() <= 3;
    }
}
