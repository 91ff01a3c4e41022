package org.inclusiondata.extractors.sr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.inclusiondata.extract.spi.Extraction;
import org.inclusiondata.model.Link;
import org.inclusiondata.model.Money;
import org.inclusiondata.model.Organization;
import org.inclusiondata.model.Phrase;
import org.inclusiondata.model.Project;
import org.junit.jupiter.api.Test;

/**
 * The same page in Cyrillic and in its Latin transliteration yields the same records up to script:
 * one lexicon serves both scripts, and nothing in the extraction depends on the alphabet.
 */
class ScriptEquivalenceTest {

    @Test
    void everyCyrillicGoldPageReadsTheSameInLatin() {
        List<GoldPages.Page> cyrillic = new ArrayList<>(GoldPages.seeds());
        cyrillic.addAll(GoldPages.dev());
        cyrillic.removeIf(p -> !"sr".equals(p.language()) || !"Cyrl".equals(p.script()));
        assertFalse(cyrillic.isEmpty());
        SerbianExtractor extractor = new SerbianExtractor();
        for (GoldPages.Page p : cyrillic) {
            String text = p.read();
            String latin = SerbianFolding.toLatin(text);
            Extraction fromCyrillic = extractor.extract(Predictions.source(p.name(), text, "Cyrl"));
            Extraction fromLatin = extractor.extract(Predictions.source(p.name(), latin, "Latn"));
            assertEquals(describe(fromCyrillic, SerbianFolding::toLatin), describe(fromLatin, s -> s), p.name());
        }
    }

    /**
     * Latin pages are often typed without diacritics ("ošišana latinica": č, ć → c, š → s, ž → z,
     * đ → dj); such a page reads like the page with them.
     */
    @Test
    void everyLatinPageReadsTheSameWithoutDiacritics() {
        List<GoldPages.Page> latin = new ArrayList<>(GoldPages.seeds());
        latin.addAll(GoldPages.dev());
        latin.removeIf(p -> !"sr".equals(p.language()) || !"Latn".equals(p.script()));
        assertFalse(latin.isEmpty());
        SerbianExtractor extractor = new SerbianExtractor();
        for (GoldPages.Page p : latin) {
            String text = p.read();
            Extraction full = extractor.extract(Predictions.source(p.name(), text, "Latn"));
            Extraction shaved = extractor.extract(Predictions.source(p.name(), shave(text), "Latn"));
            assertEquals(describe(full, ScriptEquivalenceTest::shave), describe(shaved, s -> s), p.name());
        }
    }

    /** Drops the diacritics of Serbian Latin letters; one letter for one, except đ → dj. */
    static String shave(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case 'č', 'ć' -> out.append('c');
                case 'Č', 'Ć' -> out.append('C');
                case 'š' -> out.append('s');
                case 'Š' -> out.append('S');
                case 'ž' -> out.append('z');
                case 'Ž' -> out.append('Z');
                case 'đ' -> out.append("dj");
                case 'Đ' -> out.append("Dj");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Every value of every record, spans left out (they differ: љ is one letter, lj two). */
    private static List<String> describe(Extraction e, UnaryOperator<String> script) {
        List<String> out = new ArrayList<>();
        for (Project p : e.projects()) {
            out.add("title=" + (p.title() == null ? null : script.apply(p.title())));
            out.add("acronym=" + (p.acronym() == null ? null : script.apply(p.acronym())));
            out.add("start=" + p.start() + " end=" + p.end() + " months=" + p.durationMonths()
                    + " beneficiaries=" + p.beneficiaries());
            for (Organization o : p.organizations()) {
                out.add("organization=" + script.apply(o.name()) + " " + o.role());
            }
            for (Money m : p.funding()) {
                out.add("funding=" + m.amount().toPlainString() + " " + m.currency() + " " + m.kind());
            }
            phrases(out, "programme", p.programmes(), script);
            phrases(out, "location", p.locations(), script);
            phrases(out, "target", p.targetGroups(), script);
            phrases(out, "objective", p.objectives(), script);
            phrases(out, "activity", p.activities(), script);
            phrases(out, "result", p.results(), script);
            for (Link l : p.links()) {
                out.add("link=" + l.url());
            }
        }
        return out;
    }

    private static void phrases(List<String> out, String field, List<Phrase> phrases, UnaryOperator<String> script) {
        for (Phrase ph : phrases) {
            out.add(field + "=" + script.apply(ph.text()));
        }
    }
}
