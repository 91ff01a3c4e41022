package org.inclusiondata.extract.decode;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;

/**
 * Names the legacy encoding a non-UTF-8 page was most likely saved in, so that the error can say
 * "it looks like Windows-1251" instead of only "not UTF-8". Only the encodings this project's
 * languages were traditionally written in are considered; the guess is the one whose non-ASCII
 * characters are almost all letters of the expected script, inside words of that script.
 */
final class EncodingGuess {

    /** Share of non-ASCII characters that must be letters of the expected script. */
    private static final double MIN_SHARE = 0.9;

    private EncodingGuess() {
    }

    /** A hint such as {@code " (it looks like Windows-1251, Cyrillic)"}, or an empty string. */
    static String hint(byte[] bytes) {
        if (share(bytes, "windows-1251", Character.UnicodeScript.CYRILLIC) >= MIN_SHARE) {
            return " (it looks like Windows-1251, the old Cyrillic encoding)";
        }
        if (share(bytes, "windows-1250", Character.UnicodeScript.LATIN) >= MIN_SHARE) {
            return " (it looks like Windows-1250 or ISO-8859-2, the old Central European encodings)";
        }
        return "";
    }

    private static double share(byte[] bytes, String charset, Character.UnicodeScript script) {
        if (!Charset.isSupported(charset)) {
            return 0;
        }
        String text;
        try {
            text = Charset.forName(charset).newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return 0;
        }
        int nonAscii = 0;
        int fitting = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                nonAscii++;
                if (isLetterOf(c, script) && neighbourFits(text, i - 1, script) && neighbourFits(text, i + 1, script)) {
                    fitting++;
                }
            }
        }
        return nonAscii == 0 ? 0 : (double) fitting / nonAscii;
    }

    private static boolean isLetterOf(char c, Character.UnicodeScript script) {
        return Character.isLetter(c) && Character.UnicodeScript.of(c) == script;
    }

    /**
     * Words are written in one script: a Cyrillic letter between Latin ones ("cйlja") means the
     * bytes were Latin text read with the wrong table.
     */
    private static boolean neighbourFits(String text, int i, Character.UnicodeScript script) {
        return i < 0 || i >= text.length() || !Character.isLetter(text.charAt(i)) || isLetterOf(text.charAt(i), script);
    }
}
