/** The typed records of the inclusion dataset and their JSON form. */
module org.inclusiondata.model {
    requires transitive tools.jackson.databind;
    requires transitive com.fasterxml.jackson.annotation;

    exports org.inclusiondata.model;

    opens org.inclusiondata.model to tools.jackson.databind;
}
