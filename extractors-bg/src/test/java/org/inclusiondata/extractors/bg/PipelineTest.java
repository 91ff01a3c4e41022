package org.inclusiondata.extractors.bg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.inclusiondata.extract.evaluation.GoldFolder;
import org.inclusiondata.extract.pipeline.Pipeline;
import org.inclusiondata.extract.testkit.Corpus;
import org.inclusiondata.model.Project;
import org.inclusiondata.model.SourceDocument;
import org.junit.jupiter.api.Test;

/**
 * The production path: bytes decoded, language identified, the Bulgarian extractor chosen through
 * ServiceLoader, and the same projects as calling the extractor directly.
 */
class PipelineTest {

    private static final Pipeline PIPELINE = Pipeline.builder().classLoader(PipelineTest.class.getClassLoader()).build();

    @Test
    void bulgarianPagesAreIdentifiedAsBulgarianAndReadByThisExtractor() {
        GoldFolder dev = GoldFolder.read(Corpus.dev());
        GoldFolder seeds = GoldFolder.read(Corpus.seeds());
        List<Path> pages = new java.util.ArrayList<>();
        seeds.inLanguage("bg").values().forEach(g -> pages.add(seeds.pageOf(g)));
        dev.inLanguage("bg").values().forEach(g -> pages.add(dev.pageOf(g)));
        assertTrue(pages.size() >= 8, pages.toString());
        for (Path page : pages) {
            SourceDocument d = PIPELINE.process(page);
            assertEquals("bg", d.language(), page + ": " + d.diagnostics());
            assertEquals("Cyrl", d.script(), page.toString());
            assertEquals("bg", d.extractor(), page + ": " + d.diagnostics());
        }
    }

    @Test
    void pipelineAndDirectCallAgree() {
        GoldFolder seeds = GoldFolder.read(Corpus.seeds());
        for (SourceDocument g : seeds.inLanguage("bg").values()) {
            SourceDocument viaPipeline = PIPELINE.process(seeds.pageOf(g));
            GoldRun direct = GoldRun.of(seeds, g.document()::equals);
            List<String> a = viaPipeline.projects().stream().map(Project::title).toList();
            List<String> b = direct.predictedFor(g.document()).projects().stream().map(Project::title).toList();
            assertEquals(b, a, g.document());
        }
    }

    @Test
    void theRomanianPageInTheBulgarianSetIsNotReadAsBulgarian() {
        GoldFolder dev = GoldFolder.read(Corpus.dev());
        for (SourceDocument g : dev.documents().values()) {
            if (g.document().startsWith("bg-") && !"bg".equals(g.language())) {
                SourceDocument d = PIPELINE.process(dev.pageOf(g));
                assertTrue(!"bg".equals(d.extractor()) && d.projects().isEmpty(), g.document() + " went to " + d.extractor());
            }
        }
    }
}
