package org.inclusiondata.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;

/** A URL the page gives for a project. Gold answers write links as bare strings. */
@JsonPropertyOrder({"url", "span"})
public record Link(
        String url,
        @JsonInclude(JsonInclude.Include.NON_NULL) Span span) {

    /** @throws NullPointerException when the url is null */
    public Link {
        Objects.requireNonNull(url, "url");
    }

    /** A link without provenance, as gold answers write it. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Link of(String url) {
        return new Link(url, null);
    }

    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    static Link read(@JsonProperty("url") String url, @JsonProperty("span") Span span) {
        return new Link(url, span);
    }
}
