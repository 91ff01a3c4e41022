package org.inclusiondata.extract.lexicon;

/**
 * Which names a role cue of {@code roles.tsv} reaches, written after the role: {@code partner before}.
 * The subject of the cue (see {@code subject-roles.tsv}) is the name before it for {@code AFTER}-less
 * cues, and the first name after it for {@code BETWEEN}.
 */
public enum RoleSide {
    /** {@code before}: the cue stands before the names it gives its role to ({@code в партньорство с X}). */
    BEFORE,
    /** {@code after}: the cue stands after the names it gives its role to. */
    AFTER,
    /**
     * {@code between}: the cue joins the names after it ({@code партньорство между X и Y}); the first
     * of them is the subject, the others take the cue's role.
     */
    BETWEEN;

    static RoleSide of(String marker) {
        return switch (marker) {
            case "before" -> BEFORE;
            case "after" -> AFTER;
            case "between" -> BETWEEN;
            default -> null;
        };
    }
}
