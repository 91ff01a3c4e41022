package org.inclusiondata.maven.seeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeedFolderTest {

    @TempDir
    Path dir;

    private void file(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content, StandardCharsets.UTF_8);
    }

    @Test
    void selectsPagesByAntPatternsSortedAndWithoutGoldFiles() throws IOException {
        file("b.txt", "b");
        file("a.txt", "a");
        file("a.gold.json", "{}");
        file("sub/c.txt", "c");
        file("sub/skip.txt", "s");
        file("notes.md", "n");
        assertEquals(List.of("a.txt", "b.txt", "sub/c.txt", "sub/skip.txt"), new SeedFolder(dir, null, null).pages());
        assertEquals(List.of("a.txt", "b.txt", "sub/c.txt"), new SeedFolder(dir, List.of("**/*.txt"), List.of("**/skip.txt")).pages());
        assertEquals(List.of("a.txt", "b.txt"), new SeedFolder(dir, List.of("*.txt"), null).pages());
    }

    @Test
    void aMissingFolderHasNoPages() {
        assertEquals(List.of(), new SeedFolder(dir.resolve("none"), null, null).pages());
    }

    @Test
    void aPageIsMarkedAsDescribingNoProjectByAMarkerOrAnEmptyGoldList() throws IOException {
        file("news.txt", "x");
        file("news.noproject", "");
        file("empty.txt", "x");
        file("empty.gold.json", "{\"document\": \"empty.txt\", \"projects\": []}");
        file("full.txt", "x");
        file("full.gold.json", "{\"document\": \"full.txt\", \"projects\": [{\"title\": \"T\"}]}");
        file("broken.txt", "x");
        file("broken.gold.json", "{\"projects\": [");
        file("plain.txt", "x");
        SeedFolder seeds = new SeedFolder(dir, null, null);
        assertTrue(seeds.describesNoProject("news.txt"));
        assertTrue(seeds.describesNoProject("empty.txt"));
        assertFalse(seeds.describesNoProject("full.txt"));
        assertFalse(seeds.describesNoProject("broken.txt"));
        assertFalse(seeds.describesNoProject("plain.txt"));
        assertTrue(seeds.gold("full.txt").isPresent());
        assertFalse(seeds.gold("plain.txt").isPresent());
    }

    @Test
    void pageTextDropsTheByteOrderMarkAndRejectsInvalidUtf8() {
        assertEquals("ő", PageText.decode(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 0xC5, (byte) 0x91}).orElseThrow());
        assertTrue(PageText.decode(new byte[] {'a', (byte) 0xC3, '('}).isEmpty());
        assertEquals("", PageText.decode(new byte[0]).orElseThrow());
    }
}
