package org.inclusiondata.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How bad a diagnostic is. */
public enum Severity {
    INFO,
    WARNING,
    ERROR;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Severity fromCode(String code) {
        for (Severity s : values()) {
            if (s.code().equals(code)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown severity '" + code + "'; expected one of info, warning, error");
    }
}
