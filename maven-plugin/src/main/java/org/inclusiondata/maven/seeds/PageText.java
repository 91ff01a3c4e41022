package org.inclusiondata.maven.seeds;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The text evidence spans point into: the page's bytes decoded strictly as UTF-8 with the byte order
 * mark removed, exactly as {@code Span} defines its offsets. The goals that show or check spans
 * (validate, report) read pages with this; extraction itself decodes in the pipeline.
 */
public final class PageText {

    private PageText() {
    }

    /** The decoded text, or empty when the bytes are not valid UTF-8. */
    public static Optional<String> decode(byte[] bytes) {
        int skip = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
