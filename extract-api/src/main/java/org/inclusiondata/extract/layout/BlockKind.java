package org.inclusiondata.extract.layout;

/** What one line of a page is, judged from its shape alone. */
public enum BlockKind {
    /** A short line that names what follows (or the page's title). */
    HEADING,
    /** {@code Key: value}, {@code Key (gloss): value} or {@code Key – value} on one line. */
    KEY_VALUE,
    /** A bulleted or numbered item. */
    LIST_ITEM,
    /** Running text. */
    PARAGRAPH
}
