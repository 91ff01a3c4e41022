package org.inclusiondata.extract.layout;

/**
 * One non-blank line of a page.
 *
 * @param kind what the line looks like
 * @param line the whole line without its line break
 * @param content the line without indentation, bullet or number marker, and trailing space
 * @param key for {@link BlockKind#KEY_VALUE}, the key without a trailing gloss in parentheses; else null
 * @param value for {@link BlockKind#KEY_VALUE}, the value; else the content
 * @param dashSeparated whether key and value are separated by a dash rather than a colon, which
 *     only counts when the key is a known field cue
 * @param depth indentation level of a list item (0 = outermost)
 * @param numbered whether a list item (or a heading) starts with a number such as {@code 1.}
 * @param endsWithColon whether the content ends with a colon (a lead-in to a list)
 */
public record Block(BlockKind kind, Range line, Range content, Range key, Range value, boolean dashSeparated,
                    int depth, boolean numbered, boolean endsWithColon) {
}
