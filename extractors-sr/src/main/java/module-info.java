/** The Serbian extractor. */
module org.inclusiondata.extractors.sr {
    requires org.inclusiondata.extract;
    requires com.ibm.icu;

    provides org.inclusiondata.extract.spi.ProjectExtractor with org.inclusiondata.extractors.sr.SerbianExtractor;
}
