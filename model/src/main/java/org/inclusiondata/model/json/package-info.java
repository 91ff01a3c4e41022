/**
 * The JSON form of the dataset: {@link org.inclusiondata.model.json.DatasetJson} reads and writes
 * dataset files, single documents (gold answer files among them) and JSON Lines exports,
 * deterministically; {@link org.inclusiondata.model.json.DatasetFormatException} reports an
 * unreadable file by file, line and column; {@link org.inclusiondata.model.json.DatasetSchema}
 * hands out the published JSON Schema.
 */
package org.inclusiondata.model.json;
