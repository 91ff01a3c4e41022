package org.inclusiondata.extract.lexicon;

/** Whether a place cue stands before the place ({@code община Кубрат}) or after it ({@code Maros megyében}). */
public enum CuePosition {
    BEFORE,
    AFTER
}
