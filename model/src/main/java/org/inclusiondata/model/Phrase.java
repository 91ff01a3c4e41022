package org.inclusiondata.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;

/**
 * A piece of text as the page writes it (a place, a target group, an objective...), with where it
 * came from. Gold answers write phrases as bare strings; both forms read into this type.
 */
@JsonPropertyOrder({"text", "span"})
public record Phrase(
        String text,
        @JsonInclude(JsonInclude.Include.NON_NULL) Span span) {

    public Phrase {
        Objects.requireNonNull(text, "text");
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Phrase of(String text) {
        return new Phrase(text, null);
    }

    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    static Phrase read(@JsonProperty("text") String text, @JsonProperty("span") Span span) {
        return new Phrase(text, span);
    }
}
