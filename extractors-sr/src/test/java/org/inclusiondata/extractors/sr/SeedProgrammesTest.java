package org.inclusiondata.extractors.sr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.inclusiondata.extract.evaluation.GoldFolder;
import org.inclusiondata.extract.evaluation.PhraseSimilarity;
import org.inclusiondata.model.Project;
import org.inclusiondata.model.SourceDocument;
import org.inclusiondata.model.Span;
import org.junit.jupiter.api.Test;

/**
 * The Serbian seed describes two programmes. Both come out, in the page's order, each with its
 * own organisations, places, objectives and activities: every value of the first is read before
 * the second's title, every value of the second after it, and no organisation, objective or
 * activity of one is a value the gold file gives only to the other.
 */
class SeedProgrammesTest {

    private static final double SAME_NAME = 0.6;
    private static final double SAME_PHRASE = 0.5;

    private record Value(String text, Span span) {
    }

    private static Map<String, Function<Project, List<Value>>> fields() {
        Map<String, Function<Project, List<Value>>> m = new LinkedHashMap<>();
        m.put("organizations", p -> p.organizations().stream().map(o -> new Value(o.name(), o.span())).toList());
        m.put("locations", p -> p.locations().stream().map(l -> new Value(l.text(), l.span())).toList());
        m.put("objectives", p -> p.objectives().stream().map(o -> new Value(o.text(), o.span())).toList());
        m.put("activities", p -> p.activities().stream().map(a -> new Value(a.text(), a.span())).toList());
        return m;
    }

    @Test
    void bothProgrammesComeOutAndNothingBleedsFromOneIntoTheOther() {
        GoldPages.Page seed = GoldPages.seeds().get(0);
        SourceDocument gold = GoldFolder.read(seed.gold().getParent()).documents().get(seed.gold().getFileName().toString());
        SourceDocument read = Predictions.process(List.of(seed)).get(seed.name());
        assertEquals(2, gold.projects().size(), "the seed's gold file");
        assertEquals(2, read.projects().size(), "projects read from " + seed.name() + ": " + read.projects());
        int border = read.projects().get(1).evidenceOf("title").orElseThrow().start();
        List<String> bled = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Project own = gold.projects().get(i);
            Project other = gold.projects().get(1 - i);
            Project got = read.projects().get(i);
            assertTrue(PhraseSimilarity.similarity(got.title(), own.title()) >= 0.7, got.title() + " is not " + own.title());
            for (var f : fields().entrySet()) {
                for (Value v : f.getValue().apply(got)) {
                    assertTrue(v.span() != null, f.getKey() + " " + v.text() + " has no span");
                    if ((i == 0) != (v.span().end() <= border)) {
                        bled.add(got.title() + " / " + f.getKey() + " read on the other side of the second title: " + v.text());
                    }
                    if (f.getKey().equals("locations")) {
                        // Places are shared by both programmes (the same towns take part in both).
                        continue;
                    }
                    double least = f.getKey().equals("organizations") ? SAME_NAME : SAME_PHRASE;
                    boolean mine = f.getValue().apply(own).stream().anyMatch(g -> PhraseSimilarity.similarity(v.text(), g.text()) >= least);
                    boolean theirs = f.getValue().apply(other).stream().anyMatch(g -> PhraseSimilarity.similarity(v.text(), g.text()) >= least);
                    if (theirs && !mine) {
                        bled.add(got.title() + " / " + f.getKey() + ": " + v.text());
                    }
                }
            }
        }
        assertEquals(List.of(), bled);
    }
}
