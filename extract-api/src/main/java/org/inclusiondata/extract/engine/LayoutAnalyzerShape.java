package org.inclusiondata.extract.engine;

import org.inclusiondata.extract.layout.Range;

/** Shape tests the engine re-applies when the lexicon overrules the layout's first reading of a line. */
final class LayoutAnalyzerShape {

    private LayoutAnalyzerShape() {
    }

    /** Whether a line that looked like {@code Key – value} (with an unknown key) is rather a heading. */
    static boolean isHeading(String text, Range content) {
        String c = content.of(text);
        if (c.length() > 140) {
            return false;
        }
        char last = c.charAt(c.length() - 1);
        return last != ',' && last != ';' && last != '?' && last != '!' && c.split("\\s+").length <= 16;
    }
}
