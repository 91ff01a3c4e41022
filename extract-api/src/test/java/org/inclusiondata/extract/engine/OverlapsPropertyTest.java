package org.inclusiondata.extract.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.inclusiondata.extract.layout.Range;

/** The sorted index answers as a scan of every range does, overlapping and empty ranges included. */
class OverlapsPropertyTest {

    @Property(tries = 1000)
    void answersAsAScanOfEveryRange(@ForAll("ranges") List<Range> ranges, @ForAll @IntRange(max = 60) int s,
            @ForAll @IntRange(max = 20) int length) {
        int e = s + length;
        boolean scan = ranges.stream().anyMatch(r -> s < r.end() && r.start() < e);
        assertEquals(scan, Overlaps.of(ranges).any(s, e), ranges + " against [" + s + ", " + e + ")");
    }

    @Provide
    Arbitrary<List<Range>> ranges() {
        Arbitrary<Range> range = Combinators.combine(Arbitraries.integers().between(0, 60), Arbitraries.integers().between(0, 15))
                .as((start, length) -> new Range(start, start + length));
        return range.list().ofMaxSize(12);
    }
}
