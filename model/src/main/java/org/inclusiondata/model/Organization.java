package org.inclusiondata.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;

/** An organisation taking part in a project, its name as the page writes it. */
@JsonPropertyOrder({"name", "role", "span"})
public record Organization(
        String name,
        Role role,
        @JsonInclude(JsonInclude.Include.NON_NULL) Span span) {

    /** @throws NullPointerException when the name or role is missing */
    public Organization {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
    }

    /** An organisation without provenance. */
    public Organization(String name, Role role) {
        this(name, role, null);
    }
}
