package org.inclusiondata.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What an organisation does in a project, as defined in the corpus annotation guide. */
public enum Role {
    /** Leader, coordinator, or the beneficiary that carries the project. */
    LEAD,
    PARTNER,
    /** Donor, financing institution or managing authority. */
    FUNDER,
    /** Named as carrying out work without being lead or partner. */
    IMPLEMENTER,
    OTHER;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Role fromCode(String code) {
        for (Role r : values()) {
            if (r.code().equals(code)) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown role '" + code + "'; expected one of lead, partner, funder, implementer, other");
    }
}
