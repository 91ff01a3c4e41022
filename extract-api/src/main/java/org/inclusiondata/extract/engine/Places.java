package org.inclusiondata.extract.engine;

import java.util.List;
import java.util.Optional;
import org.inclusiondata.extract.lexicon.CuePosition;
import org.inclusiondata.extract.lexicon.Lexicon;
import org.inclusiondata.extract.lexicon.PhraseMatch;
import org.inclusiondata.extract.lexicon.Words;
import org.inclusiondata.extract.recognize.Recognized;

/** How a place found in running text relates to the organisations around it. */
final class Places {

    /** Most characters between an organisation's name and its seat ({@code ” – гр. }). */
    private static final int SEAT_GAP = 40;

    private Places() {
    }

    /**
     * {@code община Стралджа}, {@code општина Србобран}: an organisation that opens with a place cue
     * followed by the place, and nothing more, is the local authority of that territory, so the place is where its project acts, unlike a place
     * inside a longer name ({@code Клуб „Отворено общество” Русе}).
     */
    static boolean isTerritory(Words words, Lexicon lex, Recognized<String> org, Recognized<String> place) {
        if (place.end() != org.end()) {
            return false;
        }
        int t = words.indexAtOrAfter(org.start());
        Optional<PhraseMatch<CuePosition>> cue = lex.placeCues().matchAt(words, t);
        return cue.isPresent() && cue.get().value() == CuePosition.BEFORE && cue.get().endToken() < words.size()
                && words.get(cue.get().endToken()).start() == place.start();
    }

    /**
     * {@code „Асоциация Интегро” – гр. Разград}: a place set off by a dash right after an
     * organisation's name (a place cue may stand between) is the organisation's seat, not where the
     * project acts. (After a preposition, {@code iz Kraljeva}, the seat is often where the project
     * acts as well, so it is kept.)
     */
    static boolean isSeat(Words words, Lexicon lex, List<Recognized<String>> orgs, Recognized<String> place) {
        String text = words.text();
        String before = text.substring(Math.max(0, place.start() - SEAT_GAP), place.start());
        if (before.indexOf('–') < 0 && before.indexOf('-') < 0) {
            return false;
        }
        for (Recognized<String> o : orgs) {
            if (o.end() > place.start() || place.start() - o.end() > SEAT_GAP) {
                continue;
            }
            String gap = text.substring(o.end(), place.start()).replace('"', ' ').strip();
            if (gap.startsWith("–") || gap.startsWith("-")) {
                int from = text.indexOf(gap.charAt(0), o.end()) + 1;
                if (text.substring(from, place.start()).isBlank() || placeCueBefore(words, lex, from, place)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean placeCueBefore(Words words, Lexicon lex, int from, Recognized<String> place) {
        Optional<PhraseMatch<CuePosition>> cue = lex.placeCues().matchAt(words, words.indexAtOrAfter(from));
        return cue.isPresent() && cue.get().value() == CuePosition.BEFORE && cue.get().endToken() < words.size()
                && words.get(cue.get().endToken()).start() == place.start();
    }
}
