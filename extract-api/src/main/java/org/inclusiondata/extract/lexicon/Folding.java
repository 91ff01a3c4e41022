package org.inclusiondata.extract.lexicon;

import java.text.Normalizer;
import java.util.Locale;

/**
 * How a word is reduced before it is compared with lexicon entries: lower case and without
 * diacritics by default, so that {@code Romániában} meets {@code románia} once the case ending is
 * cut. A language whose words come in two scripts (Serbian) supplies its own folding that also maps
 * one script onto the other. Implementations must be pure functions.
 */
@FunctionalInterface
public interface Folding {

    String fold(String word);

    /**
     * Lower case (root locale), canonical decomposition, combining marks removed: {@link
     * #LOWER_CASE_WITHOUT_MARKS}, read from a char table wherever that gives the same word.
     */
    Folding DEFAULT = CharTableFolding.of(Folding::lowerCaseWithoutMarks);

    /** Lower case (root locale), canonical decomposition, combining marks removed, worked out on the whole word. */
    Folding LOWER_CASE_WITHOUT_MARKS = Folding::lowerCaseWithoutMarks;

    private static String lowerCaseWithoutMarks(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        boolean ascii = true;
        for (int i = 0; i < lower.length() && ascii; i++) {
            ascii = lower.charAt(i) < 0x80;
        }
        if (ascii) {
            return lower;
        }
        String d = Normalizer.normalize(lower, Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
