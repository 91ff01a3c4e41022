package org.inclusiondata.extract.language;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class HashMapOrderTest {

    /** Distinct keys whose hash codes are given: insertion index and hash code. */
    private record Key(int index, int hash) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.index == index;
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    @Property(tries = 1000)
    void givesTheOrderOfARealHashMap(@ForAll("hashCodes") List<Integer> hashCodes) {
        int[] hashes = hashCodes.stream().mapToInt(Integer::intValue).toArray();
        int[] order = HashMapOrder.iterationOrder(hashes, hashes.length);
        if (order == null) {
            return;
        }
        int[] real = realOrder(hashes, index(hashes.length));
        assertArrayEquals(real, order);
        if (HashMapOrder.staysListsWhenReinserted(hashes, order)) {
            assertArrayEquals(order, realOrder(hashes, order));
        }
    }

    @Test
    void givesUpWhenABinWouldBecomeATree() {
        int[] hashes = new int[60];
        for (int i = 0; i < hashes.length; i++) {
            // Nine keys share bin 5 of every table size up to 1024; the others spread out.
            hashes[i] = i < 9 ? 5 + (i << 10) : 1 + i;
        }
        assertNull(HashMapOrder.iterationOrder(hashes, hashes.length));
    }

    /** The insertion indices in the order a {@code HashMap} filled in {@code insertion} order iterates them. */
    private static int[] realOrder(int[] hashes, int[] insertion) {
        Map<Key, Boolean> map = new HashMap<>();
        for (int i : insertion) {
            map.put(new Key(i, hashes[i]), Boolean.TRUE);
        }
        List<Integer> order = new ArrayList<>();
        map.keySet().forEach(k -> order.add(k.index()));
        return order.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int[] index(int n) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        return order;
    }

    @Provide
    Arbitrary<List<Integer>> hashCodes() {
        // Few low bits and any high bits, so that bins fill up at every table size.
        Arbitrary<Integer> crowded = Arbitraries.integers().between(0, 15)
                .flatMap(low -> Arbitraries.integers().map(high -> high << 12 | low));
        Arbitrary<Integer> hash = Arbitraries.oneOf(crowded, Arbitraries.integers(), Arbitraries.integers().between(0, 300));
        return hash.list().ofMaxSize(400);
    }
}
