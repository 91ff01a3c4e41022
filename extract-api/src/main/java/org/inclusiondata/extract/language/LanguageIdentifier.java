package org.inclusiondata.extract.language;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorModel;
import org.inclusiondata.extract.language.Identification.Candidate;
import org.inclusiondata.model.Diagnostic;

/**
 * Identifies the language and script of a page: Apache OpenNLP's language detector (model
 * {@code langdetect-183.bin} from {@code opennlp-models-langdetect}, loaded and compiled once on first
 * use, see {@link CompiledLanguageDetector}),
 * then two guards for the confusions that matter here. Serbian, Croatian and Bosnian in Latin
 * script are told apart by a marker lexicon (ekavian against ijekavian forms, national vocabulary),
 * and Cyrillic Bulgarian, Serbian, Macedonian, Russian, Ukrainian and Belarusian by their alphabets.
 * Overridden or uncertain decisions give a warning naming the candidates and confidences.
 * Immutable and thread-safe.
 */
public final class LanguageIdentifier {

    /** The class-path resource of the OpenNLP language detection model. */
    public static final String MODEL_RESOURCE = "langdetect-183.bin";

    /**
     * The detector reads character n-grams of up to three letters: past a couple of thousand
     * characters more text adds time (it was most of the cost of a page), not accuracy. Longer pages
     * are sampled, see {@link #sample(String)}.
     */
    static final int SAMPLE_CHARS = 1_000;

    /** Windows the sample of a long page is made of, spread evenly from its start to its end. */
    private static final int SAMPLE_WINDOWS = 4;

    /** With fewer letters than this the detector's answer is a guess. */
    private static final int MIN_LETTERS = 20;

    private static final Object LOCK = new Object();
    private static volatile CompiledLanguageDetector detector;

    private static final MarkerLexicon LATIN_BCMS = MarkerLexicon.load("latin-bcms-markers.txt");
    private static final CyrillicAlphabets CYRILLIC = CyrillicAlphabets.load("cyrillic-alphabets.txt");

    private final LanguageOptions options;

    public LanguageIdentifier() {
        this(LanguageOptions.defaults());
    }

    public LanguageIdentifier(LanguageOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    public LanguageOptions options() {
        return options;
    }

    /** The language and script of {@code text}; {@code file} names the page in diagnostics and forced choices. */
    public Identification identify(String file, String text) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(text, "text");
        List<Diagnostic> diagnostics = new ArrayList<>();
        Map<Character.UnicodeScript, Integer> letterCounts = ScriptDetector.letterCounts(text);
        String script = ScriptDetector.dominantScript(letterCounts);
        String forced = forcedLanguage(file);
        if (script == null && forced == null) {
            diagnostics.add(Diagnostic.warning("language.no-letters", file, 1, 1,
                    "the text has no letters, so its language cannot be identified; check that the file holds the page text"));
            return new Identification(null, null, null, List.of(), List.of(), diagnostics);
        }
        List<Candidate> ranked;
        try {
            ranked = detect(text);
        } catch (RuntimeException e) {
            diagnostics.add(Diagnostic.error("language.detector-failed", file, 1, 1,
                    "the language detector failed: " + e.getMessage() + "; check that "
                            + "org.apache.opennlp:opennlp-models-langdetect is on the class path, or force the "
                            + "language of this file"));
            return new Identification(forced, null, script, List.of(), List.of(), diagnostics);
        }
        List<Candidate> top = ranked.subList(0, Math.min(5, ranked.size()));
        if (forced != null) {
            Candidate best = ranked.get(0);
            diagnostics.add(Diagnostic.info("language.forced", file, 1, 1,
                    "language set to " + forced + " by configuration (the detector found " + best + ")"));
            return new Identification(forced, confidenceOf(ranked, forced), script, top, List.of(), diagnostics);
        }
        Candidate best = ranked.get(0);
        String language = best.language();
        double confidence = best.confidence();
        boolean uncertain = false;
        List<String> alternatives = List.of();
        Decision decision = null;

        if ("Latn".equals(script) && concernsGroup(ranked, LATIN_BCMS.languages())) {
            decision = resolveLatinNeighbours(file, text, ranked);
        } else if ("Cyrl".equals(script) && CYRILLIC.languages().contains(language)) {
            decision = resolveCyrillic(file, text, ranked);
        }
        if (decision != null) {
            language = decision.language;
            confidence = decision.confidence;
            uncertain = decision.uncertain;
            alternatives = decision.alternatives;
            if (decision.diagnostic != null) {
                diagnostics.add(decision.diagnostic);
            }
        } else if (confidence < options.minConfidence()) {
            uncertain = true;
            diagnostics.add(Diagnostic.warning("language.uncertain", file, 1, 1,
                    "the language is uncertain: the detector's best guesses are " + describe(top, 3)
                            + "; force the language of this file if the guess is wrong"));
        }
        int letters = letterCounts.values().stream().mapToInt(Integer::intValue).sum();
        if (letters < MIN_LETTERS && !uncertain) {
            uncertain = true;
            diagnostics.add(Diagnostic.warning("language.uncertain", file, 1, 1,
                    "the text has only " + letters + " letters, too few to be sure of its language (guessed "
                            + language + "); force the language of this file if the guess is wrong"));
        }
        String preferred = options.preferWhenUncertain().get(language);
        if (uncertain && preferred != null && !preferred.equals(language)) {
            diagnostics.add(Diagnostic.info("language.preferred", file, 1, 1,
                    "reading the uncertain language " + language + " as " + preferred + ", as configured"));
            alternatives = List.of();
            language = preferred;
            confidence = confidenceOf(ranked, preferred) == null ? confidence : confidenceOf(ranked, preferred);
        }
        return new Identification(language, confidence, script, top, alternatives, diagnostics);
    }

    /** The configured language of {@code file}, by its full name or else by its last path segment. */
    private String forcedLanguage(String file) {
        String forced = options.forced().get(file);
        if (forced == null) {
            int slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
            forced = slash >= 0 ? options.forced().get(file.substring(slash + 1)) : null;
        }
        return forced;
    }

    /** The detector's languages as ISO 639-1 codes, best first. */
    private static List<Candidate> detect(String text) {
        Language[] languages = detector().predictLanguages(sample(text));
        List<Candidate> ranked = new ArrayList<>(languages.length);
        for (Language l : languages) {
            ranked.add(new Candidate(LanguageCodes.toAlpha2(l.getLang()), l.getConfidence()));
        }
        if (ranked.isEmpty()) {
            throw new IllegalStateException("the detector returned no language");
        }
        return ranked;
    }

    /**
     * The text the detector reads: the whole text up to {@link #SAMPLE_CHARS}; of a longer one,
     * {@link #SAMPLE_WINDOWS} windows spread evenly from start to end, each cut at spaces so that no
     * word is split, so that a long page's navigation, boilerplate or quoted foreign passage at the top
     * does not decide alone. The marker lexicon and the alphabet checks still read the whole text.
     */
    static String sample(String text) {
        int length = text.length();
        if (length <= SAMPLE_CHARS) {
            return text;
        }
        int window = SAMPLE_CHARS / SAMPLE_WINDOWS;
        StringBuilder b = new StringBuilder(SAMPLE_CHARS + SAMPLE_WINDOWS);
        for (int w = 0; w < SAMPLE_WINDOWS; w++) {
            int start = (int) ((long) (length - window) * w / (SAMPLE_WINDOWS - 1));
            int end = start + window;
            if (start > 0) {
                start = afterSpace(text, start, end);
            }
            if (end < length) {
                end = Math.max(start, beforeSpace(text, start, end));
            }
            b.append(text, start, end).append('\n');
        }
        return b.toString();
    }

    /** The first position after a space in {@code [from, to)}, or {@code from} when there is none. */
    private static int afterSpace(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i + 1;
            }
        }
        return from;
    }

    /** The last space in {@code (from, to]} (the window ends before it), or {@code to} when there is none. */
    private static int beforeSpace(String text, int from, int to) {
        for (int i = to; i > from; i--) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return to;
    }

    /** True when the detector's best guess is in the group, or it hesitates and the group outweighs its guess. */
    private boolean concernsGroup(List<Candidate> ranked, Set<String> group) {
        Candidate best = ranked.get(0);
        if (group.contains(best.language())) {
            return true;
        }
        return best.confidence() < options.minConfidence() && groupConfidence(ranked, group) > best.confidence();
    }

    private Decision resolveLatinNeighbours(String file, String text, List<Candidate> ranked) {
        Set<String> group = LATIN_BCMS.languages();
        Map<String, MarkerLexicon.Evidence> evidence = LATIN_BCMS.score(text);
        List<MarkerLexicon.Evidence> byCount = evidence.values().stream()
                .sorted((a, b) -> b.count() != a.count() ? Integer.compare(b.count(), a.count())
                        : Double.compare(confidenceOrZero(ranked, b.language()), confidenceOrZero(ranked, a.language())))
                .collect(Collectors.toList());
        MarkerLexicon.Evidence first = byCount.get(0);
        MarkerLexicon.Evidence second = byCount.get(1);
        Candidate detected = firstOfGroup(ranked, group);
        double groupConfidence = groupConfidence(ranked, group);
        List<Candidate> groupRanked = ranked.stream().filter(c -> group.contains(c.language())).collect(Collectors.toList());
        if (first.count() == 0 || first.count() == second.count()) {
            // Tied: the detector's order inside the group is all that is left, and it is weak
            // (the model's Serbian is Cyrillic, so Latin Serbian comes out as Bosnian or Croatian).
            List<String> tied = groupRanked.stream().map(Candidate::language)
                    .filter(l -> evidence.get(l).count() == first.count() && !l.equals(detected.language()))
                    .collect(Collectors.toList());
            for (String l : new TreeSet<>(group)) {
                if (evidence.get(l).count() == first.count() && !l.equals(detected.language()) && !tied.contains(l)) {
                    tied.add(l);
                }
            }
            Diagnostic d = Diagnostic.warning("language.uncertain", file, 1, 1,
                    "cannot tell " + String.join(", ", group) + " apart: the detector ranks " + describe(groupRanked, group.size())
                            + " and the marker words are tied (" + describeMarkers(byCount) + "); keeping " + detected.language()
                            + "; force the language of this file or set a preferred language for uncertain pages");
            return new Decision(detected.language(), groupConfidence, true, tied, d);
        }
        Diagnostic d = null;
        if (!first.language().equals(ranked.get(0).language())) {
            d = Diagnostic.warning("language.resolved", file, 1, 1,
                    "the detector ranks " + describe(groupRanked, group.size()) + ", but marker words point to "
                            + first.language() + " (" + describeMarkers(byCount) + "), so the page is read as " + first.language()
                            + "; force the language of this file if this is wrong");
        }
        return new Decision(first.language(), groupConfidence, false, List.of(), d);
    }

    private static Decision resolveCyrillic(String file, String text, List<Candidate> ranked) {
        Candidate best = ranked.get(0);
        Set<String> foreign = CYRILLIC.foreignLetters(best.language(), text);
        if (foreign.isEmpty()) {
            return new Decision(best.language(), best.confidence(), false, List.of(), null);
        }
        for (Candidate c : ranked) {
            if (CYRILLIC.languages().contains(c.language()) && CYRILLIC.foreignLetters(c.language(), text).isEmpty()) {
                Diagnostic d = Diagnostic.warning("language.resolved", file, 1, 1,
                        "the detector ranks " + best + " above " + c + ", but the letters " + String.join(" ", foreign)
                                + " are not in the " + best.language() + " alphabet, so the page is read as "
                                + c.language() + "; force the language of this file if this is wrong");
                return new Decision(c.language(), c.confidence(), false, List.of(), d);
            }
        }
        Diagnostic d = Diagnostic.warning("language.uncertain", file, 1, 1,
                "the detector chose " + best + ", but the text has letters outside its alphabet ("
                        + String.join(" ", foreign) + ") and no other Cyrillic language fits better; "
                        + "force the language of this file if the guess is wrong");
        return new Decision(best.language(), best.confidence(), true, List.of(), d);
    }

    /** The marker evidence for a diagnostic; only built when there is one to give. */
    private static String describeMarkers(List<MarkerLexicon.Evidence> byCount) {
        return byCount.stream().map(MarkerLexicon.Evidence::describe).collect(Collectors.joining("; "));
    }

    private static Candidate firstOfGroup(List<Candidate> ranked, Set<String> group) {
        return ranked.stream().filter(c -> group.contains(c.language())).findFirst().orElse(ranked.get(0));
    }

    private static double groupConfidence(List<Candidate> ranked, Set<String> group) {
        return ranked.stream().filter(c -> group.contains(c.language())).mapToDouble(Candidate::confidence).sum();
    }

    private static Double confidenceOf(List<Candidate> ranked, String language) {
        return ranked.stream().filter(c -> c.language().equals(language)).map(Candidate::confidence).findFirst().orElse(null);
    }

    private static double confidenceOrZero(List<Candidate> ranked, String language) {
        Double c = confidenceOf(ranked, language);
        return c == null ? 0 : c;
    }

    private static String describe(List<Candidate> candidates, int n) {
        return candidates.stream().limit(n).map(Candidate::toString).collect(Collectors.joining(" then "));
    }

    /**
     * Loads and compiles the model on first use; later calls share the detector. It answers exactly
     * as OpenNLP's {@code LanguageDetectorME} on the model does, and the model itself is not kept.
     */
    static CompiledLanguageDetector detector() {
        CompiledLanguageDetector d = detector;
        if (d == null) {
            synchronized (LOCK) {
                d = detector;
                if (d == null) {
                    d = CompiledLanguageDetector.of(loadModel());
                    detector = d;
                }
            }
        }
        return d;
    }

    static LanguageDetectorModel loadModel() {
        for (ClassLoader loader : new ClassLoader[] {LanguageIdentifier.class.getClassLoader(),
                Thread.currentThread().getContextClassLoader(), ClassLoader.getSystemClassLoader()}) {
            if (loader == null) {
                continue;
            }
            try (InputStream in = loader.getResourceAsStream(MODEL_RESOURCE)) {
                if (in != null) {
                    return new LanguageDetectorModel(in);
                }
            } catch (IOException e) {
                throw new IllegalStateException("cannot read " + MODEL_RESOURCE + ": " + e.getMessage(), e);
            }
        }
        throw new IllegalStateException(MODEL_RESOURCE + " is not on the class path (it comes with "
                + "org.apache.opennlp:opennlp-models-langdetect)");
    }

    private record Decision(String language, double confidence, boolean uncertain, List<String> alternatives,
            Diagnostic diagnostic) {
    }
}
