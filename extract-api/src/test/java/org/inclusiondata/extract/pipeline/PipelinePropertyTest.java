package org.inclusiondata.extract.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.inclusiondata.extract.registry.ExtractorRegistry;
import org.inclusiondata.model.Project;
import org.inclusiondata.model.SourceDocument;
import org.inclusiondata.model.Span;

class PipelinePropertyTest {

    private final Pipeline pipeline = Pipeline.builder()
            .registry(ExtractorRegistry.of(List.of(new PipelineTest.ParagraphExtractor("any", "hu", "bg", "sr", "hr", "sk",
                    "en", "de", "fr", "it", "es", "pl", "cs", "ro", "tr"))))
            .build();

    @Property(tries = 200)
    void neverThrowsOnAnyBytes(@ForAll @Size(max = 2000) byte[] bytes) {
        SourceDocument doc = pipeline.process("x.txt", bytes);
        assertEquals(bytes.length, doc.bytes());
        assertTrue(doc.projects().isEmpty() || !doc.hasErrors() || doc.extractor() != null);
    }

    @Property(tries = 200)
    void spansStayInsideTheTextAndResultsAreDeterministic(@ForAll @StringLength(max = 400) String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        SourceDocument doc = pipeline.process("x.txt", bytes);
        String decoded = new String(bytes, StandardCharsets.UTF_8);
        for (Project p : doc.projects()) {
            for (Span s : p.evidence().values()) {
                assertTrue(s.end() <= decoded.length(), s.toString());
            }
        }
        assertEquals(doc, pipeline.process("x.txt", bytes));
    }
}
