/** The extractor SPI, its registry and the shared extraction toolkit. */
module org.inclusiondata.extract {
    requires transitive org.inclusiondata.model;
    requires org.apache.opennlp.tools;

    exports org.inclusiondata.extract.spi;
    exports org.inclusiondata.extract.text;

    uses org.inclusiondata.extract.spi.ProjectExtractor;
}
