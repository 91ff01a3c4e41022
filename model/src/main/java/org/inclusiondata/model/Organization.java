package org.inclusiondata.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/** An organisation taking part in a project, its name as the page writes it. */
public record Organization(
        String name,
        Role role,
        @JsonInclude(JsonInclude.Include.NON_NULL) Span span) {

    public Organization {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
    }
}
