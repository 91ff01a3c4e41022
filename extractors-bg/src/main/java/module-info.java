/** The Bulgarian extractor. */
module org.inclusiondata.extractors.bg {
    requires org.inclusiondata.extract;

    provides org.inclusiondata.extract.spi.ProjectExtractor with org.inclusiondata.extractors.bg.BulgarianExtractor;
}
