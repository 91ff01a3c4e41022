package org.inclusiondata.extract.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.inclusiondata.extract.testkit.Corpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Compares tokens, token equality and similarity with score.py's own functions on thousands of
 * random phrases drawn from an alphabet of awkward characters (one python3 run for all of them).
 */
class PythonTokenisationAgreementTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    /** Letters, digits and marks where Python and a naive Java port part ways. */
    private static final String[] PIECES = {
        "a", "é", "e\u0301", "ß", "ẞ", "İ", "ı", "Σ", "ς", "σ", "ﬁ", "ﬀ", "²", "①", "½", "Ⅻ", "٣", "7", "_", "‿", "-", " ",
        "\u00a0", "\u2007", "\u200b", "\t", "\n", "\u0308", "\u0323", "ि", "्", "न", "म", "Ꭰ", "ꭰ", "𐐀", "𐐨", "𝐑", "ﾛ", "ﾞ",
        "Ｒ", "ĳ", "ǅ", "ŉ", "ΐ", "К", "ј", "ћ", "ő", "ű", "Ǆ", "ǆ", "’", "'", ".", ",", "😀", "\u200d", "ㄱ", "ᄀ", "一", "ʼ",
        "ä", "a\u0308", "rom", "roma", "romák", "megye", "megyékben", "крагујевац", "крагујевцу", "2015", "20l5"
    };

    @Test
    void tokensAndSimilarityMatchPython(@TempDir Path dir) throws IOException {
        Path script = ScorePy.require();
        Random rnd = new Random(7);
        List<String> phrases = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            StringBuilder b = new StringBuilder();
            int n = 1 + rnd.nextInt(12);
            for (int k = 0; k < n; k++) {
                b.append(PIECES[rnd.nextInt(PIECES.length)]);
            }
            phrases.add(b.toString());
        }
        Path input = dir.resolve("phrases.json");
        MAPPER.writeValue(input.toFile(), phrases);
        Path program = dir.resolve("tokens.py");
        Files.writeString(program, String.join("\n",
                "import importlib.util, json, sys",
                "spec = importlib.util.spec_from_file_location('score', sys.argv[1])",
                "score = importlib.util.module_from_spec(spec); spec.loader.exec_module(score)",
                "ps = json.load(open(sys.argv[2], encoding='utf-8'))",
                "out = [{'tokens': score.tokens(p), 'sim': score.sim(p, ps[(i * 7 + 3) % len(ps)]),",
                "        'eq': [score.tok_eq(a, b) for a in score.tokens(p) for b in score.tokens(ps[(i + 1) % len(ps)])]}",
                "       for i, p in enumerate(ps)]",
                "sys.stdout.write(json.dumps(out))", ""));
        String json = ScorePy.runPython(program, script.toString(), input.toString());
        JsonNode py = MAPPER.readTree(json);
        for (int i = 0; i < phrases.size(); i++) {
            String p = phrases.get(i);
            JsonNode expected = py.get(i);
            List<String> tokens = PhraseSimilarity.tokens(p);
            List<String> pyTokens = new ArrayList<>();
            expected.get("tokens").forEach(t -> pyTokens.add(t.asString()));
            String shown = MAPPER.writeValueAsString(Map.of("phrase", p));
            assertEquals(pyTokens, tokens, "tokens of " + shown);
            String other = phrases.get((i * 7 + 3) % phrases.size());
            assertEquals(expected.get("sim").asDouble(), PhraseSimilarity.similarity(p, other), 0.0,
                    "similarity of " + shown + " and " + other);
            List<Boolean> eq = new ArrayList<>();
            for (String a : tokens) {
                for (String b : PhraseSimilarity.tokens(phrases.get((i + 1) % phrases.size()))) {
                    eq.add(PhraseSimilarity.tokensEqual(a, b));
                }
            }
            List<Boolean> pyEq = new ArrayList<>();
            expected.get("eq").forEach(e -> pyEq.add(e.asBoolean()));
            assertEquals(pyEq, eq, "token equality for " + shown);
        }
    }
}
