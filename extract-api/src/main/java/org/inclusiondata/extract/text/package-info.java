/**
 * The text extractors read: {@link org.inclusiondata.extract.text.Normalizer} folds the many
 * Unicode spellings of spaces, quotes, dashes and accented letters into one, and
 * {@link org.inclusiondata.extract.text.SourceText} maps every normalised offset back to the
 * original characters, so that values and spans show the page as written.
 */
package org.inclusiondata.extract.text;
