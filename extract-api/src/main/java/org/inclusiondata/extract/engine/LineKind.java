package org.inclusiondata.extract.engine;

/** What a line is once the lexicon has looked at it. */
enum LineKind {
    /** A key naming a field, with its value on the same line. */
    KEY,
    /** A heading, or a lead-in to a list. */
    HEAD,
    /** A list item. */
    ITEM,
    /** Running text (also a key the lexicon does not know). */
    PARA
}
