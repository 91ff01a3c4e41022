package org.inclusiondata.maven.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
