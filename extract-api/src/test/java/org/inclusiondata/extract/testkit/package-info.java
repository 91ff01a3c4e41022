/**
 * The contract test kit for extractor authors, shipped in extract-api's test-jar. Extend
 * {@link org.inclusiondata.extract.testkit.ExtractorContract} in the language module's tests (with
 * {@code inclusiondata-extract-api} of {@code <type>test-jar</type>} in test scope) to check
 * discovery, self-description, hostile input, spans, determinism and a gold regression measured by
 * {@link org.inclusiondata.extract.evaluation.Evaluation}. {@link org.inclusiondata.extract.testkit.ExtractorChecks}
 * holds the same checks as static methods, and {@link org.inclusiondata.extract.testkit.Corpus}
 * finds the seed and shared gold folders from any module.
 */
package org.inclusiondata.extract.testkit;
