package org.inclusiondata.extract.testkit;

import com.ibm.icu.lang.UScript;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.function.Supplier;
import org.inclusiondata.extract.spi.Extraction;
import org.inclusiondata.extract.spi.ProjectExtractor;
import org.inclusiondata.extract.text.Normalizer;
import org.inclusiondata.extract.text.SourceText;
import org.inclusiondata.model.Diagnostic;
import org.inclusiondata.model.Link;
import org.inclusiondata.model.Money;
import org.inclusiondata.model.Organization;
import org.inclusiondata.model.Phrase;
import org.inclusiondata.model.Project;
import org.inclusiondata.model.Span;

/**
 * The checks of the extractor contract, one static method each, so that {@link ExtractorContract}
 * and tests of the kit itself can run them. Each throws {@link AssertionError} with a message that
 * says what is wrong and where.
 */
public final class ExtractorChecks {

    /** The service file class-path users of an extractor rely on. */
    public static final String SERVICE_FILE = "META-INF/services/" + ProjectExtractor.class.getName();

    private static final Set<String> ISO_639_1 = Set.of(Locale.getISOLanguages());

    private ExtractorChecks() {
    }

    /**
     * The extractor can be found as a {@link ProjectExtractor} service: {@link ServiceLoader} over
     * {@code loader} finds its class, a {@value #SERVICE_FILE} file visible to the loader names it
     * (what the class path needs), and, when the class is in a named module, the module declares
     * {@code provides ProjectExtractor with} it (what the module path needs).
     */
    public static void discoverable(ProjectExtractor extractor, ClassLoader loader) {
        String type = extractor.getClass().getName();
        List<String> found = new ArrayList<>();
        try {
            ServiceLoader.load(ProjectExtractor.class, loader).stream().forEach(p -> found.add(p.type().getName()));
        } catch (java.util.ServiceConfigurationError e) {
            throw new AssertionError("ServiceLoader failed while looking for " + type + ": " + e.getMessage(), e);
        }
        if (!found.contains(type)) {
            throw new AssertionError("ServiceLoader does not find " + type + " (it finds " + found + "); list it in "
                    + SERVICE_FILE + " and in module-info.java: provides " + ProjectExtractor.class.getName() + " with "
                    + type + ";");
        }
        if (!serviceFilesName(loader, type)) {
            throw new AssertionError("no " + SERVICE_FILE + " names " + type + "; class-path users would not find it: "
                    + "add a line '" + type + "' to src/main/resources/" + SERVICE_FILE);
        }
        Module module = extractor.getClass().getModule();
        if (module.isNamed() && module.getDescriptor() != null && !module.getDescriptor().isAutomatic()) {
            boolean provides = module.getDescriptor().provides().stream()
                    .filter(p -> p.service().equals(ProjectExtractor.class.getName()))
                    .map(ModuleDescriptor.Provides::providers)
                    .anyMatch(list -> list.contains(type));
            if (!provides) {
                throw new AssertionError("module " + module.getName() + " does not declare 'provides "
                        + ProjectExtractor.class.getName() + " with " + type + ";' in its module-info.java; module-path "
                        + "users would not find the extractor");
            }
        }
    }

    private static boolean serviceFilesName(ClassLoader loader, String type) {
        try {
            Enumeration<URL> urls = loader.getResources(SERVICE_FILE);
            while (urls.hasMoreElements()) {
                URL url = urls.nextElement();
                try (var in = url.openStream()) {
                    String content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    boolean named = content.lines().map(l -> l.replaceFirst("#.*", "").strip()).anyMatch(type::equals);
                    if (named) {
                        return true;
                    }
                }
            }
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + SERVICE_FILE + ": " + e.getMessage(), e);
        }
    }

    /**
     * The extractor describes itself: a non-blank id and version, ISO 639-1 languages including
     * {@code language}, and ISO 15924 scripts.
     */
    public static void describesItself(ProjectExtractor extractor, String language) {
        String name = extractor.getClass().getName();
        require(extractor.id() != null && !extractor.id().isBlank(), name + ".id() is blank; return a stable id such as 'hu'");
        require(extractor.version() != null && !extractor.version().isBlank(),
                name + ".version() is blank; return a version and change it whenever the output changes");
        Set<String> languages = extractor.languages();
        require(languages != null && !languages.isEmpty(), name + ".languages() is empty; list the ISO 639-1 codes it reads");
        for (String l : languages) {
            require(l != null && l.matches("[a-z]{2}") && ISO_639_1.contains(l),
                    name + ".languages() has '" + l + "', which is not an ISO 639-1 code such as hu, bg, sr");
        }
        require(languages.contains(language), name + ".languages() is " + languages + " and lacks '" + language
                + "', the language its contract test names");
        Set<String> scripts = extractor.scripts();
        require(scripts != null && !scripts.isEmpty(), name + ".scripts() is empty; list the ISO 15924 codes it reads");
        for (String s : scripts) {
            require(s != null && s.matches("[A-Z][a-z]{3}") && isIso15924(s),
                    name + ".scripts() has '" + s + "', which is not an ISO 15924 code such as Latn, Cyrl");
        }
    }

    private static boolean isIso15924(String code) {
        int script = UScript.getCodeFromName(code);
        return script != UScript.INVALID_CODE && code.equals(UScript.getShortName(script));
    }

    /**
     * Runs the extractor, which must neither throw nor return null whatever the input; the
     * message of a failure shows the start of the input.
     */
    public static Extraction extractsWithoutException(ProjectExtractor extractor, SourceText source) {
        Extraction result;
        try {
            result = extractor.extract(source);
        } catch (RuntimeException | StackOverflowError e) {
            throw new AssertionError(extractor.id() + " threw " + e + " on " + describe(source)
                    + "; an extractor must turn problems into diagnostics, never throw", e);
        }
        require(result != null, extractor.id() + " returned null for " + describe(source) + "; return Extraction.empty()");
        for (Project p : result.projects()) {
            require(p != null, extractor.id() + " returned a null project for " + describe(source));
        }
        return result;
    }

    /**
     * Two runs on the same input give equal results: the extractor keeps no state between calls
     * and depends on nothing but its input (no clock, no random numbers, no hash order).
     */
    public static void deterministic(ProjectExtractor extractor, Supplier<SourceText> source) {
        Extraction first = extractsWithoutException(extractor, source.get());
        Extraction second = extractsWithoutException(extractor, source.get());
        if (!first.equals(second)) {
            throw new AssertionError(extractor.id() + " gave different results for two runs on " + describe(source.get())
                    + ":\n first:  " + first + "\n second: " + second
                    + "\nmake the output depend on the input only (no counters, clocks, random numbers or HashMap order)");
        }
    }

    /**
     * Runs on several threads at once give the results of one run after another: the SPI lets one
     * instance serve many documents on many threads, so it must keep no per-call state in fields.
     */
    public static void sameResultsOnManyThreads(ProjectExtractor extractor, List<SourceText> inputs, int threads) {
        List<Extraction> expected = new ArrayList<>();
        for (SourceText s : inputs) {
            expected.add(extractsWithoutException(extractor, s));
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        try {
            List<java.util.concurrent.Future<Extraction>> futures = new ArrayList<>();
            for (int round = 0; round < 2; round++) {
                for (SourceText s : inputs) {
                    futures.add(pool.submit(() -> extractsWithoutException(extractor, s)));
                }
            }
            for (int i = 0; i < futures.size(); i++) {
                SourceText s = inputs.get(i % inputs.size());
                Extraction got;
                try {
                    got = futures.get(i).get();
                } catch (java.util.concurrent.ExecutionException e) {
                    throw e.getCause() instanceof AssertionError a ? a : new AssertionError(e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError("interrupted", e);
                }
                if (!got.equals(expected.get(i % inputs.size()))) {
                    throw new AssertionError(extractor.id() + " gave another result for " + describe(s) + " when " + threads
                            + " threads shared the instance:\n alone:  " + expected.get(i % inputs.size())
                            + "\n shared: " + got + "\nkeep per-document state in local variables, not in fields");
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Every span of every value lies inside the original text, its line and column agree with its
     * offset, it is attributed to this extractor, and it covers the value it is evidence for; every
     * diagnostic names a position inside the text.
     */
    public static void spansValid(ProjectExtractor extractor, SourceText source, Extraction extraction) {
        SpanValidator v = new SpanValidator(extractor.id(), source);
        for (int i = 0; i < extraction.projects().size(); i++) {
            Project p = extraction.projects().get(i);
            String where = "project " + (i + 1) + " (" + p.title() + ")";
            for (Map.Entry<String, Span> e : p.evidence().entrySet()) {
                Object value = scalar(p, e.getKey());
                v.require(value != null, where, e.getKey(), e.getValue(), "has evidence but no value; record a span only "
                        + "for a value the project has");
                v.check(where, e.getKey(), e.getValue(), value == null ? null : value.toString(), textual(e.getKey()));
            }
            for (Organization o : p.organizations()) {
                v.check(where, "organizations", o.span(), o.name(), true);
            }
            for (Money m : p.funding()) {
                v.check(where, "funding", m.span(), null, false);
            }
            phrases(v, where, "programmes", p.programmes());
            phrases(v, where, "locations", p.locations());
            phrases(v, where, "targetGroups", p.targetGroups());
            phrases(v, where, "objectives", p.objectives());
            phrases(v, where, "activities", p.activities());
            phrases(v, where, "results", p.results());
            for (Link l : p.links()) {
                v.checkLink(where, l);
            }
        }
        for (Diagnostic d : extraction.diagnostics()) {
            v.checkDiagnostic(d);
        }
        if (!v.problems.isEmpty()) {
            throw new AssertionError(v.problems.size() + " span problem(s) in " + describe(source) + ":\n  "
                    + String.join("\n  ", v.problems.subList(0, Math.min(20, v.problems.size()))));
        }
    }

    private static void phrases(SpanValidator v, String where, String field, List<Phrase> list) {
        for (Phrase ph : list) {
            v.check(where, field, ph.span(), ph.text(), true);
        }
    }

    private static boolean textual(String field) {
        return field.equals("title") || field.equals("acronym");
    }

    private static Object scalar(Project p, String field) {
        return switch (field) {
            case "title" -> p.title();
            case "acronym" -> p.acronym();
            case "start" -> p.start();
            case "end" -> p.end();
            case "durationMonths" -> p.durationMonths();
            case "beneficiaries" -> p.beneficiaries();
            default -> null;
        };
    }

    /** A short, printable description of an input for failure messages. */
    static String describe(SourceText source) {
        String t = source.original();
        String head = t.length() > 80 ? t.substring(0, 80) + "…" : t;
        StringBuilder b = new StringBuilder();
        head.codePoints().forEach(cp -> {
            if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0) || Character.getType(cp) == Character.SURROGATE) {
                b.append(String.format("\\u%04x", cp));
            } else {
                b.appendCodePoint(cp);
            }
        });
        return source.name() + " (" + t.length() + " characters: \"" + b + "\")";
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new AssertionError(message);
        }
    }

    /** Collects every span problem of one extraction, so one message shows them all. */
    private static final class SpanValidator {
        private final String extractorId;
        private final SourceText source;
        private final String original;
        private final List<Integer> lineStarts = new ArrayList<>();
        private final List<String> problems = new ArrayList<>();

        SpanValidator(String extractorId, SourceText source) {
            this.extractorId = extractorId;
            this.source = source;
            this.original = source.original();
            lineStarts.add(0);
            for (int i = 0; i < original.length(); i++) {
                char c = original.charAt(i);
                if (c == '\n' || (c == '\r' && (i + 1 >= original.length() || original.charAt(i + 1) != '\n'))) {
                    lineStarts.add(i + 1);
                }
            }
        }

        void require(boolean ok, String where, String field, Span span, String message) {
            if (!ok) {
                problems.add(where + " " + field + " " + show(span) + ": " + message);
            }
        }

        private static String show(Span s) {
            return s == null ? "(no span)" : "[" + s.start() + ", " + s.end() + ") at " + s.line() + ":" + s.column();
        }

        /**
         * Checks one span; {@code value}, when given, must be covered: for text values the span's
         * original text, trimmed, equals or contains the value (compared as written, or after the
         * normaliser's folding of quotes, dashes and spaces, since values are read from normalised text).
         */
        void check(String where, String field, Span span, String value, boolean textual) {
            if (span == null) {
                return;
            }
            if (!insideAndPlaced(where, field, span)) {
                return;
            }
            String covered = original.substring(span.start(), span.end());
            require(!covered.isBlank(), where, field, span, "covers no text; a span must cover the characters the value was read from");
            if (textual && value != null && !value.isBlank()) {
                require(covers(covered, value), where, field, span, "covers \"" + covered.strip() + "\", which does not contain \""
                        + value + "\"");
            }
        }

        void checkLink(String where, Link link) {
            Span span = link.span();
            if (span == null || !insideAndPlaced(where, "links", span)) {
                return;
            }
            // Spans point at the page's own characters, values come from its normalised text (NFC turns
            // a compatibility ideograph such as U+F900 into another code point): compare both normalised.
            String covered = fold(original.substring(span.start(), span.end())).toLowerCase(Locale.ROOT);
            String url = fold(link.url()).toLowerCase(Locale.ROOT).replaceFirst("^[a-z]+://", "").replaceFirst("/+$", "");
            require(covered.contains(url), where, "links", span, "covers \"" + covered.strip() + "\", which does not contain the URL \""
                    + link.url() + "\"");
        }

        private boolean insideAndPlaced(String where, String field, Span span) {
            if (span.start() < 0 || span.start() > span.end() || span.end() > original.length()) {
                require(false, where, field, span, "lies outside the text of " + original.length() + " characters");
                return false;
            }
            require(extractorId.equals(span.extractor()), where, field, span, "is attributed to '" + span.extractor()
                    + "' instead of this extractor, '" + extractorId + "'");
            int[] expected = lineColumn(span.start());
            require(span.line() == expected[0] && span.column() == expected[1], where, field, span,
                    "offset " + span.start() + " is at line " + expected[0] + ", column " + expected[1]
                            + "; make spans with SourceText.span(start, end, id)");
            return true;
        }

        /** 1-based line and code-point column of an offset, line breaks being \n, \r\n and a lone \r. */
        private int[] lineColumn(int offset) {
            int line = 0;
            while (line + 1 < lineStarts.size() && lineStarts.get(line + 1) <= offset) {
                line++;
            }
            return new int[] {line + 1, original.codePointCount(lineStarts.get(line), offset) + 1};
        }

        void checkDiagnostic(Diagnostic d) {
            if (d.line() == 0) {
                return;
            }
            if (d.line() > lineStarts.size()) {
                problems.add("diagnostic '" + d.format() + "' names line " + d.line() + " but the text has " + lineStarts.size()
                        + " lines");
                return;
            }
            int start = lineStarts.get(d.line() - 1);
            int end = d.line() < lineStarts.size() ? lineStarts.get(d.line()) : original.length();
            int columns = original.codePointCount(start, end) + 1;
            if (d.column() > columns) {
                problems.add("diagnostic '" + d.format() + "' names column " + d.column() + " but line " + d.line() + " has "
                        + (columns - 1) + " characters");
            }
        }

        private static boolean covers(String covered, String value) {
            if (covered.strip().contains(value)) {
                return true;
            }
            return squeeze(fold(covered)).contains(squeeze(fold(value)));
        }

        private static String fold(String s) {
            return Normalizer.normalize("value", s).text();
        }

        /** Runs of white space as one space: a value may join the lines of a heading. */
        private static String squeeze(String s) {
            return s.strip().replaceAll("\\s+", " ");
        }
    }
}
