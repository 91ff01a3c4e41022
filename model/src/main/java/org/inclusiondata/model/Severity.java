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
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
