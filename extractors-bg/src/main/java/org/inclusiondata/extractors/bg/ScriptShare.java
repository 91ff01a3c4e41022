package org.inclusiondata.extractors.bg;

/**
 * How much of a text's lettering is Cyrillic. Bulgarian is written only in Cyrillic, so a page
 * whose letters are mostly Latin (a Romanian or Slovak page the language detector mistook, an
 * English mirror of the site) is not read as Bulgarian even when the extractor is called on it:
 * its Latin names would otherwise be taken for Bulgarian organisations and places.
 */
record ScriptShare(int cyrillic, int latin) {

    /**
     * Below this share of Cyrillic letters a page is not treated as Bulgarian. Low on purpose:
     * Bulgarian project pages often carry English funder notices and project names in Latin
     * letters, while a page in a Latin-script language has next to no Cyrillic at all.
     */
    static final double MINIMUM_CYRILLIC = 0.25;

    static ScriptShare of(CharSequence text) {
        int cyr = 0;
        int lat = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            if (Character.isLetter(cp)) {
                Character.UnicodeScript s = Character.UnicodeScript.of(cp);
                if (s == Character.UnicodeScript.CYRILLIC) {
                    cyr++;
                } else if (s == Character.UnicodeScript.LATIN) {
                    lat++;
                }
            }
            i += Character.charCount(cp);
        }
        return new ScriptShare(cyr, lat);
    }

    /** The Cyrillic share of Cyrillic plus Latin letters; 0 for a text with neither. */
    double cyrillicShare() {
        int all = cyrillic + latin;
        return all == 0 ? 0.0 : (double) cyrillic / all;
    }

    boolean readableAsBulgarian() {
        return cyrillicShare() >= MINIMUM_CYRILLIC;
    }
}
