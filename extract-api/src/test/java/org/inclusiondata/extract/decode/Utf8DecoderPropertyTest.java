package org.inclusiondata.extract.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.inclusiondata.model.Severity;

class Utf8DecoderPropertyTest {

    private final Utf8Decoder decoder = new Utf8Decoder(4096);

    @Property(tries = 500)
    void neverThrowsAndEitherReadsOrSaysWhy(@ForAll @Size(max = 5000) byte[] bytes) {
        Decoded d = decoder.decode("x.txt", bytes);
        if (!d.hasText()) {
            assertTrue(d.diagnostics().stream().anyMatch(x -> x.severity() == Severity.ERROR));
        }
        d.diagnostics().forEach(x -> {
            assertEquals("x.txt", x.file());
            assertTrue(x.line() >= 1 && x.column() >= 1, x.format());
        });
    }

    @Property(tries = 300)
    void validUtf8TextRoundTrips(@ForAll @StringLength(min = 1, max = 300) String s) {
        if (s.chars().allMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c) || Character.isSurrogate((char) c))) {
            return;
        }
        String wellFormed = new String(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        Decoded d = decoder.decode("x.txt", wellFormed.getBytes(StandardCharsets.UTF_8));
        if (d.hasText()) {
            // A leading U+FEFF is the byte order mark, which decoding drops by design.
            assertEquals(wellFormed.startsWith("\uFEFF") ? wellFormed.substring(1) : wellFormed, d.text());
        } else {
            // Only the binary heuristics may refuse well-formed UTF-8.
            assertEquals("decode.binary", d.diagnostics().get(0).code(), d.diagnostics().toString());
        }
    }
}
