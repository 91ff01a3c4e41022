package org.inclusiondata.extract.decode;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.inclusiondata.model.Diagnostic;

/**
 * Reads the bytes of a page as strict UTF-8 (with or without byte order mark). Anything else
 * (other encodings, binary files, empty or blank files, oversized files) becomes an error
 * diagnostic naming the file, the byte offset and its line:column, and saying what to do; this
 * class never throws on any byte array. Immutable and thread-safe.
 */
public final class Utf8Decoder {

    /** Pages are a few kilobytes; anything this big is almost certainly not a page. */
    public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;

    /** Invalid sequences listed one by one before the rest are only counted. */
    private static final int MAX_REPORTED = 10;

    /** Above this share of control bytes a file is treated as binary rather than text. */
    private static final double MAX_CONTROL_SHARE = 0.10;

    private final long maxBytes;

    public Utf8Decoder() {
        this(DEFAULT_MAX_BYTES);
    }

    public Utf8Decoder(long maxBytes) {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("maxBytes must be positive, got " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** Decodes {@code bytes}, naming {@code file} in diagnostics. */
    public Decoded decode(String file, byte[] bytes) {
        Objects.requireNonNull(file, "file");
        if (bytes == null || bytes.length == 0) {
            return failed(file, Diagnostic.error("decode.empty", file, 1, 1,
                    "the file is empty (0 bytes, at byte offset 0); put the page text in it or delete it"));
        }
        if (bytes.length > maxBytes) {
            int[] lc = BytePositions.lineColumn(bytes, (int) Math.min(maxBytes, Integer.MAX_VALUE));
            return failed(file, Diagnostic.error("decode.too-large", file, lc[0], lc[1],
                    "the file is " + BytePositions.size(bytes.length) + ", over the limit of "
                            + BytePositions.size(maxBytes) + " (exceeded at byte offset " + maxBytes + ", line "
                            + lc[0] + ", column " + lc[1] + "); split the page into smaller files or raise maxBytes"));
        }
        Diagnostic bom = foreignBom(file, bytes);
        if (bom != null) {
            return failed(file, bom);
        }
        Diagnostic binary = binary(file, bytes);
        if (binary != null) {
            return failed(file, binary);
        }
        int start = BytePositions.hasUtf8Bom(bytes) ? 3 : 0;
        List<Diagnostic> errors = new ArrayList<>();
        String text = strictUtf8(file, bytes, start, errors);
        if (!errors.isEmpty()) {
            String hint = EncodingGuess.hint(bytes);
            if (!hint.isEmpty()) {
                Diagnostic first = errors.get(0);
                errors.set(0, new Diagnostic(first.severity(), first.code(),
                        first.message().replace("; save the file as UTF-8", "; save the file as UTF-8" + hint),
                        first.file(), first.line(), first.column()));
            }
            return new Decoded(file, null, start, errors);
        }
        if (isBlank(text)) {
            return failed(file, Diagnostic.error("decode.blank", file, 1, 1,
                    "the file contains only whitespace (" + bytes.length + " bytes, from byte offset 0); put the page "
                            + "text in it or delete it"));
        }
        return new Decoded(file, text, start, mojibake(file, text, start));
    }

    /**
     * UTF-8 that was once read as Windows-1252 or ISO-8859-1 and saved again shows pairs such as
     * "Ã©" for "é" or "Ð¿" for "п". Such a file decodes, but every accented letter is wrong.
     */
    private static List<Diagnostic> mojibake(String file, String text, int bomBytes) {
        int count = 0;
        int first = -1;
        for (int i = 0; i + 1 < text.length(); i++) {
            char c = text.charAt(i);
            char next = text.charAt(i + 1);
            if ((c == '\u00C3' || c == '\u00C2' || c == '\u00C5' || c == '\u00C4' || c == '\u00D0' || c == '\u00D1')
                    && next >= '\u0080' && next <= '\u00BF') {
                count++;
                if (first < 0) {
                    first = i;
                }
            }
        }
        if (count < 3) {
            return List.of();
        }
        int[] lc = lineColumn(text, first);
        int byteOffset = bomBytes + text.substring(0, first).getBytes(StandardCharsets.UTF_8).length;
        return List.of(Diagnostic.warning("decode.double-encoded", file, lc[0], lc[1],
                "the text looks double-encoded: " + count + " pairs like \"" + text.substring(first, first + 2)
                        + "\" (from byte offset " + byteOffset + ", line " + lc[0] + ", column " + lc[1]
                        + ") are UTF-8 read as Windows-1252 and saved again; save the page again from its source as UTF-8"));
    }

    private static int[] lineColumn(String text, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
                line++;
                lineStart = i + 1;
            }
        }
        return new int[] {line, text.codePointCount(lineStart, offset) + 1};
    }

    /** Latin or Cyrillic text in UTF-16 has a NUL as every other byte; which half tells the byte order. */
    private static String utf16WithoutBom(byte[] b, int nuls) {
        if (b.length < 4 || nuls < b.length / 4) {
            return null;
        }
        int even = 0;
        int odd = 0;
        for (int i = 0; i < b.length; i++) {
            if (b[i] == 0) {
                if (i % 2 == 0) {
                    even++;
                } else {
                    odd++;
                }
            }
        }
        int pairs = b.length / 2;
        if (odd >= 0.9 * pairs && even <= 0.05 * pairs) {
            return "UTF-16LE";
        }
        if (even >= 0.9 * pairs && odd <= 0.05 * pairs) {
            return "UTF-16BE";
        }
        return null;
    }

    private static Decoded failed(String file, Diagnostic error) {
        return new Decoded(file, null, 0, List.of(error));
    }

    private static Diagnostic foreignBom(String file, byte[] b) {
        String encoding = null;
        int length = 0;
        if (b.length >= 4 && u(b[0]) == 0xFF && u(b[1]) == 0xFE && b[2] == 0 && b[3] == 0) {
            encoding = "UTF-32LE";
            length = 4;
        } else if (b.length >= 4 && b[0] == 0 && b[1] == 0 && u(b[2]) == 0xFE && u(b[3]) == 0xFF) {
            encoding = "UTF-32BE";
            length = 4;
        } else if (b.length >= 2 && u(b[0]) == 0xFF && u(b[1]) == 0xFE) {
            encoding = "UTF-16LE";
            length = 2;
        } else if (b.length >= 2 && u(b[0]) == 0xFE && u(b[1]) == 0xFF) {
            encoding = "UTF-16BE";
            length = 2;
        }
        if (encoding == null) {
            return null;
        }
        return Diagnostic.error("decode.unsupported-encoding", file, 1, 1,
                "the file starts with a " + encoding + " byte order mark (" + BytePositions.hex(b, 0, length)
                        + " at byte offset 0); only UTF-8 is read: save the file as UTF-8");
    }

    /** NUL bytes never occur in a text page; many other control bytes mean the same. */
    private static Diagnostic binary(String file, byte[] b) {
        int firstNul = -1;
        int nuls = 0;
        int firstControl = -1;
        int controls = 0;
        for (int i = 0; i < b.length; i++) {
            int c = u(b[i]);
            if (c == 0) {
                nuls++;
                if (firstNul < 0) {
                    firstNul = i;
                }
            }
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' || c == 0x7F) {
                controls++;
                if (firstControl < 0) {
                    firstControl = i;
                }
            }
        }
        int at;
        String why;
        String utf16 = utf16WithoutBom(b, nuls);
        if (utf16 != null) {
            int[] lc = BytePositions.lineColumn(b, firstNul);
            return Diagnostic.error("decode.unsupported-encoding", file, lc[0], lc[1],
                    "the file looks like " + utf16 + " without a byte order mark (every other byte is NUL, the first at "
                            + "byte offset " + firstNul + ", line " + lc[0] + ", column " + lc[1]
                            + "); only UTF-8 is read: save the file as UTF-8");
        }
        if (nuls > 0) {
            at = firstNul;
            why = nuls + " NUL byte" + (nuls == 1 ? "" : "s") + ", the first at byte offset " + firstNul;
        } else if (controls > MAX_CONTROL_SHARE * b.length) {
            at = firstControl;
            why = controls + " of its " + b.length + " bytes are control characters, the first ("
                    + BytePositions.hex(b, firstControl, 1) + ") at byte offset " + firstControl;
        } else {
            return null;
        }
        int[] lc = BytePositions.lineColumn(b, at);
        return Diagnostic.error("decode.binary", file, lc[0], lc[1],
                "the file looks binary, not text: " + why + " (line " + lc[0] + ", column " + lc[1]
                        + "); give a plain-text UTF-8 copy of the page instead");
    }

    private static String strictUtf8(String file, byte[] bytes, int start, List<Diagnostic> errors) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        // UTF-8 never yields more UTF-16 units than it has bytes.
        CharBuffer out = CharBuffer.allocate(bytes.length - start + 1);
        int invalid = 0;
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isUnderflow()) {
                decoder.flush(out);
                break;
            }
            if (result.isError()) {
                int at = in.position();
                int skip = sequenceLength(bytes, at);
                if (invalid < MAX_REPORTED) {
                    errors.add(invalidSequence(file, bytes, at, skip));
                }
                invalid++;
                in.position(Math.min(bytes.length, at + skip));
            } else {
                // Overflow cannot happen with the buffer sized above; stop rather than loop.
                break;
            }
        }
        if (invalid > MAX_REPORTED) {
            Diagnostic last = errors.get(errors.size() - 1);
            errors.add(Diagnostic.error("decode.invalid-utf8", file, last.line(), last.column(),
                    "and " + (invalid - MAX_REPORTED) + " more invalid UTF-8 sequences after this one; "
                            + "the file is probably in another encoding (such as Windows-1250, Windows-1251 or "
                            + "ISO-8859-2): save the file as UTF-8"));
        }
        out.flip();
        return out.toString();
    }

    /** How many bytes belong to the bad sequence starting at {@code at}, so that it is reported once. */
    private static int sequenceLength(byte[] b, int at) {
        int expected = expectedLength(u(b[at]));
        if (expected <= 1) {
            return 1;
        }
        int n = 1;
        while (n < expected && at + n < b.length && isContinuation(b[at + n])) {
            n++;
        }
        return n;
    }

    private static Diagnostic invalidSequence(String file, byte[] b, int at, int length) {
        int lead = u(b[at]);
        int expected = expectedLength(lead);
        String what;
        if (isContinuation(b[at])) {
            what = "byte " + BytePositions.hex(b, at, 1) + " is a continuation byte with no lead byte before it";
        } else if (lead == 0xC0 || lead == 0xC1
                || lead == 0xE0 && at + 1 < b.length && u(b[at + 1]) < 0xA0
                || lead == 0xF0 && at + 1 < b.length && u(b[at + 1]) < 0x90) {
            what = "overlong encoding " + BytePositions.hex(b, at, length)
                    + " (a character encoded with more bytes than it needs)";
        } else if (lead >= 0xF5) {
            what = "byte " + BytePositions.hex(b, at, 1) + " never occurs in UTF-8";
        } else if (lead == 0xED && at + 1 < b.length && u(b[at + 1]) >= 0xA0) {
            what = "encoded UTF-16 surrogate " + BytePositions.hex(b, at, length)
                    + " (CESU-8 or Java modified UTF-8, not UTF-8)";
        } else if (lead == 0xF4 && at + 1 < b.length && u(b[at + 1]) >= 0x90) {
            what = "sequence " + BytePositions.hex(b, at, length) + " encodes a code point above U+10FFFF";
        } else if (at + length >= b.length && length < expected) {
            what = "truncated sequence " + BytePositions.hex(b, at, length) + " at the end of the file: lead byte "
                    + BytePositions.hex(b, at, 1) + " needs " + expected + " bytes, only " + length + " present";
        } else {
            int bad = at + length;
            what = "byte " + BytePositions.hex(b, bad, 1) + " at byte offset " + bad
                    + " is not a continuation byte (0x80-0xBF) as lead byte " + BytePositions.hex(b, at, 1)
                    + " requires (bytes " + BytePositions.hex(b, at, length + 1) + ")";
        }
        int[] lc = BytePositions.lineColumn(b, at);
        return Diagnostic.error("decode.invalid-utf8", file, lc[0], lc[1],
                "invalid UTF-8 at byte offset " + at + " (line " + lc[0] + ", column " + lc[1] + "): " + what
                        + "; save the file as UTF-8");
    }

    private static int expectedLength(int lead) {
        if (lead >= 0xC0 && lead <= 0xDF) {
            // C0 and C1 can only start overlong two-byte sequences; report both bytes together.
            return 2;
        }
        if (lead >= 0xE0 && lead <= 0xEF) {
            return 3;
        }
        if (lead >= 0xF0 && lead <= 0xF4) {
            return 4;
        }
        return 1;
    }

    private static boolean isContinuation(byte b) {
        return (b & 0xC0) == 0x80;
    }

    private static boolean isBlank(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int type = Character.getType(cp);
            if (!Character.isWhitespace(cp) && type != Character.SPACE_SEPARATOR && type != Character.FORMAT) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    private static int u(byte b) {
        return b & 0xFF;
    }
}
