package org.inclusiondata.extractors.sr;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.inclusiondata.extract.lexicon.Lexicon;
import org.inclusiondata.extract.lexicon.LexiconLoader;
import org.inclusiondata.extract.lexicon.LexiconSource;

/**
 * Opens the Serbian lexicon files for the engine. Files are read as shipped, except the name lists
 * ({@code places.txt}, {@code legal-forms.txt}), which are written in the nominative and to which
 * the case forms of every name are added ({@link Declension}), so {@code Крагујевац} also finds
 * {@code Крагујевцу}. Latin spellings need no second copy: {@link SerbianFolding} folds text and
 * lexicon alike to one Latin key.
 */
public final class SerbianLexicons implements LexiconSource {

    /** Resource folder of the lexicon files, relative to this class. */
    public static final String FOLDER = "lexicon/";

    /** The Serbian lexicon, loaded once on first use and shared (it is immutable). */
    public static Lexicon lexicon() {
        return Holder.LEXICON;
    }

    private static final class Holder {
        static final Lexicon LEXICON = LexiconLoader.load(SerbianExtractor.ID, new SerbianLexicons(), SerbianFolding.INSTANCE);
    }

    /** Files listing names whose case forms are generated. */
    static final Set<String> DECLINED = Set.of("places.txt", "legal-forms.txt");

    @Override
    public InputStream open(String fileName) throws IOException {
        InputStream in = SerbianLexicons.class.getResourceAsStream(FOLDER + fileName);
        if (in == null || !DECLINED.contains(fileName)) {
            return in;
        }
        String text;
        try (in) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        return new ByteArrayInputStream(withCaseForms(text).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The lines of a name list, each followed by the case forms of its name. A line's other
     * tab-separated columns, if any, are repeated on every form; comments and blank lines are kept.
     */
    static String withCaseForms(String text) {
        StringBuilder out = new StringBuilder(text.length() * 8);
        for (String line : text.split("\r?\n", -1)) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                out.append(line).append('\n');
                continue;
            }
            int tab = trimmed.indexOf('\t');
            String name = tab < 0 ? trimmed : trimmed.substring(0, tab);
            String rest = tab < 0 ? "" : trimmed.substring(tab);
            for (String form : Declension.forms(name)) {
                out.append(form).append(rest).append('\n');
            }
        }
        return out.toString();
    }
}
