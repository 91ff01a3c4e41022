package org.inclusiondata.extract.lexicon;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

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

    private final KeyTable ids;

    private WordIds(List<String> words) {
        this.ids = new KeyTable(words);
    }

    /** Numbers the words of the tables' phrases, in the order the tables list them. */
    static WordIds of(List<PhraseTable<?>> tables) {
        Set<String> words = new LinkedHashSet<>();
        for (PhraseTable<?> t : tables) {
            t.phraseWords().forEach(words::add);
        }
        return new WordIds(List.copyOf(words));
    }

    int id(String folded) {
        return id(folded, 0, folded.length(), folded.hashCode());
    }

    /** The number of the word {@code s[from, to)}, whose {@link String#hashCode} is {@code hash}, or {@link #NONE}. */
    int id(String s, int from, int to, int hash) {
        int n = ids.number(s, from, to, hash);
        return n == KeyTable.ABSENT ? NONE : n;
    }

    int size() {
        return ids.size();
    }
}
