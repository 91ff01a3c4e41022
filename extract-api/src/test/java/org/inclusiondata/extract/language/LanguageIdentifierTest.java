package org.inclusiondata.extract.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.inclusiondata.extract.text.Normalizer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class LanguageIdentifierTest {

    private static final Pattern GOLD_LANGUAGE = Pattern.compile("\"language\"\\s*:\\s*\"([a-z]+)\"");
    private static final Pattern GOLD_SCRIPT = Pattern.compile("\"script\"\\s*:\\s*\"([A-Za-z]+)\"");

    private final LanguageIdentifier identifier = new LanguageIdentifier();

    /** Every seed page and every dev page: the gold file's language and script, from the text alone. */
    @TestFactory
    Stream<DynamicTest> agreesWithEveryGoldFile() throws IOException {
        List<Path> pages = new ArrayList<>();
        for (Path dir : List.of(repositoryRoot().resolve("seeds/src/main/seeds"), sharedDir().resolve("corpus/dev"))) {
            try (Stream<Path> files = Files.list(dir)) {
                files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().forEach(pages::add);
            }
        }
        assertTrue(pages.size() >= 26, "expected the 5 seeds and 21 dev pages, found " + pages.size());
        return pages.stream().map(page -> DynamicTest.dynamicTest(page.getFileName().toString(), () -> {
            String gold = Files.readString(Paths.get(page.toString().replaceFirst("\\.txt$", ".gold.json")));
            String text = Normalizer.normalize("x", Files.readString(page, StandardCharsets.UTF_8)).text();
            // An anonymous name, so that nothing can depend on the file name.
            Identification id = identifier.identify("page.txt", text);
            assertEquals(field(GOLD_LANGUAGE, gold), id.language(), id.diagnostics().toString());
            assertEquals(field(GOLD_SCRIPT, gold), id.script());
            assertNotNull(id.confidence());
        }));
    }

    /** A page many times as long (a listing page) is sampled, and still reads as the page does. */
    @TestFactory
    Stream<DynamicTest> aLongPageIsIdentifiedFromItsSampleLikeThePage() throws IOException {
        List<Path> pages = new ArrayList<>();
        for (Path dir : List.of(repositoryRoot().resolve("seeds/src/main/seeds"), sharedDir().resolve("corpus/dev"))) {
            try (Stream<Path> files = Files.list(dir)) {
                files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().forEach(pages::add);
            }
        }
        return pages.stream().map(page -> DynamicTest.dynamicTest(page.getFileName().toString(), () -> {
            String text = Normalizer.normalize("x", Files.readString(page, StandardCharsets.UTF_8)).text();
            Identification one = identifier.identify("page.txt", text);
            Identification many = identifier.identify("page.txt", (text + "\n\n").repeat(25));
            assertEquals(one.language(), many.language(), many.diagnostics().toString());
            assertEquals(one.script(), many.script());
        }));
    }

    @Test
    void theSampleOfALongTextIsBoundedAndReachesFromItsStartToItsEnd() {
        StringBuilder b = new StringBuilder("first ");
        for (int i = 0; b.length() < 100_000; i++) {
            b.append("word").append(i).append(' ');
        }
        String text = b.append("last").toString();
        String sample = LanguageIdentifier.sample(text);
        assertTrue(sample.length() <= LanguageIdentifier.SAMPLE_CHARS + 4, sample.length() + " characters");
        assertTrue(sample.startsWith("first "), sample);
        assertTrue(sample.strip().endsWith(" last"), sample);
        for (String word : sample.strip().split("\\s+")) {
            assertTrue(word.equals("first") || word.equals("last") || word.matches("word\\d+"), "a split word: " + word);
        }
        String shortText = "Egy rövid szöveg a roma közösségekről.";
        assertEquals(shortText, LanguageIdentifier.sample(shortText), "a short text is read whole");
    }

    @Test
    void serbianLatinIsNotReadAsBosnianAndSaysWhy() {
        String text = "Opština Kragujevac je u saradnji sa Ministarstvom sprovela projekat za romsku decu. "
                + "Vrednost projekta je 2 miliona dinara, a realizovan je tokom 2019. godine u deset mesta.";
        Identification id = identifier.identify("p.txt", text);
        assertEquals("sr", id.language());
        assertEquals("Latn", id.script());
        // The model's Serbian is Cyrillic, so it prefers Bosnian here; the warning shows both and why.
        assertTrue(id.diagnostics().stream().anyMatch(d -> d.code().equals("language.resolved")
                && d.message().contains("bs (0.") && d.message().contains("sr (0.") && d.message().contains("opština")),
                id.diagnostics().toString());
    }

    @Test
    void croatianVocabularyWins() {
        String text = "Ravnatelj Ureda potpisao je ugovor o provedbi projekta tijekom siječnja. Vrijednost projekta je "
                + "tisuću kuna, a korisnici su djeca iz općine.";
        Identification id = identifier.identify("p.txt", text);
        assertEquals("hr", id.language(), id.diagnostics().toString());
    }

    @Test
    void tiedMarkersGiveAWarningAndThePreferredLanguage() {
        // Neutral words only: nothing tells Serbian, Croatian and Bosnian apart.
        String text = "Projekat za Rome i romske porodice u lokalnoj zajednici, obrazovanje i zapošljavanje mladih.";
        Identification plain = identifier.identify("p.txt", text);
        assertTrue(plain.diagnostics().stream().anyMatch(d -> d.code().equals("language.uncertain")
                && d.message().contains("(0.") && d.message().contains(" then ")), plain.diagnostics().toString());
        assertTrue(plain.alternatives().contains("sr") || plain.language().equals("sr"), plain.toString());
        Identification preferred = new LanguageIdentifier(LanguageOptions.defaults()
                .withPreferWhenUncertain(plain.language(), "sr")).identify("p.txt", text);
        assertEquals("sr", preferred.language());
    }

    @Test
    void forcedLanguageWinsAndIsReported() {
        LanguageIdentifier forced = new LanguageIdentifier(LanguageOptions.defaults().withForced("odd.txt", "sr"));
        Identification id = forced.identify("odd.txt", "Ez egy magyar nyelvű szöveg a roma közösségekről.");
        assertEquals("sr", id.language());
        assertTrue(id.diagnostics().get(0).message().contains("hu ("), id.diagnostics().toString());
        assertEquals("hu", forced.identify("other.txt", "Ez egy magyar nyelvű szöveg a roma közösségekről.").language());
        assertEquals("sr", forced.identify("pages/odd.txt", "Ez egy magyar nyelvű szöveg a roma közösségekről.").language(),
                "a bare file name also matches the file in a folder");
    }

    @Test
    void serbianCyrillicLettersOverruleMacedonianOrBulgarian() {
        // Ђ and ћ exist only in the Serbian alphabet.
        String text = "Ђурђевдан је празник. Ћерка и ђаци су дошли у Ниш. Ђорђе и Ћирило ће говорити.";
        Identification id = identifier.identify("p.txt", text);
        assertEquals("sr", id.language(), id.diagnostics().toString());
        assertEquals("Cyrl", id.script());
    }

    @Test
    void textWithoutLettersHasNoLanguage() {
        Identification id = identifier.identify("n.txt", "2019 – 2021 ... 12 345,00");
        assertNull(id.language());
        assertNull(id.script());
        assertEquals("language.no-letters", id.diagnostics().get(0).code());
    }

    @Test
    void iso639ThreeLetterCodesMapToTwoLetterOnes() {
        assertEquals("sr", LanguageCodes.toAlpha2("srp"));
        assertEquals("hr", LanguageCodes.toAlpha2("hrv"));
        assertEquals("bs", LanguageCodes.toAlpha2("bos"));
        assertEquals("hu", LanguageCodes.toAlpha2("hun"));
        assertEquals("ro", LanguageCodes.toAlpha2("ron"));
        assertEquals("sk", LanguageCodes.toAlpha2("slk"));
        assertEquals("cmn", LanguageCodes.toAlpha2("cmn"), "no two-letter code: kept as is");
    }

    @Test
    void scriptCodesAreIso15924() {
        assertEquals("Latn", ScriptDetector.dominantScript("Roma – 2020"));
        assertEquals("Cyrl", ScriptDetector.dominantScript("Роми (Rom)"));
        assertEquals("Grek", ScriptDetector.dominantScript("Ρομά"));
        assertEquals("Bali", ScriptDetector.code(Character.UnicodeScript.BALINESE));
        for (Character.UnicodeScript s : Character.UnicodeScript.values()) {
            String code = ScriptDetector.code(s);
            if (!code.equals(ScriptDetector.UNKNOWN)) {
                assertEquals(s, Character.UnicodeScript.forName(code), code);
            }
        }
    }

    private static String field(Pattern p, String json) {
        Matcher m = p.matcher(json);
        assertTrue(m.find(), "no " + p + " in gold file");
        return m.group(1);
    }

    static Path repositoryRoot() {
        for (Path p = Paths.get("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("seeds/src/main/seeds"))) {
                return p;
            }
        }
        throw new IllegalStateException("run the tests inside the repository: no seeds/src/main/seeds above "
                + Paths.get("").toAbsolutePath());
    }

    static Path sharedDir() {
        String configured = System.getProperty("inclusiondata.shared.dir");
        if (configured != null && Files.isDirectory(Paths.get(configured, "corpus"))) {
            return Paths.get(configured);
        }
        return repositoryRoot().resolve("../shared").normalize();
    }
}
