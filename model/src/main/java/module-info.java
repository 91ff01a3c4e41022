/**
 * The typed records of the inclusion dataset ({@code org.inclusiondata.model}) and their JSON
 * form ({@code org.inclusiondata.model.json}).
 *
 * <p>Jackson reads and writes the records by reflection, so both packages are opened to it and to
 * nobody else. The dataset resource {@code META-INF/inclusiondata/dataset.json} that
 * {@link org.inclusiondata.model.InclusionDataset} loads is not in a package, so no module
 * encapsulates it; the JSON Schema is handed out by
 * {@link org.inclusiondata.model.json.DatasetSchema}.
 */
module org.inclusiondata.model {
    requires transitive tools.jackson.databind;
    requires transitive com.fasterxml.jackson.annotation;

    exports org.inclusiondata.model;
    exports org.inclusiondata.model.json;

    opens org.inclusiondata.model to tools.jackson.databind;
    opens org.inclusiondata.model.json to tools.jackson.databind;
}
