package org.inclusiondata.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What a money figure is: the whole budget, support received, own contribution, or something else. */
public enum FundingKind {
    /** The whole budget. */
    TOTAL,
    /** Support received: grant, subsidy, EU contribution. */
    GRANT,
    /** Own contribution, co-financing. */
    OWN,
    /** Any other figure about the project. */
    OTHER;

    /** The lower-case name used in JSON and in the annotation guide. */
    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind of that JSON code; an unknown code is refused with the list of known ones. */
    @JsonCreator
    public static FundingKind fromCode(String code) {
        for (FundingKind k : values()) {
            if (k.code().equals(code)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown funding kind '" + code + "'; expected one of total, grant, own, other");
    }
}
