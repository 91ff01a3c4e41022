package org.inclusiondata.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What a money figure is: the whole budget, support received, own contribution, or something else. */
public enum FundingKind {
    TOTAL,
    GRANT,
    OWN,
    OTHER;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

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
