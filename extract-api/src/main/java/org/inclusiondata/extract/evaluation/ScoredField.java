package org.inclusiondata.extract.evaluation;

/**
 * The fields {@code score.py} scores, in its order. {@code roles} is not a project field: it scores
 * organisations whose name and role both agree. {@code acronym} is scored only through the title.
 */
public enum ScoredField {
    TITLE("title"),
    START("start"),
    END("end"),
    DURATION_MONTHS("durationMonths"),
    BENEFICIARIES("beneficiaries"),
    ORGANIZATIONS("organizations"),
    ROLES("roles"),
    FUNDING("funding"),
    PROGRAMMES("programmes"),
    LOCATIONS("locations"),
    TARGET_GROUPS("targetGroups"),
    OBJECTIVES("objectives"),
    ACTIVITIES("activities"),
    RESULTS("results"),
    LINKS("links");

    private final String key;

    ScoredField(String key) {
        this.key = key;
    }

    /** The name score.py prints and uses in its JSON. */
    public String key() {
        return key;
    }

    /** The field of that score.py name. */
    public static ScoredField ofKey(String key) {
        for (ScoredField f : values()) {
            if (f.key.equals(key)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown scored field '" + key + "'");
    }
}
