package org.inclusiondata.extractors.sr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.inclusiondata.extract.spi.Extraction;
import org.inclusiondata.extract.text.Normalizer;
import org.inclusiondata.extract.text.SourceText;
import org.inclusiondata.model.Project;
import org.inclusiondata.model.Span;

/** The extractor never throws, is deterministic and keeps every span inside the page, in both scripts. */
class SerbianExtractorPropertiesTest {

    private static final SerbianExtractor EXTRACTOR = new SerbianExtractor();

    @Property(tries = 200)
    void anyTextIsReadWithoutErrorDeterministicallyAndInsideThePage(@ForAll("serbianishPages") String page) {
        for (String text : List.of(page, SerbianFolding.toLatin(page))) {
            SourceText source = Normalizer.normalize("p.txt", text, "sr", null);
            Extraction first = EXTRACTOR.extract(source);
            Extraction second = EXTRACTOR.extract(Normalizer.normalize("p.txt", text, "sr", null));
            assertEquals(first, second);
            assertTrue(first.diagnostics().stream().noneMatch(d -> d.code().equals("extract.internal")), first.diagnostics().toString());
            for (Project p : first.projects()) {
                for (Span s : spans(p)) {
                    assertTrue(s.start() >= 0 && s.end() <= text.length() && s.start() <= s.end(), s + " outside " + text.length());
                    assertEquals(SerbianExtractor.ID, s.extractor());
                }
            }
        }
    }

    @Property(tries = 100)
    void arbitraryUnicodeNeverBreaksTheExtractor(@ForAll String text) {
        Extraction e = EXTRACTOR.extract(Normalizer.normalize("any.txt", text, "sr", null));
        assertTrue(e.diagnostics().stream().noneMatch(d -> d.code().equals("extract.internal")), e.diagnostics().toString());
    }

    private static List<Span> spans(Project p) {
        List<Span> out = new ArrayList<>(p.evidence().values());
        p.organizations().forEach(o -> out.add(o.span()));
        p.funding().forEach(m -> out.add(m.span()));
        for (var list : List.of(p.programmes(), p.locations(), p.targetGroups(), p.objectives(), p.activities(), p.results())) {
            list.forEach(ph -> out.add(ph.span()));
        }
        p.links().forEach(l -> out.add(l.span()));
        out.removeIf(java.util.Objects::isNull);
        return out;
    }

    /** Lines built from Serbian cue words, names, numbers, quotes and punctuation, in random order. */
    @Provide
    Arbitrary<String> serbianishPages() {
        Arbitrary<String> word = Arbitraries.of("Пројекат", "пројекта", "„", "“", ",,", "”", "Носилац", "пројекта:", "Партнери:",
                "општина", "Крагујевцу", "Оџацима", "Нови", "Саду", "1.", "маја", "2017.", "до", "30.", "априла", "2020",
                "1,8", "милиона", "динара", "€", "2.681.290", "RSD", "din.", "18", "месеци", "трогодишњи", "Циљ", "је",
                "Активности", "•", "1)", "(", ")", ";", ":", "–", "-", "уз", "подршку", "Министарство", "за", "људска",
                "права", "у", "сарадњи", "са", "Центром", "социјални", "рад", "https://primer.rs/projekat", "\n", "\n\n",
                "ROMACTED", "УНДП", "Ђ", "џ", "љ", "ǉ", "Y", "0A", "12:30");
        return word.list().ofMinSize(0).ofMaxSize(80).map(ws -> String.join(" ", ws));
    }
}
