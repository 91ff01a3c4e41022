/**
 * Extraction quality measured exactly as the corpus's reference scorer {@code score.py} measures it
 * ({@code SCORING.md}): {@link org.inclusiondata.extract.evaluation.Evaluation} scores extracted
 * documents against gold answers read by {@link org.inclusiondata.extract.evaluation.GoldFolder},
 * and {@link org.inclusiondata.extract.evaluation.EvaluationReport} prints score.py's table
 * character for character or gives its JSON. The Java figures are tested to be identical to
 * score.py's, so the build's number and the corpus's number never disagree.
 */
package org.inclusiondata.extract.evaluation;
