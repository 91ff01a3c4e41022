package org.inclusiondata.extract.lexicon;

/** What a date near a cue of {@code date-cues.tsv} is: the project's start or its end. */
public enum DateRole {
    START,
    END
}
