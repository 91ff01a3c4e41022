package org.inclusiondata.extract.lexicon;

/** A lexicon file that cannot be read; the message names the file and line and what to fix. */
public final class LexiconException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public LexiconException(String message) {
        super(message);
    }

    public LexiconException(String message, Throwable cause) {
        super(message, cause);
    }
}
