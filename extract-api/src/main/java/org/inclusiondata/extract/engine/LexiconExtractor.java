package org.inclusiondata.extract.engine;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.inclusiondata.extract.lexicon.Lexicon;
import org.inclusiondata.extract.recognize.CountRecognizer;
import org.inclusiondata.extract.recognize.DateRecognizer;
import org.inclusiondata.extract.recognize.DurationRecognizer;
import org.inclusiondata.extract.recognize.MoneyRecognizer;
import org.inclusiondata.extract.recognize.OrganizationRecognizer;
import org.inclusiondata.extract.recognize.PlaceRecognizer;
import org.inclusiondata.extract.spi.Extraction;
import org.inclusiondata.extract.spi.ProjectExtractor;
import org.inclusiondata.extract.text.SourceText;
import org.inclusiondata.model.Diagnostic;

/**
 * The one extraction engine every language shares: layout analysis, field cues, recognizers and
 * project assembly, configured with a language's {@link Lexicon}. A language module builds one
 * and delegates to it:
 *
 * <pre>{@code
 * private static final LexiconExtractor ENGINE = new LexiconExtractor("hu", "1.0", Set.of("hu"), Set.of("Latn"),
 *         LexiconLoader.load("hu", name -> HungarianExtractor.class.getResourceAsStream("lexicon/" + name)));
 * }</pre>
 *
 * Immutable and thread-safe: every call reads its page with its own {@code PageReader}.
 */
public final class LexiconExtractor implements ProjectExtractor {

    private final String id;
    private final String version;
    private final Set<String> languages;
    private final Set<String> scripts;
    private final Lexicon lexicon;
    private final DateRecognizer dates;
    private final MoneyRecognizer money;
    private final CountRecognizer counts;
    private final DurationRecognizer durations;
    private final OrganizationRecognizer organizations;
    private final PlaceRecognizer places;

    public LexiconExtractor(String id, String version, Set<String> languages, Set<String> scripts, Lexicon lexicon) {
        this.id = Objects.requireNonNull(id, "id");
        this.version = Objects.requireNonNull(version, "version");
        this.languages = Set.copyOf(languages);
        this.scripts = Set.copyOf(scripts);
        this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
        this.dates = new DateRecognizer(lexicon);
        this.money = new MoneyRecognizer(lexicon);
        this.counts = new CountRecognizer(lexicon);
        this.durations = new DurationRecognizer(lexicon);
        this.organizations = new OrganizationRecognizer(lexicon);
        this.places = new PlaceRecognizer(lexicon);
    }

    @Override public String id() { return id; }
    @Override public String version() { return version; }
    @Override public Set<String> languages() { return languages; }
    @Override public Set<String> scripts() { return scripts; }

    public Lexicon lexicon() { return lexicon; }
    DateRecognizer dates() { return dates; }
    MoneyRecognizer money() { return money; }
    CountRecognizer counts() { return counts; }
    DurationRecognizer durations() { return durations; }
    OrganizationRecognizer organizations() { return organizations; }
    PlaceRecognizer places() { return places; }

    /**
     * Reads the projects of one page, unless the page is in another language or script (a warning
     * {@code extract.not-this-language} then says why). Never throws on odd input: a failure inside the engine
     * becomes an error diagnostic at the start of the page, so other pages are not affected.
     */
    @Override
    public Extraction extract(SourceText source) {
        Objects.requireNonNull(source, "source");
        Optional<Diagnostic> refused = PageLanguage.refusal(id, languages, lexicon.scriptMinimums(), source);
        if (refused.isPresent()) {
            return Extraction.of(List.of(), List.of(refused.get()));
        }
        try {
            return new PageReader(this, source).read();
        } catch (RuntimeException e) {
            return Extraction.of(List.of(), List.of(Diagnostic.error("extract.internal", source.name(), 1, 1,
                    "the " + id + " extractor failed on this page (" + e + "); please report it with the page attached")));
        }
    }
}
