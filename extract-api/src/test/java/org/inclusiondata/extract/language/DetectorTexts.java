package org.inclusiondata.extract.language;

import java.nio.CharBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import opennlp.tools.langdetect.DefaultLanguageDetectorContextGenerator;
import opennlp.tools.util.StringUtil;

/** Texts that reach every corner of OpenNLP's detector input handling, and OpenNLP's own n-gram order. */
final class DetectorTexts {

    /** Pieces that the emoji, URL, e-mail, Twitter, number and shrink expressions match, or nearly match. */
    private static final String[] PIECES = {
        "http://example.org/a-b?c=1&d=e#f", "https://x.y", "http:// ", "http:/x", "httpx", "https:x", "HTTP://X.Y",
        "xhttp://a", "http://http://a", "office@example.org", "a.b-c@d-e.f", "@user", "#tag", "a@b", "@", "#",
        "rt ", "RT:", "Rt rt: ", "xrt ", "-rt ", "_rt ", "ört ", "1rt ", "rt-", "rt\uFB01", "art ", "\u0301rt ", "\u00e9rt ",
        ":)", ":-(", ";D", "xD", "XP", ":o", "x-p", "x\uFB01p", "a:p", "ko:d",
        "haha", "hahha", "HaHa", "hAhA", "jaja", "jeje", "haehe", "hihi", "jaje", "hhaa", "haa", "ja ja", "hah", "jajA",
        "123", "2019-2021", "12.04.2019.", "1 2 3", "  ", "\t\n", " \u00a0 ", "\r\n\r\n", "\u000b\f",
        "aaaa", "AaA", "aAa", "...", "---", "!!!", "\u0085\u0085\u0085", "\u2028\u2028\u2028", "\n\n\n", "ааа", "ÉéÉ", "ßßß",
        "\uFB01", "\uFF21\uFF22", "\uE000", "\uFFFF", "\uFEFF", "\uD7FF", "\uD83D\uDE00", "\uD83D", "\uDE00", "\uD800",
        "\uD83B\uDC00", "\uDBFF\uDFFF", "\uDBFF\uDC00", "\uD801\uDC00", "\uD83C\uDF89", "\u0130", "\u1E9E", "\u03A3", "\u01C4",
        "Проект", "общини", "Ђорђе", "ЉЊЏ", "célja", "Ő", "ı", "\u0301", "Ekavski", "općina",
    };

    private DetectorTexts() {
    }

    /** Arbitrary text: the pieces above, any characters at all, letters of several scripts. */
    static Arbitrary<String> tricky() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.of(PIECES),
                Arbitraries.strings().all().ofMaxLength(6),
                Arbitraries.strings().withCharRange('a', 'z').ofMaxLength(12),
                Arbitraries.strings().withCharRange('\u0400', '\u045f').ofMaxLength(12),
                Arbitraries.strings().withChars("áéíóöőúüűčćđšž ").ofMaxLength(12),
                Arbitraries.strings().withChars(" -:;xXdDoOpP()hHjJaeiouAEIOU rRtT@#/.1\n").ofMaxLength(12));
        return piece.list().ofMaxSize(40).map(pieces -> String.join("", pieces));
    }

    /** The n-grams of an already normalised text in the order OpenNLP's {@code LanguageDetectorME.predict} sums them. */
    static List<String> openNlpOrder(String normalized) {
        CharSequence[] context = new DefaultLanguageDetectorContextGenerator(1, 3).getContext(normalized);
        // LanguageDetectorME.arrayToCounts: a second HashMap filled in the context's order.
        Map<CharSequence, Integer> counts = new HashMap<>();
        for (CharSequence gram : context) {
            counts.put(gram, 1);
        }
        List<String> order = new ArrayList<>();
        for (CharSequence gram : counts.keySet()) {
            order.add(gram.toString());
        }
        return order;
    }

    /**
     * True when OpenNLP's own order is not fixed for this text: two n-grams with the same hash code in
     * a bin that becomes a tree are ordered by identity hash codes, which change from run to run.
     */
    static boolean openNlpOrderIsUndefined(String normalized) {
        CharSequence lower = StringUtil.toLowerCaseCharBuffer(normalized);
        Set<String> inserted = new LinkedHashSet<>();
        for (int length = 1; length <= 3; length++) {
            for (int i = 0; i + length <= lower.length(); i++) {
                inserted.add(lower.subSequence(i, i + length).toString());
            }
        }
        List<String> listed = new ArrayList<>();
        for (CharSequence gram : new DefaultLanguageDetectorContextGenerator(1, 3).getContext(normalized)) {
            listed.add(gram.toString());
        }
        int[] insertedHashes = hashes(new ArrayList<>(inserted));
        boolean sameHash = IntStream.of(insertedHashes).distinct().count() < insertedHashes.length;
        return sameHash && (HashMapOrder.iterationOrder(insertedHashes, insertedHashes.length) == null
                || HashMapOrder.iterationOrder(hashes(listed), listed.size()) == null);
    }

    private static int[] hashes(List<String> grams) {
        return grams.stream().mapToInt(g -> CharBuffer.wrap(g).hashCode()).toArray();
    }
}
