package org.inclusiondata.extract.lexicon;

/**
 * A lexicon phrase found in a text: the value the lexicon gives it, the tokens
 * {@code [firstToken, endToken)} it covers and their character range {@code [start, end)}.
 */
public record PhraseMatch<V>(V value, String phrase, int firstToken, int endToken, int start, int end) {
}
