package org.inclusiondata.extractors.sr;

import com.ibm.icu.text.Transliterator;
import java.text.Normalizer;
import java.util.Locale;
import org.inclusiondata.extract.lexicon.Folding;

/**
 * The script bridge: folds a Serbian word, written in Cyrillic or in Latin, with or without
 * diacritics, to one matching key in plain Latin letters, so that {@code Нишу}, {@code Nišu} and
 * {@code Nisu} all meet the lexicon word {@code Ниш}.
 *
 * <p>Why fold to Latin, and per token: the engine folds every token of the page on its own and
 * keeps the token's offsets, so the fold may change the length of a word ({@code љ} becomes
 * {@code lj}) without moving any span: values and spans always show the page's own characters. The
 * target is Latin because Cyrillic → Latin is unambiguous, while Latin → Cyrillic is not
 * ({@code nadživeti} is н-а-д-ж-и-в-е-т-и, but {@code džak} is џ-а-к), and because Serbian pages
 * are often typed in Latin without diacritics ({@code opstina}, {@code Djordje}): dropping the
 * diacritics and writing {@code đ} as {@code dj} lets those meet the lexicons too.
 *
 * <p>The letter table comes from ICU's {@code Serbian-Latin/BGN} transform, the one ICU transform
 * that writes љ, њ, џ, ђ, ћ as lj, nj, dž, đ, ć ({@code Cyrillic-Latin} gives the ISO 9 letters
 * l̂, n̂, d̂, ǰ instead). It is read once per letter into a table, because the transform maps
 * lower-case Serbian letters without context and a table is thread-safe and fast on every token of
 * every page; {@code SerbianFoldingTest} checks the table against the transform on whole words.
 */
public final class SerbianFolding implements Folding {

    /** ICU's transform for Serbian Cyrillic to Serbian Latin. */
    public static final String ICU_TRANSFORM_ID = "Serbian-Latin/BGN";

    private static final char FIRST = '\u0400';
    private static final char LAST = '\u04FF';
    private static final String[] LATIN = latinTable();

    /** The one instance; the fold is a pure function. */
    public static final SerbianFolding INSTANCE = new SerbianFolding();

    private SerbianFolding() {
    }

    /** The matching key of one word. */
    @Override
    public String fold(String word) {
        boolean ascii = true;
        for (int i = 0; i < word.length() && ascii; i++) {
            ascii = word.charAt(i) < 0x80;
        }
        if (ascii) {
            return word.toLowerCase(Locale.ROOT);
        }
        // Decomposed first, so a letter with a mark (ѐ, й, ǉ) is mapped by its base letter.
        String lower = Normalizer.normalize(word, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
        StringBuilder latin = new StringBuilder(lower.length() + 4);
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            String l = c >= FIRST && c <= LAST ? LATIN[c - FIRST] : null;
            latin.append(l != null ? l : String.valueOf(c));
        }
        String d = Normalizer.normalize(latin, Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(d.length() + 2);
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                    || type == Character.ENCLOSING_MARK) {
                continue;
            }
            if (c == '\u0111') {
                out.append("dj");
            } else {
                out.append(c);
            }
        }
        String folded = out.toString().toLowerCase(Locale.ROOT);
        return folded.equals(word) ? word : folded;
    }

    /** Serbian Latin spelling of a Cyrillic text (case kept), through ICU; for tests and tools. */
    public static String toLatin(String cyrillic) {
        Transliterator t = Transliterator.getInstance(ICU_TRANSFORM_ID);
        return Normalizer.normalize(t.transliterate(cyrillic), Normalizer.Form.NFC);
    }

    private static String[] latinTable() {
        Transliterator t = Transliterator.getInstance(ICU_TRANSFORM_ID);
        String[] table = new String[LAST - FIRST + 1];
        for (char c = FIRST; c <= LAST; c++) {
            if (!Character.isLowerCase(c)) {
                continue;
            }
            String l = t.transliterate(String.valueOf(c));
            // Letters the Serbian transform leaves alone (я, щ...) stay as they are.
            if (!l.equals(String.valueOf(c))) {
                table[c - FIRST] = l;
            }
        }
        return table;
    }
}
