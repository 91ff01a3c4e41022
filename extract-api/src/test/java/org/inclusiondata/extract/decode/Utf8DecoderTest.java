package org.inclusiondata.extract.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.inclusiondata.model.Diagnostic;
import org.inclusiondata.model.Severity;
import org.junit.jupiter.api.Test;

class Utf8DecoderTest {

    private final Utf8Decoder decoder = new Utf8Decoder();

    private static byte[] bytes(Object... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object p : parts) {
            if (p instanceof String s) {
                out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
            } else {
                out.write((Integer) p);
            }
        }
        return out.toByteArray();
    }

    private static Diagnostic onlyError(Decoded d) {
        assertFalse(d.hasText(), "no text expected");
        assertEquals(1, d.diagnostics().size(), d.diagnostics().toString());
        Diagnostic e = d.diagnostics().get(0);
        assertEquals(Severity.ERROR, e.severity());
        return e;
    }

    @Test
    void readsUtf8WithAndWithoutBom() {
        Decoded plain = decoder.decode("a.txt", bytes("Őrség – Ђурђевдан\n"));
        assertTrue(plain.hasText());
        assertEquals("Őrség – Ђурђевдан\n", plain.text());
        assertEquals(0, plain.bomBytes());
        Decoded bom = decoder.decode("b.txt", bytes(0xEF, 0xBB, 0xBF, "Roma"));
        assertEquals("Roma", bom.text());
        assertEquals(3, bom.bomBytes());
        assertTrue(bom.diagnostics().isEmpty());
    }

    @Test
    void invalidContinuationByte() {
        // Line 2, after "ab": C3 must be followed by 80..BF, here by '('.
        Diagnostic e = onlyError(decoder.decode("page.txt", bytes("first\r\nab", 0xC3, "(rest")));
        assertEquals("decode.invalid-utf8", e.code());
        assertTrue(e.format().startsWith("page.txt:2:3: error: invalid UTF-8 at byte offset 9 (line 2, column 3)"), e.format());
        assertTrue(e.message().contains("0x28"), e.message());
        assertTrue(e.message().contains("0xC3"), e.message());
        assertTrue(e.message().contains("save the file as UTF-8"), e.message());
    }

    @Test
    void overlongEncoding() {
        // C0 AF is an overlong '/'; "é" before it counts as one column.
        Diagnostic e = onlyError(decoder.decode("o.txt", bytes("é x", 0xC0, 0xAF, "y")));
        assertTrue(e.format().startsWith("o.txt:1:4: error: invalid UTF-8 at byte offset 4 (line 1, column 4)"), e.format());
        assertTrue(e.message().contains("overlong encoding 0xC0 0xAF"), e.message());
        Diagnostic three = onlyError(decoder.decode("o3.txt", bytes("ab\n", 0xE0, 0x80, 0xAF)));
        assertTrue(three.format().startsWith("o3.txt:2:1: error: invalid UTF-8 at byte offset 3"), three.format());
        assertTrue(three.message().contains("overlong"), three.message());
    }

    @Test
    void truncatedSequenceAtEndOfFile() {
        // The first two bytes of "€" (E2 82 AC) and then the file ends.
        Diagnostic e = onlyError(decoder.decode("t.txt", bytes("x\ny\nprice 5", 0xE2, 0x82)));
        assertTrue(e.format().startsWith("t.txt:3:8: error: invalid UTF-8 at byte offset 11 (line 3, column 8)"), e.format());
        assertTrue(e.message().contains("truncated sequence 0xE2 0x82 at the end of the file"), e.message());
        assertTrue(e.message().contains("needs 3 bytes, only 2 present"), e.message());
    }

    @Test
    void encodedSurrogate() {
        // ED A0 BD is the high surrogate D83D as CESU-8 writes it.
        Diagnostic e = onlyError(decoder.decode("s.txt", bytes("smile ", 0xED, 0xA0, 0xBD, " ok")));
        assertTrue(e.format().startsWith("s.txt:1:7: error: invalid UTF-8 at byte offset 6 (line 1, column 7)"), e.format());
        assertTrue(e.message().contains("encoded UTF-16 surrogate 0xED 0xA0 0xBD"), e.message());
    }

    @Test
    void latin2FileReportsEveryBadByteUpToALimit() {
        // "Szép" in ISO-8859-2: E9 alone is not UTF-8. Many of them: the first ten, then a count.
        byte[] one = bytes("Sz", 0xE9, "p\n");
        byte[] many = new byte[one.length * 15];
        for (int i = 0; i < 15; i++) {
            System.arraycopy(one, 0, many, i * one.length, one.length);
        }
        Decoded d = decoder.decode("latin2.txt", many);
        assertFalse(d.hasText());
        assertEquals(11, d.diagnostics().size());
        assertTrue(d.diagnostics().get(1).format().startsWith("latin2.txt:2:3: error: invalid UTF-8 at byte offset 7"),
                d.diagnostics().get(1).format());
        assertTrue(d.diagnostics().get(10).message().startsWith("and 5 more invalid UTF-8 sequences"),
                d.diagnostics().get(10).message());
    }

    @Test
    void namesTheLegacyEncodingAFileWasProbablySavedIn() {
        byte[] cp1251 = "Проектът за ромските деца в община Сливен".getBytes(java.nio.charset.Charset.forName("windows-1251"));
        Decoded cyrillic = decoder.decode("bg.txt", cp1251);
        assertFalse(cyrillic.hasText());
        assertTrue(cyrillic.diagnostics().get(0).message().contains("save the file as UTF-8 (it looks like Windows-1251"),
                cyrillic.diagnostics().get(0).message());
        byte[] cp1250 = "A projekt célja a roma fiatalok foglalkoztatásának javítása Győrben"
                .getBytes(java.nio.charset.Charset.forName("windows-1250"));
        Decoded latin = decoder.decode("hu.txt", cp1250);
        assertTrue(latin.diagnostics().get(0).message().contains("(it looks like Windows-1250 or ISO-8859-2"),
                latin.diagnostics().get(0).message());
    }

    @Test
    void warnsAboutDoubleEncodedText() {
        String page = "Cím\nA projekt célja a fiatalok foglalkoztatásának javítása";
        String doubled = new String(page.getBytes(StandardCharsets.UTF_8), java.nio.charset.Charset.forName("windows-1252"));
        Decoded d = decoder.decode("moji.txt", bytes(doubled));
        assertTrue(d.hasText(), "the text is still available");
        Diagnostic w = d.diagnostics().get(0);
        assertEquals(Severity.WARNING, w.severity());
        assertEquals("decode.double-encoded", w.code());
        assertTrue(w.format().startsWith("moji.txt:1:2: warning: the text looks double-encoded"), w.format());
        assertTrue(w.message().contains("from byte offset 1, line 1, column 2"), w.message());
        assertTrue(decoder.decode("ok.txt", bytes(page)).diagnostics().isEmpty());
    }

    @Test
    void unexpectedContinuationByte() {
        Diagnostic e = onlyError(decoder.decode("c.txt", bytes("ab", 0x80)));
        assertTrue(e.format().startsWith("c.txt:1:3: error: invalid UTF-8 at byte offset 2"), e.format());
        assertTrue(e.message().contains("continuation byte with no lead byte"), e.message());
    }

    @Test
    void nulHeavyBinary() {
        byte[] png = bytes(0x89, "PNG\r\n", 0x1A, "\n", 0, 0, 0, 0x0D, "IHDR", 0, 0, 1, 0);
        Diagnostic e = onlyError(decoder.decode("image.txt", png));
        assertEquals("decode.binary", e.code());
        assertTrue(e.format().startsWith("image.txt:3:1: error: the file looks binary"), e.format());
        assertTrue(e.message().contains("6 NUL bytes, the first at byte offset 8"), e.message());
    }

    @Test
    void controlCharacterHeavyBinary() {
        byte[] b = new byte[200];
        Arrays.fill(b, (byte) 'a');
        for (int i = 50; i < 200; i += 3) {
            b[i] = 0x01;
        }
        Diagnostic e = onlyError(decoder.decode("ctl.txt", b));
        assertTrue(e.format().startsWith("ctl.txt:1:51: error: the file looks binary"), e.format());
        assertTrue(e.message().contains("at byte offset 50"), e.message());
    }

    @Test
    void emptyFile() {
        Diagnostic e = onlyError(decoder.decode("empty.txt", new byte[0]));
        assertEquals("decode.empty", e.code());
        assertTrue(e.format().startsWith("empty.txt:1:1: error: the file is empty (0 bytes, at byte offset 0)"), e.format());
    }

    @Test
    void whitespaceOnlyFile() {
        Diagnostic e = onlyError(decoder.decode("blank.txt", bytes(" \n\t\r\n", 0xC2, 0xA0, "\n")));
        assertEquals("decode.blank", e.code());
        assertTrue(e.format().startsWith("blank.txt:1:1: error: the file contains only whitespace (8 bytes, from byte offset 0)"),
                e.format());
    }

    @Test
    void tooLarge() {
        Utf8Decoder small = new Utf8Decoder(10);
        Diagnostic e = onlyError(small.decode("big.txt", bytes("12345\n789012345")));
        assertEquals("decode.too-large", e.code());
        assertTrue(e.format().startsWith("big.txt:2:5: error: the file is 15 bytes"), e.format());
        assertTrue(e.message().contains("over the limit of 10 bytes"), e.message());
        assertTrue(e.message().contains("exceeded at byte offset 10, line 2, column 5"), e.message());
        assertTrue(small.decode("ok.txt", bytes("1234567890")).hasText(), "exactly the limit is fine");
    }

    @Test
    void utf16AndUtf32ByteOrderMarks() {
        byte[] utf16le = "\uFEFFRoma".getBytes(StandardCharsets.UTF_16LE);
        Diagnostic le = onlyError(decoder.decode("w.txt", utf16le));
        assertEquals("decode.unsupported-encoding", le.code());
        assertTrue(le.format().startsWith("w.txt:1:1: error: the file starts with a UTF-16LE byte order mark (0xFF 0xFE at byte offset 0)"),
                le.format());
        assertTrue(le.message().endsWith("save the file as UTF-8"), le.message());
        Diagnostic be = onlyError(decoder.decode("w.txt", "\uFEFFRoma".getBytes(StandardCharsets.UTF_16BE)));
        assertTrue(be.message().contains("UTF-16BE"), be.message());
        Diagnostic noBom = onlyError(decoder.decode("nobom.txt", "Roma\nprojekt".getBytes(StandardCharsets.UTF_16LE)));
        assertEquals("decode.unsupported-encoding", noBom.code());
        assertTrue(noBom.format().startsWith("nobom.txt:1:2: error: the file looks like UTF-16LE without a byte order mark"),
                noBom.format());
        assertTrue(noBom.message().contains("byte offset 1"), noBom.message());
        Diagnostic le32 = onlyError(decoder.decode("w.txt", bytes(0xFF, 0xFE, 0, 0, "R", 0, 0, 0)));
        assertTrue(le32.message().contains("UTF-32LE"), le32.message());
    }
}
