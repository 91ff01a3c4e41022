package org.inclusiondata.extract.lexicon;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The folded words of every phrase of one lexicon, numbered densely from 0. A page's words are
 * numbered once when they are cut ({@link Words}); every phrase table of the lexicon then finds
 * its candidates by array index and compares numbers instead of hashing and comparing strings at
 * every position of every lookup. A text stem no lexicon phrase contains gets no number, since it
 * cannot match anything. Immutable.
 */
final class WordIds {

    /** The number of a word no phrase contains. */
    static final int NONE = -1;

    private final Map<String, Integer> ids;

    private WordIds(Map<String, Integer> ids) {
        this.ids = Map.copyOf(ids);
    }

    /** Numbers the words of the tables' phrases, in the order the tables list them. */
    static WordIds of(List<PhraseTable<?>> tables) {
        Map<String, Integer> ids = new HashMap<>();
        for (PhraseTable<?> t : tables) {
            t.phraseWords().forEach(w -> ids.putIfAbsent(w, ids.size()));
        }
        return new WordIds(ids);
    }

    int id(String folded) {
        Integer id = ids.get(folded);
        return id == null ? NONE : id;
    }

    int size() {
        return ids.size();
    }
}
