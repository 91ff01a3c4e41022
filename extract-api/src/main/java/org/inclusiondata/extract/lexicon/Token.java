package org.inclusiondata.extract.lexicon;

/**
 * A word, a number or a currency sign of a text: its offsets in the text it was cut from, the
 * characters as written and the folded form lexicons are compared with.
 */
public record Token(int start, int end, String raw, String folded) {

    public boolean isNumber() {
        return !raw.isEmpty() && Character.isDigit(raw.charAt(0));
    }

    public boolean isCapitalized() {
        return !raw.isEmpty() && (Character.isUpperCase(raw.codePointAt(0)) || Character.isTitleCase(raw.codePointAt(0)));
    }

    /** True when every letter is upper case and there are at least two of them, as in {@code URBACT}. */
    public boolean isUpperWord() {
        int letters = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 2;
    }
}
