/**
 * The seed dataset: its jar holds no code, only {@code META-INF/inclusiondata/dataset.json} (with the
 * JSON Lines and CSV exports beside it). Requiring this module brings the typed records, so that
 * {@code InclusionDataset.projects()} works on the module path as on the class path.
 */
module org.inclusiondata.seeds {
    requires transitive org.inclusiondata.model;
}
