package org.inclusiondata.maven.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractionCacheTest {

    @TempDir
    Path dir;

    @Test
    void storesAndComparesManifests() throws IOException {
        ExtractionCache cache = new ExtractionCache(dir.resolve("sub/extract.manifest"));
        assertTrue(cache.stored().isEmpty());
        ExtractionCache.Manifest m = new ExtractionCache.Manifest().add("page", "a.txt", "11").add("extractor", "hu", "1.0");
        cache.store(m);
        assertEquals(m.lines(), cache.stored().orElseThrow());
        cache.invalidate();
        assertTrue(cache.stored().isEmpty());
    }

    @Test
    void theKeyChangesWithAnyLine() {
        String a = new ExtractionCache.Manifest().add("page", "a.txt", "11").key();
        assertEquals(a, new ExtractionCache.Manifest().add("page", "a.txt", "11").key());
        assertNotEquals(a, new ExtractionCache.Manifest().add("page", "a.txt", "12").key());
    }

    @Test
    void namesWhatChanged() {
        List<String> before = List.of("plugin 1 aa", "page a.txt 1", "page b.txt 2", "page c.txt 3");
        List<String> now = List.of("plugin 1 ab", "page a.txt 1", "page b.txt 9", "page d.txt 4");
        assertEquals(List.of("plugin 1 changed", "page b.txt changed", "page d.txt added", "page c.txt removed"),
                ExtractionCache.differences(before, now));
    }

    @Property(tries = 300)
    void reportsNoDifferenceExactlyWhenTheManifestsAreEqual(@ForAll("manifests") List<String> before,
                                                            @ForAll("manifests") List<String> now) {
        List<String> diff = ExtractionCache.differences(before, now);
        assertEquals(Set.copyOf(before).equals(Set.copyOf(now)), diff.isEmpty(), diff.toString());
        assertEquals(List.of(), ExtractionCache.differences(now, now));
    }

    @Provide
    Arbitrary<List<String>> manifests() {
        Arbitrary<String> line = Combinators.combine(Arbitraries.of("page", "extractor"), Arbitraries.of("a.txt", "b.txt", "hu"),
                Arbitraries.of("1", "2")).as((kind, name, value) -> kind + " " + name + " " + value);
        return line.list().ofMaxSize(6).uniqueElements(l -> l.substring(0, l.lastIndexOf(' ')));
    }

    @Test
    void fingerprintsTheCodeOfAClass() throws IOException {
        String own = Fingerprints.codeOf(ExtractionCache.class);
        assertEquals(64, own.length());
        assertEquals(own, Fingerprints.codeOf(ExtractionCache.class));
        Path f = dir.resolve("x");
        Files.writeString(f, "abc");
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Fingerprints.sha256(f));
    }
}
