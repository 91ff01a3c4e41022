package org.inclusiondata.extract.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Locale;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.inclusiondata.extract.testkit.Corpus;

/**
 * Phrase tables compare word numbers when the words were cut by their own lexicon, and strings
 * otherwise. On text made of the lexicons' own phrases (as written, capitalised, with endings)
 * mixed with other words and with the punctuation that keeps or breaks a phrase, both ways must
 * find exactly the same phrases, for every table of the mixed test lexicon and of the Hungarian,
 * Bulgarian and Serbian lexicon files.
 */
class NumberedMatchingPropertyTest {

    private static final List<Lexicon> LEXICONS = List.of(TestLexicons.mixed(), language("hu"), language("bg"), language("sr"));

    private static Lexicon language(String code) {
        Path dir = Corpus.repositoryRoot().resolve("extractors-" + code + "/src/main/resources/org/inclusiondata/extractors/"
                + code + "/lexicon");
        return LexiconLoader.load(code, name -> open(dir.resolve(name)));
    }

    private static InputStream open(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.newInputStream(file) : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Property(tries = 400)
    void numberedLookupsFindWhatStringLookupsFind(@ForAll("lexicon") int which, @ForAll("pieces") List<Integer> picks) {
        Lexicon lex = LEXICONS.get(which);
        List<String> pieces = PIECES.get(which);
        String text = picks.stream().map(p -> pieces.get(p % pieces.size())).collect(Collectors.joining());
        Words numbered = lex.words(text);
        Words plain = lex.wordsByString(text);
        assertEquals(plain.tokens(), numbered.tokens());
        int n = numbered.size();
        for (int i = 0; i < n; i++) {
            Token t = numbered.get(i);
            List<String> stems = t.isNumber() ? List.of(t.folded()) : lex.inflection().stems(t.folded());
            assertEquals(stems, numbered.stems(i), text);
            assertEquals(stems, plain.stems(i), text);
        }
        for (PhraseTable<?> table : lex.tables()) {
            for (int i = -1; i <= n; i++) {
                assertEquals(table.matchAt(plain, i), table.matchAt(numbered, i), text);
                assertEquals(table.findAll(plain, i, n), table.findAll(numbered, i, n), text);
                assertEquals(table.findAll(plain, 0, i), table.findAll(numbered, 0, i), text);
                assertEquals(table.occursIn(plain, i, n), table.occursIn(numbered, i, n), text);
                assertEquals(table.occursIn(plain, i, i + 3), table.occursIn(numbered, i, i + 3), text);
                if (i >= 0 && i < n) {
                    assertEquals(tailOf(lex, table, plain, i), table.tailOf(plain, i), text);
                    assertEquals(table.tailOf(plain, i), table.tailOf(numbered, i), text);
                }
            }
        }
    }

    /** The reference for {@link PhraseTable#tailOf}: the first tail of four letters or more that is a one-word phrase. */
    private static Optional<Object> tailOf(Lexicon lex, PhraseTable<?> table, Words words, int i) {
        Map<String, Object> singles = SINGLES.computeIfAbsent(table, t -> singles(lex, t));
        int longest = singles.keySet().stream().mapToInt(String::length).max().orElse(0);
        for (String stem : words.stems(i)) {
            if (stem.length() < 4 || singles.keySet().stream().noneMatch(w -> w.length() >= 4
                    && w.endsWith(stem.substring(stem.length() - 4)))) {
                continue;
            }
            for (int k = Math.max(0, stem.length() - longest); k + 4 <= stem.length(); k++) {
                Object v = singles.get(stem.substring(k));
                if (v != null) {
                    return Optional.of(v);
                }
            }
        }
        return Optional.empty();
    }

    private static final Map<PhraseTable<?>, Map<String, Object>> SINGLES = new java.util.IdentityHashMap<>();

    /** The one-word phrases of a table by folded word, with the value listed first for each. */
    private static Map<String, Object> singles(Lexicon lex, PhraseTable<?> table) {
        Map<String, Object> singles = new HashMap<>();
        table.phrases().forEach(p -> {
            List<Token> toks = Tokens.of(p, lex.folding());
            if (toks.size() == 1) {
                // The value listed first for the word, which is what the longest match on the phrase alone finds.
                singles.putIfAbsent(toks.get(0).folded(), table.matchAt(lex.wordsByString(p), 0).orElseThrow().value());
            }
        });
        return singles;
    }

    @Provide
    Arbitrary<Integer> lexicon() {
        return Arbitraries.integers().between(0, LEXICONS.size() - 1);
    }

    @Provide
    Arbitrary<List<Integer>> pieces() {
        return Arbitraries.integers().between(0, Integer.MAX_VALUE - 1).list().ofMinSize(0).ofMaxSize(60);
    }

    private static final List<String> SEPARATORS = List.of(" ", " ", " ", "  ", ", ", ". ", ".", "\n", ": ", " - ", " (", ") ",
            "; ", "'", "\u2019", " „", "“ ", "! ");
    private static final List<String> OTHER_WORDS = List.of("lorem", "Ipsum", "a", "és", "и", "i", "2019", "12", "€", "ban",
            "ном", "Projekt", "x", "Tudományegyetem", "Фондацията", "opštine", "ОПШТИНЕ", "dž", "Ђорђе", "ПРОЕКТ", "egyesületnek");

    /** Per lexicon: its phrases as written, capitalised, in capitals and with endings, other words and separators. */
    private static final List<List<String>> PIECES = LEXICONS.stream().map(NumberedMatchingPropertyTest::pieces).toList();

    private static List<String> pieces(Lexicon lex) {
        List<String> phrases = lex.tables().stream().flatMap(PhraseTable::phrases).distinct().sorted().toList();
        List<String> endings = List.of("", "ban", "a", "ът", "та", "u", "om", "ima", "nak", "i");
        List<String> out = new ArrayList<>();
        for (int k = 0; k < phrases.size(); k++) {
            String p = phrases.get(k);
            out.add(p);
            out.add(p.isEmpty() ? p : p.substring(0, 1).toUpperCase(Locale.ROOT) + p.substring(1));
            out.add(p.toUpperCase(Locale.ROOT));
            out.add(p + endings.get(k % endings.size()));
            // The phrase's last word alone, which a compound or another phrase may end with.
            String[] ws = p.split(" ");
            out.add("Nagy" + ws[ws.length - 1]);
        }
        // As many separators and other words as phrases, so that phrases meet each other and the rest.
        for (int k = 0; k < phrases.size(); k++) {
            out.add(SEPARATORS.get(k % SEPARATORS.size()));
            out.add(SEPARATORS.get((k * 7 + 3) % SEPARATORS.size()));
            out.add(OTHER_WORDS.get(k % OTHER_WORDS.size()));
        }
        return List.copyOf(out);
    }
}
