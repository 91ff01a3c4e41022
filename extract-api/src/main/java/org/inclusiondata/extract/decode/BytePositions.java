package org.inclusiondata.extract.decode;

/**
 * Line and column of a byte offset in a file that is meant to be UTF-8, computed without decoding
 * so that it also works on bytes that do not decode. Lines end at LF, CRLF or a lone CR; columns
 * count characters (bytes that start a UTF-8 sequence), so they agree with editors and with
 * {@link org.inclusiondata.model.Span} columns for the valid part of the file.
 */
final class BytePositions {

    private BytePositions() {
    }

    /** 1-based {line, column} of {@code offset}; a UTF-8 byte order mark at the start is not a column. */
    static int[] lineColumn(byte[] bytes, int offset) {
        int line = 1;
        int column = 1;
        int from = hasUtf8Bom(bytes) ? 3 : 0;
        int end = Math.min(offset, bytes.length);
        for (int i = from; i < end; i++) {
            int b = bytes[i] & 0xFF;
            if (b == '\n') {
                line++;
                column = 1;
            } else if (b == '\r') {
                if (i + 1 < bytes.length && bytes[i + 1] == '\n') {
                    continue;
                }
                line++;
                column = 1;
            } else if ((b & 0xC0) != 0x80) {
                column++;
            }
        }
        return new int[] {line, column};
    }

    static boolean hasUtf8Bom(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
    }

    /** Bytes as {@code 0xC3 0x28}, the way a hex editor shows them. */
    static String hex(byte[] bytes, int from, int length) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < from + length && i < bytes.length; i++) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(String.format("0x%02X", bytes[i] & 0xFF));
        }
        return sb.toString();
    }

    /** A human size such as {@code 6291456 bytes (6.0 MiB)}. */
    static String size(long bytes) {
        return bytes + " bytes (" + String.format(java.util.Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024.0)) + ")";
    }
}
