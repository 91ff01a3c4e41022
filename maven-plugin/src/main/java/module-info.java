/** The Maven plugin that extracts, validates, evaluates, reports and packages the dataset at build time. */
module org.inclusiondata.maven {
    requires org.inclusiondata.extract;
    requires tools.jackson.dataformat.csv;
    requires java.xml;
    // Provided by Maven at run time; a plugin runs on Maven's class realms, not on the module path.
    requires static maven.plugin.api;
    requires static maven.plugin.annotations;

    uses org.inclusiondata.extract.spi.ProjectExtractor;
}
