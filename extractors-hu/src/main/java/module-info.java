/** The Hungarian extractor. */
module org.inclusiondata.extractors.hu {
    requires org.inclusiondata.extract;

    provides org.inclusiondata.extract.spi.ProjectExtractor with org.inclusiondata.extractors.hu.HungarianExtractor;
}
