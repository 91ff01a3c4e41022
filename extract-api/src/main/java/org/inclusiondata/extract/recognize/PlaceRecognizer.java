package org.inclusiondata.extract.recognize;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.inclusiondata.extract.lexicon.CuePosition;
import org.inclusiondata.extract.lexicon.Lexicon;
import org.inclusiondata.extract.lexicon.PhraseMatch;
import org.inclusiondata.extract.lexicon.Token;
import org.inclusiondata.extract.lexicon.Words;

/**
 * Finds places: gazetteer names ({@code places.txt}, matched with the language's endings, so
 * {@code Marosszentgyörgyön} and {@code domaszéki} are found from their base forms), and
 * capitalised names next to a place cue ({@code община Кубрат}; {@code Maros, Hargita és
 * Kovászna megyékben}, where the cue after a list covers every item of it). The value is the
 * text as written.
 */
public final class PlaceRecognizer {

    private final Lexicon lexicon;

    public PlaceRecognizer(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    public List<Recognized<String>> find(Words words, int fromToken, int toToken) {
        java.util.NavigableMap<Integer, Recognized<String>> out = new java.util.TreeMap<>();
        int limit = Math.min(toToken, words.size());
        for (PhraseMatch<CuePosition> cue : lexicon.placeCues().findAll(words, fromToken, limit)) {
            if (cue.value() == CuePosition.BEFORE) {
                int k = cue.endToken();
                while (k < limit && words.joined(k - 1) || k < limit && k > cue.endToken() && listGap(words, k - 1)) {
                    int e = nameEnd(words, k, limit);
                    if (e == k) {
                        break;
                    }
                    add(out, words, k, e);
                    k = e;
                    if (k < limit && lexicon.conjunctions().matchAt(words, k).isPresent() && words.joined(k - 1)) {
                        k++;
                    } else if (!(k < limit && listGap(words, k - 1))) {
                        break;
                    }
                }
            } else {
                int k = cue.firstToken() - 1;
                while (k >= fromToken && words.joined(k)) {
                    int s = nameStart(words, k, fromToken);
                    if (s > k) {
                        break;
                    }
                    add(out, words, s, k + 1);
                    k = s - 1;
                    if (k >= fromToken && lexicon.conjunctions().matchAt(words, k).isPresent()) {
                        k--;
                    } else if (!(k >= fromToken && listGap(words, k))) {
                        break;
                    }
                }
            }
        }
        for (PhraseMatch<Boolean> m : lexicon.places().findAll(words, fromToken, limit)) {
            Token first = words.get(m.firstToken());
            // Lower case means a common word or an adjective ("szegedi"), too often not a project place.
            if (first.isCapitalized()) {
                add(out, words, m.firstToken(), m.endToken());
            }
        }
        return new ArrayList<>(out.values());
    }

    /** Tokens {@code k} and {@code k + 1} are separated by a comma only, as in a list. */
    private static boolean listGap(Words words, int k) {
        if (k < 0 || k + 1 >= words.size()) {
            return false;
        }
        String gap = words.text().substring(words.get(k).end(), words.get(k + 1).start()).strip();
        return gap.equals(",");
    }

    private int nameEnd(Words words, int k, int limit) {
        int e = k;
        while (e < limit && words.get(e).isCapitalized() && (e == k || words.joined(e - 1)) && e - k < 4) {
            e++;
        }
        return e;
    }

    private int nameStart(Words words, int k, int from) {
        int s = k + 1;
        while (s - 1 >= from && words.get(s - 1).isCapitalized() && (s == k + 1 || words.joined(s - 1)) && k + 1 - s < 4) {
            s--;
        }
        return s;
    }

    private void add(java.util.NavigableMap<Integer, Recognized<String>> out, Words words, int from, int to) {
        if (to <= from || (to - from == 1 && (words.get(from).raw().length() < 3
                || lexicon.articles().matchAt(words, from).isPresent() || lexicon.conjunctions().matchAt(words, from).isPresent()))) {
            return;
        }
        int s = words.get(from).start();
        int e = words.get(to - 1).end();
        // Names found so far do not overlap, so only the one starting at or before s can contain it.
        var before = out.floorEntry(s);
        if (before != null && before.getValue().end() >= e) {
            return;
        }
        out.subMap(s, true, e, false).values().removeIf(r -> r.end() <= e);
        out.put(s, new Recognized<>(words.text().substring(s, e), s, e));
    }

    /** Whether the words at {@code [from, to)} form a gazetteer name. */
    public boolean isPlace(Words words, int from, int to) {
        Optional<PhraseMatch<Boolean>> m = lexicon.places().matchAt(words, from);
        return m.isPresent() && m.get().endToken() == to;
    }
}
