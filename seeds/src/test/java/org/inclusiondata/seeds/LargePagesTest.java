package org.inclusiondata.seeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.inclusiondata.extract.decode.Utf8Decoder;
import org.inclusiondata.model.SourceDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A page of nearly the largest size the pipeline accepts (5 MiB) goes through the whole pipeline and
 * a real extractor. Not a speed figure: the time-out is ten times what the page takes on a
 * loaded two-core machine, so they fail only on super-linear work (catastrophic regex
 * backtracking, a scan of everything found so far for every new find), which on these pages
 * would take minutes.
 */
class LargePagesTest {

    private static final Set<String> CRASHES = Set.of("extract.failed", "extract.internal", "pipeline.span-outside-text");
    private static final int SIZE = (int) Utf8Decoder.DEFAULT_MAX_BYTES - 4096;

    private static ExtractorJars jars;

    @BeforeAll
    static void load() {
        jars = ExtractorJars.open();
    }

    @AfterAll
    static void close() throws IOException {
        jars.close();
    }

    /**
     * The Hungarian dev pages joined into one line, repeated up to the size limit (one language, so
     * that identification hands it to an extractor): about 4 s of CPU.
     */
    @Test
    @Timeout(value = 90, unit = TimeUnit.SECONDS)
    void oneLineOfFiveMegabytes() throws IOException {
        StringBuilder pages = new StringBuilder();
        for (Path p : ExtractorJars.devPages()) {
            if (!p.getFileName().toString().startsWith("hu-")) {
                continue;
            }
            pages.append(Files.readString(p, StandardCharsets.UTF_8).replace('\uFEFF', ' ').replaceAll("[\\r\\n]+", " ")).append(' ');
        }
        check(upTo(pages.toString()));
    }

    private static byte[] upTo(String unit) {
        byte[] one = unit.getBytes(StandardCharsets.UTF_8);
        byte[] page = new byte[SIZE];
        for (int i = 0; i < SIZE; i += one.length) {
            System.arraycopy(one, 0, page, i, Math.min(one.length, SIZE - i));
        }
        return page;
    }

    private static void check(byte[] bytes) {
        SourceDocument doc = jars.pipeline().process("large.txt", bytes);
        assertNotNull(doc);
        assertEquals(bytes.length, doc.bytes());
        assertNotNull(doc.extractor(), () -> "no extractor read the page, so the test proves nothing: " + doc.diagnostics());
        assertTrue(doc.diagnostics().stream().noneMatch(d -> CRASHES.contains(d.code())), () -> doc.diagnostics().toString());
    }
}
