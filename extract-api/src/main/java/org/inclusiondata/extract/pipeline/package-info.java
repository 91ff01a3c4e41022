/**
 * One page in, one {@link org.inclusiondata.model.SourceDocument} out: decoding, normalisation,
 * language identification, extractor choice and extraction, with every failure turned into a
 * diagnostic so that one bad page never hides the others.
 */
package org.inclusiondata.extract.pipeline;
