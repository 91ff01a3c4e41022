/** The extractor SPI, its registry and the shared extraction toolkit. */
module org.inclusiondata.extract {
    requires transitive org.inclusiondata.model;
    requires org.apache.opennlp.tools;
    requires com.ibm.icu;

    exports org.inclusiondata.extract.spi;
    exports org.inclusiondata.extract.text;
    exports org.inclusiondata.extract.decode;
    exports org.inclusiondata.extract.language;
    exports org.inclusiondata.extract.registry;
    exports org.inclusiondata.extract.pipeline;
    exports org.inclusiondata.extract.evaluation;
    exports org.inclusiondata.extract.validation;
    exports org.inclusiondata.extract.lexicon;
    exports org.inclusiondata.extract.layout;
    exports org.inclusiondata.extract.recognize;
    exports org.inclusiondata.extract.engine;

    uses org.inclusiondata.extract.spi.ProjectExtractor;
}
