package org.inclusiondata.extract.lexicon;

import java.util.Locale;

/**
 * What a heading, a {@code Key: value} key or a section title announces. The codes are the ones
 * written in the first column of {@code fields.tsv}.
 */
public enum Field {
    TITLE("title"),
    ACRONYM("acronym"),
    PERIOD("period"),
    START("start"),
    END("end"),
    DURATION("duration"),
    BUDGET("budget"),
    GRANT("grant"),
    OWN("own"),
    LEAD("lead"),
    PARTNER("partner"),
    FUNDER("funder"),
    IMPLEMENTER("implementer"),
    PROGRAMME("programme"),
    LOCATION("location"),
    TARGET_GROUPS("targetGroups"),
    BENEFICIARIES("beneficiaries"),
    OBJECTIVES("objectives"),
    ACTIVITIES("activities"),
    RESULTS("results"),
    LINKS("links"),
    /** The page's own publication date, which is never the project's period. */
    PUBLISHED("published"),
    /** A heading or key whose content is not a project field (site chrome, "Contact", "Gallery"). */
    IGNORE("ignore");

    private final String code;

    Field(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The field a {@code fields.tsv} code names, or {@code null} when the code is unknown. */
    public static Field fromCode(String code) {
        String c = code.trim();
        for (Field f : values()) {
            if (f.code.equalsIgnoreCase(c) || f.name().toLowerCase(Locale.ROOT).equals(c.toLowerCase(Locale.ROOT))) {
                return f;
            }
        }
        return null;
    }

    /** Whether the content under this field is a list of phrases (objectives, activities...). */
    public boolean isPhraseList() {
        return this == TARGET_GROUPS || this == OBJECTIVES || this == ACTIVITIES || this == RESULTS;
    }

    /** Whether the content under this field names organisations. */
    public boolean isRole() {
        return this == LEAD || this == PARTNER || this == FUNDER || this == IMPLEMENTER;
    }
}
