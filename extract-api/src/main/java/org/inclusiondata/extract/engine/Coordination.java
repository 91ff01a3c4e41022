package org.inclusiondata.extract.engine;

import org.inclusiondata.extract.lexicon.Lexicon;
import org.inclusiondata.extract.lexicon.Words;
import org.inclusiondata.extract.recognize.Recognized;

/**
 * Names joined only by a comma or a list conjunction ({@code в партньорство с Клуб X и Фондация Y})
 * are one list, so they share the role the cue before the list gives: the second name takes the
 * first one's role even when a cue of another role follows it ({@code … Фондация Y стартира проект}).
 */
final class Coordination {

    private Coordination() {
    }

    static boolean joins(Words words, Lexicon lex, Recognized<String> first, Recognized<String> second) {
        if (first.end() > second.start()) {
            return false;
        }
        String gap = words.text().substring(first.end(), second.start()).strip();
        if (gap.equals(",")) {
            return true;
        }
        int t = words.indexAtOrAfter(first.end());
        return t < words.size() && words.get(t).start() < second.start() && words.indexAtOrAfter(words.get(t).end()) == words.indexAtOrAfter(second.start())
                && lex.conjunctions().matchAt(words, t).isPresent()
                && words.text().substring(words.get(t).end(), second.start()).isBlank()
                && words.text().substring(first.end(), words.get(t).start()).isBlank();
    }
}
