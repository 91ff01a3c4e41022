package org.inclusiondata.extract.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** A KeyTable asked about a range answers as a list of strings asked about the cut-out substring. */
class KeyTablePropertyTest {

    @Property(tries = 300)
    void aRangeIsFoundExactlyWhenItsSubstringIsAKey(@ForAll("words") List<String> keys, @ForAll("word") String text) {
        KeyTable table = new KeyTable(keys);
        int[] prefix = KeyTable.prefixHashes(text);
        for (int from = 0; from <= text.length(); from++) {
            for (int to = from; to <= text.length(); to++) {
                String sub = text.substring(from, to);
                assertEquals(sub.hashCode(), KeyTable.hash(prefix, from, to), sub);
                assertEquals(sub.hashCode(), KeyTable.hash(text, from, to), sub);
                int expected = keys.indexOf(sub);
                assertEquals(expected < 0 ? KeyTable.ABSENT : expected, table.number(text, from, to), sub);
                assertEquals(expected >= 0, table.contains(text, from, to, KeyTable.hash(prefix, from, to)), sub);
            }
        }
        assertEquals(keys.stream().distinct().count(), table.size());
    }

    @Provide
    Arbitrary<String> word() {
        // Up to a hundred letters, so ranges longer than the table of powers of 31 are hashed too.
        return Arbitraries.strings().withChars("abcő").ofMaxLength(100);
    }

    @Provide
    Arbitrary<List<String>> words() {
        return Arbitraries.strings().withChars("abcő").ofMaxLength(5).list().ofMaxSize(30);
    }
}
