/**
 * The typed, immutable records of the inclusion dataset.
 *
 * <p>A {@link org.inclusiondata.model.Dataset} holds one {@link org.inclusiondata.model.SourceDocument}
 * per input page, sorted by file name; each document holds the {@link org.inclusiondata.model.Project}s
 * it describes, with the fields of the corpus annotation guide ({@code ANNOTATION.md}) under the
 * same names. Every extracted value can say where it came from: list items carry a
 * {@link org.inclusiondata.model.Span}, scalar values have theirs in {@link org.inclusiondata.model.Project#evidence()}.
 * Problems found on the way are {@link org.inclusiondata.model.Diagnostic}s naming file, line and column.
 *
 * <p>The records check their own invariants (a date that exists, a currency of three capital
 * letters, a 1-based line), so any record that can be built can also be written and validates
 * against the published JSON Schema. Lists are never null and cannot be modified.
 *
 * <p>Consumers of the published data start at {@link org.inclusiondata.model.InclusionDataset}.
 */
package org.inclusiondata.model;
