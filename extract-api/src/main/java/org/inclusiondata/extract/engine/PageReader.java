package org.inclusiondata.extract.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.inclusiondata.extract.layout.Block;
import org.inclusiondata.extract.layout.BlockKind;
import org.inclusiondata.extract.layout.Layout;
import org.inclusiondata.extract.layout.LayoutAnalyzer;
import org.inclusiondata.extract.layout.Range;
import org.inclusiondata.extract.layout.Sentences;
import org.inclusiondata.extract.lexicon.CuePosition;
import org.inclusiondata.extract.lexicon.DateRole;
import org.inclusiondata.extract.lexicon.Field;
import org.inclusiondata.extract.lexicon.Lexicon;
import org.inclusiondata.extract.lexicon.PhraseMatch;
import org.inclusiondata.extract.lexicon.RoleSide;
import org.inclusiondata.extract.lexicon.Token;
import org.inclusiondata.extract.lexicon.Words;
import org.inclusiondata.extract.recognize.Amount;
import org.inclusiondata.extract.recognize.DateRecognizer.DateMention;
import org.inclusiondata.extract.recognize.LinkRecognizer;
import org.inclusiondata.extract.recognize.Period;
import org.inclusiondata.extract.recognize.Recognized;
import org.inclusiondata.extract.spi.Extraction;
import org.inclusiondata.extract.text.SourceText;
import org.inclusiondata.model.FundingKind;
import org.inclusiondata.model.PartialDate;
import org.inclusiondata.model.Project;
import org.inclusiondata.model.Role;
import org.inclusiondata.model.Span;

/**
 * Reads one page: classifies its lines, cuts it into project segments, reads every segment into a
 * {@link Draft} and names it. One instance per page; not shared between threads.
 */
final class PageReader {

    /**
     * A segment of the page that describes one project: blocks {@code [from, to)}, clipped to the
     * characters {@code [startOffset, endOffset)} when one paragraph names several projects;
     * {@code anchor} is its heading or title key, or -1.
     */
    private record Segment(int from, int to, int anchor, int startOffset, int endOffset) {
        Segment(int from, int to, int anchor) {
            this(from, to, anchor, 0, Integer.MAX_VALUE);
        }
    }

    /** Phrases longer than this (in words) are cut at the first comma after {@link #MIN_CLAUSE_WORDS}. */
    private static final int LONG_PHRASE = 30;
    private static final int MIN_CLAUSE_WORDS = 4;
    private static final int MAX_NARRATIVE_MONTHS = 120;
    /** A list piece longer than this under a role key is a sentence that names organisations. */
    private static final int LONG_NAME_WORDS = 7;
    /** A year-only period this long is a strategy or programming period, not a project's. */
    private static final int PROGRAMME_PERIOD_YEARS = 6;

    private final LexiconExtractor engine;
    private final Lexicon lex;
    private final SourceText source;
    private final String text;
    private final Words words;
    private final List<Block> blocks;
    private final LineKind[] kind;
    private final Field[] field;
    private final Field[] section;
    private final boolean[] boiler;
    private final TargetGroupPhrases targetGroups;
    private final PageLines lines;
    /** A paragraph in which a sentence announced results without stating one; its next sentences state them. */
    private int resultsFollowIn = -1;
    private boolean resultsFollowNext;
    /** Publication stamps and lines: never a project's fact. Complete once {@link #findPublished} has run. */
    private Overlaps excluded;
    private boolean[] resultCueSections;
    private final boolean[] navigation;
    private PartialDate published;
    private final List<TitleCandidate> narrativeTitles = new ArrayList<>();
    private int projectMentions;

    /** A name read from running text; {@code quoted} when it is a quotation next to a project word. */
    private record TitleCandidate(Range range, int block, boolean quoted, int sentenceStart) {
    }

    PageReader(LexiconExtractor engine, SourceText source) {
        this.engine = engine;
        this.lex = engine.lexicon();
        this.source = source;
        this.text = source.text();
        this.words = lex.words(text);
        Layout layout = LayoutAnalyzer.analyze(text);
        this.blocks = layout.blocks();
        PageLines lines = new PageLines(lex, text, words, blocks);
        this.lines = lines;
        this.kind = lines.kinds();
        this.field = lines.fields();
        this.section = lines.sections();
        this.boiler = lines.boilerplate();
        this.navigation = lines.navigation();
        this.targetGroups = new TargetGroupPhrases(lex, words);
    }

    Extraction read() {
        findPublished();
        List<Segment> segments = segments();
        List<Project> projects = new ArrayList<>();
        int number = 0;
        for (Segment seg : segments) {
            narrativeTitles.clear();
            projectMentions = 0;
            Draft d = new Draft(lex.folding(), this::placeQualifier);
            for (int i = seg.from; i < seg.to; i++) {
                readBlock(i, seg, d);
            }
            name(seg, d);
            if (d.title() != null && !d.title().isBlank() && (d.facts() > 0 || projectMentions > 0)) {
                number++;
                projects.add(d.build(source.name() + "#" + number));
            }
        }
        return new Extraction(projects, published, List.of());
    }

    /**
     * The date of a short line that is only a publication label and a date, without a colon
     * ("Публикувано на 12.04.2019 г."); null for any other line.
     */
    private PartialDate stamp(Range line) {
        if (line.length() > 60) {
            return null;
        }
        List<DateMention> ds = engine.dates().dates(text, line.start(), line.end());
        if (ds.size() != 1 || ds.get(0).start() <= line.start() || line.end() - ds.get(0).end() > 12) {
            return null;
        }
        Range label = new Range(line.start(), ds.get(0).start());
        return label.of(text).isBlank() || lines.labelField(label) != Field.PUBLISHED ? null : ds.get(0).date();
    }

    private void findPublished() {
        List<Range> excluded = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            if (kind[i] == LineKind.KEY && field[i] == Field.PUBLISHED) {
                Range v = blocks.get(i).value();
                List<DateMention> ds = engine.dates().dates(text, v.start(), v.end());
                if (!ds.isEmpty() && published == null) {
                    published = ds.get(0).date();
                }
                excluded.add(blocks.get(i).line());
            } else if ((kind[i] == LineKind.PARA || kind[i] == LineKind.HEAD) && field[i] == null) {
                PartialDate stamped = stamp(blocks.get(i).content());
                if (stamped != null) {
                    if (published == null) {
                        published = stamped;
                    }
                    excluded.add(blocks.get(i).line());
                }
            }
        }
        for (DateMention d : engine.dates().timestamped(text, 0, text.length())) {
            if (published == null) {
                published = d.date();
            }
            excluded.add(new Range(d.start(), d.end()));
        }
        this.excluded = Overlaps.of(excluded);
    }

    private boolean isExcluded(int s, int e) {
        return excluded.any(s, e);
    }

    // ---------------------------------------------------------------- segmentation

    private List<Segment> segments() {
        int n = blocks.size();
        List<Integer> anchors = new ArrayList<>();
        List<Integer> numbered = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (boiler[i]) {
                continue;
            }
            Block b = blocks.get(i);
            if (kind[i] == LineKind.HEAD && field[i] == null && b.numbered() && (hasQuote(b.content()) || mentionsProject(b.content())
                    || upperCaseLine(b.content()))) {
                numbered.add(i);
            } else if (kind[i] == LineKind.ITEM && b.numbered() && hasQuote(b.content()) && mentionsProject(b.content()) && headsFacts(i)) {
                // "1. Проект „…“" with its own key lines under it: layout reads it as a list item, but it
                // opens a project as a numbered heading would; an item without keys under it stays an item.
                numbered.add(i);
            }
        }
        if (numbered.size() >= 2) {
            anchors.addAll(numbered);
        }
        for (int i = 0; i < n; i++) {
            if (boiler[i]) {
                continue;
            }
            if (kind[i] == LineKind.KEY && field[i] == Field.TITLE) {
                anchors.add(i);
            } else if (kind[i] == LineKind.HEAD && field[i] == null && headsFacts(i)) {
                anchors.add(i);
            }
        }
        anchors = anchors.stream().distinct().sorted().toList();
        // A heading and the title key right under it open one project, not two.
        List<Integer> merged = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        for (int a : anchors) {
            String title = kind[a] == LineKind.KEY ? lex.folding().fold(blocks.get(a).value().of(text)).strip() : null;
            // "Пројекат: X реализован је у ..." further down repeats project X; it does not open another.
            if (title != null && titles.stream().anyMatch(t -> t.length() >= 10 && title.startsWith(t))) {
                continue;
            }
            if (title != null) {
                titles.add(title);
            }
            if (!merged.isEmpty() && kind[a] == LineKind.KEY && a - merged.get(merged.size() - 1) <= 3
                    && !(kind[merged.get(merged.size() - 1)] == LineKind.KEY)) {
                continue;
            }
            merged.add(a);
        }
        List<Segment> segs = new ArrayList<>();
        if (merged.isEmpty()) {
            List<TitleCandidate> mentions = quotedMentions();
            if (mentions.size() >= 2) {
                // Several "проект „…”" mentions and no other structure: one project from each mention on.
                for (int k = 0; k < mentions.size(); k++) {
                    int startOff = k == 0 ? 0 : mentions.get(k).sentenceStart();
                    int endOff = k + 1 < mentions.size() ? mentions.get(k + 1).sentenceStart() : text.length();
                    int from = k == 0 ? 0 : mentions.get(k).block();
                    int to = k + 1 < mentions.size() ? mentions.get(k + 1).block() + 1 : n;
                    segs.add(new Segment(from, to, -1, startOff, endOff));
                }
                return segs;
            }
            segs.add(new Segment(0, n, -1));
            return segs;
        }
        int first = merged.get(0);
        boolean preludeIsProject = first > 0 && preludeHasOwnTitle(first);
        if (preludeIsProject) {
            segs.add(new Segment(0, first, -1));
        }
        for (int k = 0; k < merged.size(); k++) {
            int from = k == 0 && !preludeIsProject ? 0 : merged.get(k);
            int to = k + 1 < merged.size() ? merged.get(k + 1) : n;
            segs.add(new Segment(from, to, merged.get(k)));
        }
        return segs;
    }

    /** A heading followed by at least two keys that name project facts. */
    private boolean headsFacts(int i) {
        int facts = 0;
        for (int j = i + 1; j < blocks.size() && j <= i + 5; j++) {
            if (kind[j] == LineKind.HEAD && field[j] == null) {
                break;
            }
            if (kind[j] == LineKind.KEY && field[j] != Field.IGNORE && field[j] != Field.PUBLISHED && field[j] != Field.TITLE) {
                facts++;
            }
        }
        return facts >= 2;
    }

    /** Quoted names next to a project word in running text, one per distinct name, in text order. */
    private List<TitleCandidate> quotedMentions() {
        List<TitleCandidate> saved = new ArrayList<>(narrativeTitles);
        narrativeTitles.clear();
        for (int i = 0; i < blocks.size(); i++) {
            if (!boiler[i] && (kind[i] == LineKind.PARA || kind[i] == LineKind.ITEM)) {
                for (Range sr : Sentences.split(text, blocks.get(i).content().start(), blocks.get(i).content().end(), lex.abbreviations())) {
                    titleCandidates(sr, i);
                }
            }
        }
        List<TitleCandidate> out = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        Draft probe = new Draft(lex.folding(), this::placeQualifier);
        for (TitleCandidate c : narrativeTitles) {
            String k = probe.key(c.range().of(text));
            if (c.quoted() && !k.isEmpty() && keys.stream().noneMatch(x -> Draft.sameWords(x, k))
                    && (out.isEmpty() || c.sentenceStart() > out.get(out.size() - 1).sentenceStart())) {
                keys.add(k);
                out.add(c);
            }
        }
        narrativeTitles.clear();
        narrativeTitles.addAll(saved);
        return out;
    }

    private boolean preludeHasOwnTitle(int end) {
        List<TitleCandidate> saved = new ArrayList<>(narrativeTitles);
        narrativeTitles.clear();
        for (int i = 0; i < end; i++) {
            if (!boiler[i] && (kind[i] == LineKind.PARA || kind[i] == LineKind.ITEM)) {
                titleCandidates(blocks.get(i).content(), i);
            }
        }
        boolean has = !narrativeTitles.isEmpty();
        narrativeTitles.clear();
        narrativeTitles.addAll(saved);
        return has;
    }

    // ---------------------------------------------------------------- reading blocks

    private void readBlock(int i, Segment seg, Draft d) {
        if (boiler[i]) {
            return;
        }
        Block b = blocks.get(i);
        if (b.content().start() < seg.startOffset || b.content().end() > seg.endOffset) {
            // A paragraph shared with another project: read only this project's sentences of it.
            int s = Math.max(b.content().start(), seg.startOffset);
            int e = Math.min(b.content().end(), seg.endOffset);
            if (s < e && kind[i] != LineKind.KEY) {
                narrative(new Range(s, e), i, d, true);
            }
            return;
        }
        switch (kind[i]) {
            case KEY -> readKey(field[i], b, i, d);
            case HEAD -> {
                if (field[i] == null && i != seg.anchor && !navigation[i]) {
                    narrative(b.content(), i, d, false);
                }
            }
            default -> {
                Field f = section[i];
                if (f != null && f != Field.IGNORE) {
                    readSection(f, b, i, d);
                }
                narrative(b.content(), i, d, f == null || !f.isPhraseList());
            }
        }
    }

    private Span span(int s, int e) {
        return source.span(s, e, engine.id());
    }

    private String original(Span span) {
        return source.original().substring(span.start(), span.end());
    }

    /** The original characters behind a cleaned range, with its span. */
    private Optional<Span> cleaned(Range r, boolean keepDot) {
        Range c = Values.clean(text, r, keepDot);
        if (c.isEmpty() || !hasLetterOrDigit(c)) {
            return Optional.empty();
        }
        return Optional.of(span(c.start(), c.end()));
    }

    private boolean hasLetterOrDigit(Range r) {
        for (int k = r.start(); k < r.end(); k++) {
            if (Character.isLetterOrDigit(text.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    private void readKey(Field f, Block b, int block, Draft d) {
        Range v = b.value();
        if (f.isPhraseList()) {
            // "Специфични цели са: …; … ромите. Ще се проведе …": the key names its first sentence;
            // the sentences after it are running text (activities, results, organisations …).
            List<Range> sentences = Sentences.split(text, v.start(), v.end(), lex.abbreviations());
            if (sentences.size() > 1) {
                narrative(new Range(sentences.get(1).start(), v.end()), block, d, true);
                v = new Range(v.start(), sentences.get(0).end());
            }
        }
        switch (f) {
            case TITLE -> cleaned(withoutProjectWord(v), false).ifPresent(s -> d.title(original(s), s, Draft.Strength.LABELLED));
            case ACRONYM -> cleaned(v, false).ifPresent(s -> d.acronym(original(s), s, Draft.Strength.LABELLED));
            case PERIOD, START, END, DURATION -> readDates(f, v, d, Draft.Strength.LABELLED);
            case BUDGET, GRANT, OWN -> readMoney(f, b.key(), v, d);
            case LEAD, PARTNER, FUNDER, IMPLEMENTER -> readOrganizations(f, v, d);
            case PROGRAMME -> splitList(v, true).forEach(r -> cleaned(r, false).ifPresent(s -> d.programme(original(s), s)));
            case LOCATION -> readLocations(v, d);
            case TARGET_GROUPS, OBJECTIVES, ACTIVITIES, RESULTS -> phraseItem(f, v, d);
            case BENEFICIARIES -> readCount(v, d, Draft.Strength.LABELLED);
            case LINKS -> LinkRecognizer.urls(text, v.start(), v.end()).forEach(u -> d.link(u.value(), span(u.start(), u.end())));
            default -> {
                // published dates and ignored keys carry no project field
            }
        }
        if (f != Field.IGNORE && f != Field.PUBLISHED && !f.isRole()) {
            for (Recognized<String> p : engine.places().find(words, words.indexAtOrAfter(v.start()), words.indexAtOrAfter(v.end()))) {
                d.location(original(span(p.start(), p.end())), span(p.start(), p.end()));
            }
        }
    }

    private void readSection(Field f, Block b, int i, Draft d) {
        Range v = b.content();
        switch (f) {
            case TITLE -> {
                if (d.title() == null) {
                    cleaned(withoutProjectWord(v), false).ifPresent(s -> d.title(original(s), s, Draft.Strength.LABELLED));
                }
            }
            case ACRONYM -> cleaned(v, false).ifPresent(s -> d.acronym(original(s), s, Draft.Strength.LABELLED));
            case PERIOD, START, END, DURATION -> readDates(f, v, d, Draft.Strength.LABELLED);
            case BUDGET, GRANT, OWN -> readMoney(f, null, v, d);
            case LEAD, PARTNER, FUNDER, IMPLEMENTER -> readOrganizations(f, v, d);
            case PROGRAMME -> cleaned(v, false).ifPresent(s -> d.programme(original(s), s));
            case LOCATION -> readLocations(v, d);
            case TARGET_GROUPS, OBJECTIVES, ACTIVITIES, RESULTS -> sectionPhrases(f, b, i, d);
            case BENEFICIARIES -> readCount(v, d, Draft.Strength.LABELLED);
            case LINKS -> LinkRecognizer.urls(text, v.start(), v.end()).forEach(u -> d.link(u.value(), span(u.start(), u.end())));
            default -> {
                // nothing to read
            }
        }
    }

    /**
     * Places of a location value: list items, except that an address ("4355 Nagyecsed, Rákóczi út
     * 12.") gives only the gazetteer places in it.
     */
    private void readLocations(Range v, Draft d) {
        for (Range item : splitList(v, false)) {
            int a = words.indexAtOrAfter(item.start());
            int b = words.indexAtOrAfter(item.end());
            boolean digits = false;
            for (int k = a; k < b; k++) {
                digits |= words.get(k).isNumber();
            }
            if (!digits) {
                cleaned(item, false).ifPresent(s -> d.location(original(s), s));
                continue;
            }
            for (Recognized<String> p : engine.places().find(words, a, b)) {
                d.location(original(span(p.start(), p.end())), span(p.start(), p.end()));
            }
        }
    }

    private void readDates(Field f, Range v, Draft d, Draft.Strength strength) {
        List<Recognized<Period>> ps = engine.dates().periods(text, v.start(), v.end());
        if (!ps.isEmpty()) {
            Recognized<Period> p = ps.get(0);
            Span sp = span(p.start(), p.end());
            d.start(p.value().start(), sp, strength);
            d.end(p.value().end(), sp, strength);
        } else if (f != Field.DURATION) {
            List<DateMention> ds = engine.dates().dates(text, v.start(), v.end());
            if (!ds.isEmpty()) {
                DateMention m = ds.get(0);
                DateRole role = f == Field.END ? DateRole.END : f == Field.START ? DateRole.START : cueAfter(m);
                if (role == DateRole.END) {
                    d.end(m.date(), span(m.start(), m.end()), strength);
                } else {
                    d.start(m.date(), span(m.start(), m.end()), strength);
                }
            }
        }
        List<Recognized<Integer>> durs = engine.durations().find(words, words.indexAtOrAfter(v.start()), words.indexAtOrAfter(v.end()));
        if (!durs.isEmpty()) {
            d.duration(durs.get(0).value(), span(durs.get(0).start(), durs.get(0).end()), strength);
        }
    }

    /** A start/end cue glued to a date ({@code 1-től}), else start. */
    private DateRole cueAfter(DateMention m) {
        int t = words.indexAtOrAfter(m.end());
        if (t < words.size() && words.get(t).start() - m.end() <= 2) {
            Optional<PhraseMatch<DateRole>> cue = lex.dateCues().matchAt(words, t);
            if (cue.isPresent()) {
                return cue.get().value();
            }
        }
        return DateRole.START;
    }

    private void readMoney(Field f, Range key, Range v, Draft d) {
        FundingKind fieldKind = f == Field.BUDGET ? FundingKind.TOTAL : f == Field.OWN ? FundingKind.OWN : FundingKind.GRANT;
        List<Recognized<Amount>> amounts = engine.money().find(words, v.start(), v.end());
        for (int k = 0; k < amounts.size(); k++) {
            Recognized<Amount> a = amounts.get(k);
            FundingKind kind = amounts.size() > 1 ? engine.money().kindOf(words, amounts, k, v.start(), v.end()) : null;
            d.funding(a.value().amount(), a.value().currency(), kind == null ? fieldKind : kind, span(a.start(), a.end()));
        }
        if (amounts.isEmpty() && key != null) {
            // "összege forintban: 4.492.400.–": the key names the currency.
            List<PhraseMatch<String>> cur = lex.currencies().findAll(words, words.indexAtOrAfter(key.start()), words.indexAtOrAfter(key.end()));
            if (!cur.isEmpty()) {
                for (Recognized<BigDecimal> n : engine.money().bareNumbers(text, v.start(), v.end())) {
                    if (n.value().signum() > 0) {
                        d.funding(n.value(), cur.get(0).value(), fieldKind, span(n.start(), n.end()));
                        break;
                    }
                }
            }
        }
    }

    private void readCount(Range v, Draft d, Draft.Strength strength) {
        List<Recognized<Integer>> cs = engine.counts().find(words, v.start(), v.end());
        if (!cs.isEmpty()) {
            d.beneficiaries(cs.get(0).value(), span(cs.get(0).start(), cs.get(0).end()), strength);
            return;
        }
        for (Recognized<BigDecimal> n : engine.money().bareNumbers(text, v.start(), v.end())) {
            if (n.value().signum() > 0 && n.value().scale() <= 0 && n.value().compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) < 0) {
                d.beneficiaries(n.value().intValue(), span(n.start(), n.end()), strength);
                return;
            }
        }
    }

    private void readOrganizations(Field f, Range v, Draft d) {
        Role role = switch (f) {
            case LEAD -> Role.LEAD;
            case PARTNER -> Role.PARTNER;
            case FUNDER -> Role.FUNDER;
            default -> Role.IMPLEMENTER;
        };
        List<Range> pieces = organizationPieces(v);
        // Places named beside the organisations ("Budapest: Fővárosi Önkormányzat"), not inside their names.
        for (Recognized<String> p : engine.places().find(words, words.indexAtOrAfter(v.start()), words.indexAtOrAfter(v.end()))) {
            // ... except the place a municipality is ("Partneri: Grad Kragujevac" acts in Kragujevac).
            boolean inside = pieces.stream().anyMatch(r -> r.start() <= p.start() && p.end() <= r.end()
                    && words.indexAtOrAfter(r.end()) - words.indexAtOrAfter(r.start()) > words.indexAtOrAfter(p.end()) - words.indexAtOrAfter(p.start())
                    && !Places.isTerritory(words, lex, new Recognized<>(r.of(text), r.start(), r.end()), p));
            if (!inside) {
                d.location(original(span(p.start(), p.end())), span(p.start(), p.end()));
            }
        }
        boolean first = true;
        for (Range rawPiece : pieces) {
            Range piece = withoutLeadingArticles(rawPiece);
            int pa = words.indexAtOrAfter(piece.start());
            int pb = words.indexAtOrAfter(piece.end());
            if (role == Role.FUNDER && ProgrammeChain.opens(words, lex, piece)) {
                // "Финансираща институция: Програма за подкрепа на НПО … по Финансовия механизъм на ЕИП":
                // what pays is a programme, not an organisation.
                ProgrammeChain.split(words, lex, piece).forEach(r -> cleaned(r, false).ifPresent(s -> d.programme(original(s), s)));
                first = false;
                continue;
            }
            if (pb - pa > LONG_NAME_WORDS) {
                // A sentence, not a name: "Фондация X в партньорство с Клуб Y ..., финансиран от Институт Z".
                List<Recognized<String>> named = engine.organizations().find(words, pa, pb);
                if (!named.isEmpty()) {
                    // The sentence may also name the programme ("… стартира нова инициатива „…”").
                    programmes(pa, pb, d);
                    List<PhraseMatch<Role>> cues = lex.roles().findAll(words, pa, pb);
                    Role previous = null;
                    for (int n = 0; n < named.size(); n++) {
                        Recognized<String> o = named.get(n);
                        Role r = first || cues.isEmpty() ? role : nearestRole(o, cues);
                        r = r == null ? role : r;
                        if (n > 0 && Coordination.joins(words, lex, named.get(n - 1), o)) {
                            r = previous;
                        }
                        d.organization(original(span(o.start(), o.end())), r, span(o.start(), o.end()), true);
                        previous = r;
                        first = false;
                    }
                    continue;
                }
            }
            piece = namedAfterItsLeader(piece);
            Optional<Span> s = cleaned(piece, true);
            if (s.isEmpty() || original(s.get()).chars().noneMatch(Character::isUpperCase)) {
                // "lokalne samouprave": a kind of body, written in lower case, names no one.
                continue;
            }
            String name = original(s.get());
            d.organization(name, role, s.get(), true);
            first = false;
            int a = words.indexAtOrAfter(piece.start());
            int b = words.indexAtOrAfter(piece.end());
            if (engine.places().isPlace(words, a, b)) {
                d.location(name, s.get());
            }
            if (role == Role.FUNDER && lex.projectWords().occursIn(words, a, b)) {
                d.programme(name, s.get());
            }
        }
    }

    /**
     * "Konzorcijum koji predvodi KPMG": a bare kind of body (a legal form and nothing else) followed by
     * a role cue names no one itself; the organisation is the name after the cue.
     */
    private Range namedAfterItsLeader(Range piece) {
        int pa = words.indexAtOrAfter(piece.start());
        int pb = words.indexAtOrAfter(piece.end());
        Optional<PhraseMatch<Boolean>> form = pa < pb ? lex.legalForms().matchAt(words, pa) : Optional.empty();
        if (form.isEmpty() || form.get().endToken() >= pb) {
            return piece;
        }
        Optional<PhraseMatch<Role>> cue = lex.roles().matchAt(words, form.get().endToken());
        if (cue.isEmpty() || cue.get().endToken() >= pb || !words.get(cue.get().endToken()).isCapitalized()) {
            return piece;
        }
        return new Range(words.get(cue.get().endToken()).start(), piece.end());
    }

    private boolean isArticle(int t) {
        Optional<PhraseMatch<Boolean>> m = lex.articles().matchAt(words, t);
        return m.isPresent() && m.get().endToken() == t + 1;
    }

    /** The range without articles in front ("a Maros Alapítvány"). */
    private Range withoutLeadingArticles(Range r) {
        Range x = r.strip(text);
        int t = words.indexAtOrAfter(x.start());
        while (t < words.size() && words.get(t).start() == x.start() && words.get(t).end() < x.end()
                && isArticle(t)) {
            x = new Range(words.get(t).end(), x.end()).strip(text);
            t = words.indexAtOrAfter(x.start());
        }
        return x;
    }

    /** Organisation names of a list value: split at ; / and commas (a comma before a lower-case word stays inside a name). */
    private List<Range> organizationPieces(Range v) {
        List<Range> raw = new ArrayList<>();
        int s = v.start();
        for (int k = v.start(); k <= v.end(); k++) {
            char c = k < v.end() ? text.charAt(k) : ';';
            boolean hard = c == ';' || c == '/' || c == '\n' || c == '|';
            boolean soft = c == ',';
            if (soft && k + 1 < v.end()) {
                int j = k + 1;
                while (j < v.end() && text.charAt(j) == ' ') {
                    j++;
                }
                if (j < v.end() && Character.isLowerCase(text.charAt(j)) && !startsWithLegalForm(j)) {
                    soft = false;
                }
            }
            if (hard || soft) {
                if (k > s) {
                    raw.add(new Range(s, k));
                }
                s = k + 1;
            }
        }
        List<Range> out = new ArrayList<>();
        for (Range r : raw) {
            Range x = r.strip(text);
            int colon = x.of(text).indexOf(':');
            if (colon > 0 && colon < x.length() - 1) {
                x = new Range(x.start() + colon + 1, x.end()).strip(text);
            }
            out.addAll(splitAtConjunctionAfterLegalForm(x));
        }
        return out;
    }

    private boolean startsWithLegalForm(int offset) {
        int t = words.indexAtOrAfter(offset);
        return t < words.size() && words.get(t).start() == offset && lex.legalForms().matchAt(words, t).isPresent();
    }

    private List<Range> splitAtConjunctionAfterLegalForm(Range r) {
        List<Range> out = new ArrayList<>();
        int a = words.indexAtOrAfter(r.start());
        int b = words.indexAtOrAfter(r.end());
        int s = r.start();
        for (int k = a + 1; k < b - 1; k++) {
            if (lex.conjunctions().matchAt(words, k).isPresent()
                    && (lex.legalForms().matchAt(words, k - 1).isPresent() || lex.legalForms().tailOf(words, k - 1).isPresent()
                    || endsLegalPhrase(k - 1))) {
                out.add(new Range(s, words.get(k - 1).end()));
                s = words.get(k + 1).start();
            }
        }
        out.add(new Range(s, r.end()));
        return out;
    }

    private boolean endsLegalPhrase(int k) {
        for (int j = Math.max(0, k - 3); j <= k; j++) {
            Optional<PhraseMatch<Boolean>> m = lex.legalForms().matchAt(words, j);
            if (m.isPresent() && m.get().endToken() == k + 1) {
                return true;
            }
        }
        return false;
    }

    private List<Range> splitList(Range v, boolean semicolonsOnly) {
        List<Range> out = new ArrayList<>();
        int s = v.start();
        for (int k = v.start(); k <= v.end(); k++) {
            char c = k < v.end() ? text.charAt(k) : ';';
            if ((c == ';' || (!semicolonsOnly && c == ',')) && (k == v.end() || !insideParentheses(s, k))) {
                if (k > s) {
                    out.add(new Range(s, k));
                }
                s = k + 1;
            }
        }
        return out;
    }

    private void phraseItem(Field f, Range v, Draft d) {
        for (Range r : splitList(v, true)) {
            for (Range g : f == Field.TARGET_GROUPS ? targetGroups.split(r) : List.of(r)) {
                cleaned(cut(g, f != Field.ACTIVITIES), false).ifPresent(s -> addPhrase(f, s, d));
            }
        }
    }

    private void addPhrase(Field f, Span s, Draft d) {
        String t = original(s);
        if (t.contains("://") || t.contains("www.")) {
            // "eredményei a http://… honlapon olvashatók" points to results; it is not one.
            return;
        }
        switch (f) {
            case TARGET_GROUPS -> d.targetGroup(t, s);
            case OBJECTIVES -> d.objective(t, s);
            case ACTIVITIES -> d.activity(t, s);
            case RESULTS -> d.result(t, s);
            default -> {
                // not a phrase field
            }
        }
    }

    /** Items of a section: a list item as one phrase (up to its first sentence), a paragraph sentence by sentence. */
    private void sectionPhrases(Field f, Block b, int i, Draft d) {
        Range c = b.content();
        if (b.endsWithColon() && c.length() < 80) {
            return;
        }
        if (b.kind() == BlockKind.LIST_ITEM) {
            List<Range> sentences = Sentences.split(text, c.start(), c.end(), lex.abbreviations());
            Range first = sentences.isEmpty() ? c : sentences.get(0);
            if (first.of(text).endsWith(":")) {
                return;
            }
            // One item per list point: what follows a semicolon elaborates on it.
            cleaned(cut(first, f != Field.ACTIVITIES), false).ifPresent(s -> addPhrase(f, s, d));
            return;
        }
        List<Range> sentences = Sentences.split(text, c.start(), c.end(), lex.abbreviations());
        boolean anyCue = false;
        for (Range sr : sentences) {
            Optional<PhraseMatch<Boolean>> cue = cueIn(cueTable(f), sr);
            if (cue.isPresent()) {
                anyCue = true;
                cleaned(cut(new Range(cue.get().end(), sr.end()), true, true), false).ifPresent(s -> addPhrase(f, s, d));
            }
        }
        if (!anyCue && f == Field.RESULTS && resultCueInSection(i)) {
            // "Резултати" over narrative paragraphs: one states its result with a cue ("В резултат от
            // проекта бе създаден …"); the others say what the project contributed to or why it succeeded.
            return;
        }
        if (!anyCue && f == Field.RESULTS && !sentences.isEmpty()) {
            // A results paragraph opens with its summary; the sentences after it elaborate on it.
            cleaned(sentences.get(0), false).ifPresent(s -> addPhrase(f, s, d));
        } else if (!anyCue && (sentences.size() <= 2 || f != Field.OBJECTIVES)) {
            for (Range sr : sentences) {
                if (!sr.of(text).endsWith(":")) {
                    for (Range g : f == Field.TARGET_GROUPS ? targetGroups.split(sr) : List.of(sr)) {
                        cleaned(cut(g, f == Field.OBJECTIVES), false).ifPresent(s -> addPhrase(f, s, d));
                    }
                }
            }
        }
    }

    /** Whether a paragraph of the results section block {@code i} is in has a result cue; worked out once per page. */
    private boolean resultCueInSection(int i) {
        if (resultCueSections == null) {
            resultCueSections = new boolean[blocks.size()];
            int from = 0;
            while (from < blocks.size()) {
                int to = from + 1;
                while (to < blocks.size() && section[from] == Field.RESULTS && section[to] == Field.RESULTS && kind[to] != LineKind.HEAD) {
                    to++;
                }
                boolean cue = false;
                for (int j = from; j < to && section[from] == Field.RESULTS; j++) {
                    cue |= kind[j] == LineKind.PARA && cueIn(lex.resultCues(), blocks.get(j).content()).isPresent();
                }
                java.util.Arrays.fill(resultCueSections, from, to, cue);
                from = to;
            }
        }
        return resultCueSections[i];
    }

    private org.inclusiondata.extract.lexicon.PhraseTable<Boolean> cueTable(Field f) {
        return switch (f) {
            case OBJECTIVES -> lex.objectiveCues();
            case ACTIVITIES -> lex.activityCues();
            case RESULTS -> lex.resultCues();
            default -> lex.targetCues();
        };
    }

    private Optional<PhraseMatch<Boolean>> cueIn(org.inclusiondata.extract.lexicon.PhraseTable<Boolean> table, Range r) {
        List<PhraseMatch<Boolean>> ms = table.findAll(words, words.indexAtOrAfter(r.start()), words.indexAtOrAfter(r.end()));
        return ms.isEmpty() ? Optional.empty() : Optional.of(ms.get(0));
    }

    /**
     * A long phrase cut to its first clauses: up to the first comma after a few words. Gold
     * phrases name one goal each; the rest of a long sentence is usually elaboration.
     */
    private Range cut(Range r, boolean cutLong) {
        return cut(r, cutLong, false);
    }

    private Range cut(Range r, boolean cutLong, boolean always) {
        for (int k = r.start(); k < r.end(); k++) {
            // A semicolon inside parentheses separates the items of an aside, not two phrases.
            if (text.charAt(k) == ';' && !insideParentheses(r.start(), k)) {
                r = new Range(r.start(), k);
                break;
            }
        }
        if (!cutLong) {
            return r;
        }
        int a = words.indexAtOrAfter(r.start());
        int b = words.indexAtOrAfter(r.end());
        if (!always && b - a <= LONG_PHRASE && r.length() < 400) {
            return r;
        }
        int seen = 0;
        for (int k = a; k < b; k++) {
            if (words.get(k).raw().length() > 1 || words.get(k).isNumber()) {
                seen++;
            }
            int gapEnd = k + 1 < words.size() ? words.get(k + 1).start() : r.end();
            String gap = text.substring(words.get(k).end(), Math.min(gapEnd, r.end()));
            if (seen >= MIN_CLAUSE_WORDS && gap.contains(",") && !insideParentheses(r.start(), words.get(k).end())) {
                return new Range(r.start(), words.get(k).end());
            }
        }
        return r;
    }

    private boolean insideParentheses(int from, int at) {
        int open = 0;
        for (int k = from; k < at; k++) {
            if (text.charAt(k) == '(') {
                open++;
            } else if (text.charAt(k) == ')' && open > 0) {
                open--;
            }
        }
        return open > 0;
    }

    // ---------------------------------------------------------------- running text

    private void narrative(Range content, int block, Draft d, boolean phrases) {
        for (Range sr : Sentences.split(text, content.start(), content.end(), lex.abbreviations())) {
            sentence(sr, block, d, phrases);
        }
    }

    private void sentence(Range sr, int block, Draft d, boolean phrases) {
        int ta = words.indexAtOrAfter(sr.start());
        int tb = words.indexAtOrAfter(sr.end());
        if (tb <= ta) {
            return;
        }
        boolean project = lex.projectWords().occursIn(words, ta, tb);
        if (project) {
            projectMentions++;
        }
        titleCandidates(sr, block);
        // money
        List<Recognized<Amount>> amounts = engine.money().find(words, sr.start(), sr.end());
        for (int k = 0; k < amounts.size(); k++) {
            Recognized<Amount> a = amounts.get(k);
            if (isExcluded(a.start(), a.end())) {
                continue;
            }
            FundingKind kind = engine.money().kindOf(words, amounts, k, sr.start(), sr.end());
            d.funding(a.value().amount(), a.value().currency(), kind == null ? FundingKind.OTHER : kind, span(a.start(), a.end()));
        }
        // periods and lone dates with a start/end cue
        List<Recognized<Period>> periods = new ArrayList<>();
        for (Recognized<Period> p : engine.dates().periods(text, sr.start(), sr.end())) {
            if (!isExcluded(p.start(), p.end()) && !programmePeriod(p)) {
                periods.add(p);
            }
        }
        if (!periods.isEmpty() && !d.hasStart() && !d.hasEnd()) {
            Recognized<Period> p = periods.get(0);
            Span sp = span(p.start(), p.end());
            d.start(p.value().start(), sp, Draft.Strength.NARRATIVE);
            d.end(p.value().end(), sp, Draft.Strength.NARRATIVE);
        }
        if (project) {
            datesByCue(sr, periods, d);
        }
        if (!d.hasDuration() && (project || mentionsField(ta, tb, Field.DURATION) || mentionsField(ta, tb, Field.PERIOD))) {
            List<Recognized<Integer>> durs = engine.durations().find(words, ta, tb);
            // Over ten years in running text is an age ("16 до 25 години") or a strategy, not a project.
            durs.removeIf(r -> r.value() > MAX_NARRATIVE_MONTHS || inThePast(r));
            if (!durs.isEmpty()) {
                d.duration(durs.get(0).value(), span(durs.get(0).start(), durs.get(0).end()), Draft.Strength.NARRATIVE);
            }
        }
        if (!d.hasBeneficiaries()) {
            List<Recognized<Integer>> cs = engine.counts().find(words, sr.start(), sr.end());
            if (!cs.isEmpty()) {
                d.beneficiaries(cs.get(0).value(), span(cs.get(0).start(), cs.get(0).end()), Draft.Strength.NARRATIVE);
            }
        }
        // organisations with a role cue in the same sentence
        List<PhraseMatch<Role>> roleCues = lex.roles().findAll(words, ta, tb);
        List<Recognized<String>> orgs = engine.organizations().find(words, ta, tb);
        Role previous = null;
        for (int n = 0; n < orgs.size(); n++) {
            Recognized<String> o = orgs.get(n);
            if (afterProgrammeWord(o)) {
                // "kroz program EU PRO Plus": a name right after the word "program" is the programme's.
                d.programme(original(span(o.start(), o.end())), span(o.start(), o.end()));
                continue;
            }
            CuedRole cued = roleCues.isEmpty() ? new CuedRole(null, null) : nearestRole(o, roleCues, orgs);
            Role role = cued.role();
            Role shared = cued.shared();
            if (n > 0 && previous != null && Coordination.joins(words, lex, orgs.get(n - 1), o)) {
                role = previous;
                shared = previous;
            }
            previous = shared;
            if (role != null && !placeAfterPreposition(o, roleCues)) {
                d.organization(original(span(o.start(), o.end())), role, span(o.start(), o.end()), false);
            } else {
                d.nameSeen(original(span(o.start(), o.end())), span(o.start(), o.end()));
            }
        }
        boolean orgsApart = inOrderApart(orgs);
        List<Range> quotesOfSentence = null;
        for (Recognized<String> p : engine.places().find(words, ta, tb)) {
            // A place inside an organisation's name ("Maros Megyei ... Igazgatóság") is not where the
            // project acts, unless the organisation is the place's own council ("община Стралджа", "општина Србобран").
            Recognized<String> holder = longerNameHolding(p, orgs, orgsApart);
            if (holder != null && !Places.isTerritory(words, lex, holder, p)) {
                continue;
            }
            if (Places.isSeat(words, lex, orgs, p)) {
                continue;
            }
            if (quotesOfSentence == null) {
                quotesOfSentence = Quotes.find(text, sr.start(), sr.end());
            }
            if (quotesOfSentence.stream().anyMatch(q -> q.start() < p.start() && p.end() <= q.end())) {
                // "в „Университетска ботаническа градина – София“": a place inside a quoted name is part of that name.
                continue;
            }
            Span s = span(p.start(), p.end());
            d.location(original(s), s);
        }
        programmes(ta, tb, d);
        if (section[block] != Field.TARGET_GROUPS && field[block] != Field.TARGET_GROUPS) {
            for (Range g : targetGroups.find(ta, tb)) {
                if (orgs.stream().noneMatch(o -> o.start() < g.end() && g.start() < o.end()) && !isExcluded(g.start(), g.end())) {
                    cleaned(g, false).ifPresent(s -> d.mentionedGroup(original(s), s));
                }
            }
        }
        for (Recognized<String> u : LinkRecognizer.urls(text, sr.start(), sr.end())) {
            d.link(original(span(u.start(), u.end())), span(u.start(), u.end()));
        }
        if (phrases) {
            if (resultsFollowNext && block == resultsFollowIn + 1) {
                // The announcement closed its paragraph: the next paragraph states the results.
                resultsFollowIn = block;
                resultsFollowNext = false;
            }
            if (resultsFollowIn == block && cueIn(lex.resultCues(), sr).isEmpty()) {
                cleaned(cut(sr, true), false).ifPresent(s -> addPhrase(Field.RESULTS, s, d));
            } else {
                resultsFollowIn = -1;
                resultsFollowNext = false;
            }
            cuePhrases(sr, block, d);
        }
    }

    /** Whether folded words name a kind of place before its name ("republika", "община"): "Republika Srbija" is Srbija. */
    private boolean placeQualifier(String folded) {
        Words w = lex.words(folded);
        Optional<PhraseMatch<CuePosition>> m = lex.placeCues().matchAt(w, 0);
        return m.isPresent() && m.get().value() == CuePosition.BEFORE && m.get().endToken() == w.size();
    }

    private boolean afterProgrammeWord(Recognized<String> o) {
        int t = words.indexAtOrAfter(o.start());
        if (t == 0 || words.get(t - 1).isCapitalized() || !text.substring(words.get(t - 1).end(), o.start()).isBlank()) {
            return false;
        }
        return lex.programmeWords().matchAt(words, t - 1).filter(m -> m.endToken() == t).isPresent();
    }

    /** "u poslednje četiri godine", "az elmúlt négy évben": a span of time behind us is not the project's duration. */
    private boolean inThePast(Recognized<Integer> duration) {
        int t = words.indexAtOrAfter(duration.start());
        return t > 0 && lex.pastWords().matchAt(words, t - 1).filter(m -> m.endToken() == t).isPresent();
    }

    /** Whether the names are in text order and none overlaps the next. */
    private static boolean inOrderApart(List<Recognized<String>> names) {
        for (int k = 1; k < names.size(); k++) {
            if (names.get(k).start() < names.get(k - 1).end()) {
                return false;
            }
        }
        return true;
    }

    /**
     * The longer one of {@code names} that {@code p} lies inside, or null. When the names are in
     * order and apart, only the last one starting at or before {@code p} can hold it: a binary
     * search instead of a scan per place, which made a one-sentence page of a megabyte quadratic.
     */
    private static Recognized<String> longerNameHolding(Recognized<String> p, List<Recognized<String>> names, boolean inOrderApart) {
        if (!inOrderApart) {
            return names.stream().filter(o -> o.start() <= p.start() && p.end() <= o.end() && o.end() - o.start() > p.end() - p.start())
                    .findFirst().orElse(null);
        }
        int lo = startingAtOrBefore(names, p.start());
        if (lo == 0) {
            return null;
        }
        Recognized<String> o = names.get(lo - 1);
        return p.end() <= o.end() && o.end() - o.start() > p.end() - p.start() ? o : null;
    }

    /**
     * "… познаващо добре ромските общности в община Кубрат": a municipality named after a
     * preposition says where, not who takes part, unless a role cue introduces it ("у сарадњи са
     * општином …").
     */
    private boolean placeAfterPreposition(Recognized<String> o, List<PhraseMatch<Role>> roleCues) {
        int a = words.indexAtOrAfter(o.start());
        int b = words.indexAtOrAfter(o.end());
        if (a == 0 || a >= b) {
            return false;
        }
        Optional<PhraseMatch<CuePosition>> cue = lex.placeCues().matchAt(words, a);
        if (cue.isEmpty() || cue.get().value() != CuePosition.BEFORE || engine.places().find(words, a, b).isEmpty()) {
            return false;
        }
        Token before = words.get(a - 1);
        boolean preposition = !before.isCapitalized() && !before.isNumber() && before.raw().length() <= 2
                && text.substring(before.end(), o.start()).isBlank();
        // "партнери су општина …": a short word right after a role cue belongs to the cue.
        return preposition && roleCues.stream().noneMatch(c -> c.firstToken() < a && a - 2 < c.endToken());
    }


    private boolean mentionsField(int ta, int tb, Field f) {
        for (PhraseMatch<Field> m : lex.fields().findAll(words, ta, tb)) {
            if (m.value() == f) {
                return true;
            }
        }
        return false;
    }

    private boolean programmePeriod(Recognized<Period> p) {
        Period v = p.value();
        return v.start().precision() == PartialDate.Precision.YEAR && v.end().precision() == PartialDate.Precision.YEAR
                && v.end().year() - v.start().year() >= PROGRAMME_PERIOD_YEARS;
    }

    /** In each clause with a start/end cue, the date nearest the cue is the project's start or end. */
    private void datesByCue(Range sr, List<Recognized<Period>> periods, Draft d) {
        if (d.hasStart() && d.hasEnd()) {
            // Every cue's role is filled: no clause can give a date.
            return;
        }
        int s = sr.start();
        for (int k = sr.start(); k <= sr.end(); k++) {
            if (k == sr.end() || text.charAt(k) == ',' || text.charAt(k) == ';') {
                if (k > s) {
                    clauseDates(new Range(s, k), periods, d);
                }
                s = k + 1;
            }
        }
    }

    private void clauseDates(Range clause, List<Recognized<Period>> periods, Draft d) {
        List<PhraseMatch<DateRole>> cues = lex.dateCues().findAll(words, words.indexAtOrAfter(clause.start()), words.indexAtOrAfter(clause.end()));
        if (cues.stream().noneMatch(cue -> cue.value() == DateRole.START ? !d.hasStart() : !d.hasEnd())) {
            // Only a cue whose role is still open looks for a date (below): a long sentence of
            // dates and cues searched every clause for dates no cue would take.
            return;
        }
        List<DateMention> ds = new ArrayList<>();
        for (DateMention m : engine.dates().dates(text, clause.start(), clause.end())) {
            boolean inPeriod = inPeriod(m, periods);
            if (!inPeriod && !isExcluded(m.start(), m.end())) {
                ds.add(m);
            }
        }
        if (ds.isEmpty() && published != null) {
            // "A szeptemberben indult projekt": a month without a year, in an article dated by the page.
            for (PhraseMatch<Integer> m : lex.months().findAll(words, words.indexAtOrAfter(clause.start()), words.indexAtOrAfter(clause.end()))) {
                if (words.get(m.firstToken()).raw().length() >= 4 && !isExcluded(m.start(), m.end())) {
                    int year = m.value() <= (published.month() == null ? 12 : published.month()) ? published.year() : published.year() - 1;
                    ds.add(new DateMention(PartialDate.ofMonth(year, m.value()), m.start(), m.end(), false));
                }
            }
        }
        for (PhraseMatch<DateRole> cue : cues) {
            boolean wanted = cue.value() == DateRole.START ? !d.hasStart() : cue.value() == DateRole.END && !d.hasEnd();
            if (!wanted) {
                // The first cue of a role wins; looking for the nearest date of every later cue made a
                // long sentence of dates and cues quadratic.
                continue;
            }
            DateMention best = null;
            int bestDist = Integer.MAX_VALUE;
            for (DateMention m : ds) {
                int dist = m.end() <= cue.start() ? cue.start() - m.end() : Math.max(0, m.start() - cue.end());
                if (dist < bestDist) {
                    best = m;
                    bestDist = dist;
                }
            }
            if (best == null) {
                continue;
            }
            Span sp = span(best.start(), best.end());
            if (cue.value() == DateRole.START && !d.hasStart()) {
                d.start(best.date(), sp, Draft.Strength.NARRATIVE);
            } else if (cue.value() == DateRole.END && !d.hasEnd()) {
                d.end(best.date(), sp, Draft.Strength.NARRATIVE);
            }
        }
    }

    /**
     * Whether a period holds the date. The periods are in text order and apart (as
     * {@code DateRecognizer.periods} gives them), so only the last one starting at or before the
     * date can: a binary search, where a scan per date made a long sentence of dates quadratic.
     */
    private static boolean inPeriod(DateMention m, List<Recognized<Period>> periods) {
        int lo = startingAtOrBefore(periods, m.start());
        return lo > 0 && m.end() <= periods.get(lo - 1).end();
    }

    /** How many of {@code sorted} (in order of their starts) start at or before {@code offset}: a binary search. */
    private static int startingAtOrBefore(List<? extends Recognized<?>> sorted, int offset) {
        int lo = 0;
        int hi = sorted.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted.get(mid).start() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private Role nearestRole(Recognized<String> org, List<PhraseMatch<Role>> cues) {
        return nearestRole(org, cues, List.of()).role();
    }

    /**
     * The role the nearest cue gives {@code org}, and the role of a name joined to it by a comma or
     * a conjunction: the same, except for the subject of a {@code between} cue ("партньорство между
     * X и Y": X leads, Y is the partner). {@code names} are the sentence's organisations in order.
     */
    private CuedRole nearestRole(Recognized<String> org, List<PhraseMatch<Role>> cues, List<Recognized<String>> names) {
        PhraseMatch<Role> best = null;
        int bestDist = Integer.MAX_VALUE;
        for (PhraseMatch<Role> c : cues) {
            if (c.start() < org.end() && org.start() < c.end()) {
                continue;
            }
            Optional<PhraseMatch<RoleSide>> side = lex.roleCuePositions().matchAt(words, c.firstToken());
            if (side.isPresent() && side.get().endToken() == c.endToken()
                    && (side.get().value() != RoleSide.AFTER) != (c.end() <= org.start())) {
                continue;
            }
            int dist = c.end() <= org.start() ? org.start() - c.end() : c.start() - org.end();
            if (dist < bestDist) {
                bestDist = dist;
                best = c;
            }
        }
        if (best == null) {
            return new CuedRole(null, null);
        }
        PhraseMatch<Role> cue = best;
        Optional<PhraseMatch<Role>> subject = lex.subjectRoles().matchAt(words, cue.firstToken())
                .filter(m -> m.endToken() == cue.endToken());
        if (subject.isPresent() && cue.start() >= org.end()) {
            // The cue introduces the organisations after it; the one before it is the subject
            // ("X у сарадњи са Y": X leads, Y is the partner).
            return new CuedRole(subject.get().value(), subject.get().value());
        }
        boolean between = lex.roleCuePositions().matchAt(words, cue.firstToken())
                .filter(m -> m.endToken() == cue.endToken() && m.value() == RoleSide.BETWEEN).isPresent();
        if (subject.isPresent() && between && names.stream().noneMatch(n -> n != org && cue.end() <= n.start() && n.end() <= org.start())) {
            return new CuedRole(subject.get().value(), cue.value());
        }
        return new CuedRole(cue.value(), cue.value());
    }

    private record CuedRole(Role role, Role shared) {
    }

    /** Programme names around a head word: a quoted name after it, or the name before it back to an article. */
    private void programmes(int ta, int tb, Draft d) {
        for (PhraseMatch<Boolean> h : lex.programmeHeads().findAll(words, ta, tb)) {
            int after = h.end();
            int k = after;
            while (k < text.length() && k - after < 3 && (text.charAt(k) == ' ' || text.charAt(k) == ':')) {
                k++;
            }
            List<Range> q = Quotes.find(text, Math.max(0, k - 1), Math.min(text.length(), k + 300));
            if (!q.isEmpty() && q.get(0).start() <= k + 2) {
                Range r = new Range(h.start(), Math.min(text.length(), q.get(0).end() + 1));
                cleaned(r, false).ifPresent(s -> d.programme(original(s), s));
                continue;
            }
            if (lex.articles().isEmpty()) {
                // Languages without articles: capitalised words after the head word.
                int e = h.endToken();
                while (e < tb && words.joined(e - 1) && (words.get(e).isCapitalized() || connectorBetweenCapitals(e, tb))) {
                    e++;
                }
                if (e > h.endToken() || words.get(h.firstToken()).isCapitalized()) {
                    Range r = new Range(h.start(), words.get(e - 1).end());
                    cleaned(r, false).ifPresent(s -> d.programme(original(s), s));
                }
                continue;
            }
            int s = h.firstToken();
            while (s - 1 >= ta && h.firstToken() - s < 8 && words.joined(s - 1) && lex.articles().matchAt(words, s - 1).isEmpty()
                    && !lex.projectWords().matchAt(words, s - 1).isPresent()) {
                s--;
            }
            if (s < h.firstToken() || words.get(h.firstToken()).isCapitalized()) {
                Range r = new Range(words.get(s).start(), h.end());
                cleaned(r, false).ifPresent(sp -> d.programme(original(sp), sp));
            }
        }
        // "az URBACT program": an acronym right before a project word names a programme the project belongs to.
        for (PhraseMatch<Boolean> pw : lex.projectWords().findAll(words, ta, tb)) {
            int k = pw.firstToken() - 1;
            if (k >= ta && words.joined(k) && words.get(k).isUpperWord() && !words.get(k).isNumber()
                    && pw.phrase().toLowerCase(java.util.Locale.ROOT).startsWith("program")) {
                Span s = span(words.get(k).start(), words.get(k).end());
                if (d.title() == null || !d.title().contains(original(s))) {
                    d.programme(original(s), s);
                }
            }
        }
    }

    private boolean connectorBetweenCapitals(int e, int tb) {
        Token t = words.get(e);
        return !t.isCapitalized() && t.raw().length() <= 3 && e + 1 < tb && words.get(e + 1).isCapitalized() && words.joined(e);
    }

    private void cuePhrases(Range sr, int block, Draft d) {
        cuePhrase(lex.objectiveCues(), Field.OBJECTIVES, sr, d);
        if (announcesResults(sr)) {
            resultsFollowIn = block;
            resultsFollowNext = text.substring(sr.end(), Math.max(sr.end(), blocks.get(block).content().end())).isBlank();
        } else {
            cuePhrase(lex.resultCues(), Field.RESULTS, sr, d);
        }
        cuePhrase(lex.activityCues(), Field.ACTIVITIES, sr, d);
        Optional<PhraseMatch<Boolean>> target = cueIn(lex.targetCues(), sr);
        if (target.isPresent()) {
            for (Range r : targetItems(new Range(target.get().end(), sr.end()))) {
                cleaned(r, false).ifPresent(s -> d.targetGroup(original(s), s));
            }
        }
    }

    /**
     * A sentence that points to results without stating one: the results cue is followed by a
     * colon or by where to read them ("eredményei a http://… honlapon olvashatók", "Резултатите
     * от проекта са следните:"). The sentences after it in the same paragraph are the results.
     */
    private boolean announcesResults(Range sr) {
        Optional<PhraseMatch<Boolean>> cue = cueIn(lex.resultCues(), sr);
        if (cue.isEmpty()) {
            return false;
        }
        Range rest = new Range(cue.get().end(), sr.end());
        String after = rest.of(text).strip();
        return after.endsWith(":") || !LinkRecognizer.urls(text, rest.start(), rest.end()).isEmpty();
    }

    private void cuePhrase(org.inclusiondata.extract.lexicon.PhraseTable<Boolean> table, Field f, Range sr, Draft d) {
        Optional<PhraseMatch<Boolean>> cue = cueIn(table, sr);
        if (cue.isPresent() && f == Field.ACTIVITIES && cue.get().firstToken() - words.indexAtOrAfter(sr.start()) > 2) {
            // An activity verb inside a sentence ("képzéseket szervez"): the sentence is the activity.
            cleaned(cut(sr, true), false).ifPresent(s -> addPhrase(f, s, d));
            return;
        }
        if (cue.isPresent() && cue.get().end() < sr.end()) {
            Range rest = new Range(cue.get().end(), sr.end());
            // "célja X, valamint Y": a list word after the first clause starts a second goal.
            for (int n = 0; n < 4 && !rest.isEmpty(); n++) {
                Range item = cut(rest, true, true);
                cleaned(item, false).ifPresent(s -> addPhrase(f, s, d));
                Range after = new Range(Math.min(rest.end(), item.end() + 1), rest.end()).strip(text);
                int t = words.indexAtOrAfter(after.start());
                Optional<PhraseMatch<Boolean>> conj = t < words.size() && words.get(t).start() == after.start()
                        ? lex.conjunctions().matchAt(words, t) : Optional.empty();
                if (item.end() >= rest.end() || text.charAt(item.end()) != ',' || conj.isEmpty()) {
                    break;
                }
                rest = new Range(conj.get().end(), rest.end());
            }
        }
    }

    /** Target groups after a cue: comma-separated items, without those that give numbers or talk about the project. */
    private List<Range> targetItems(Range r) {
        List<Range> out = new ArrayList<>();
        for (Range item : splitList(r, false)) {
            int a = words.indexAtOrAfter(item.start());
            int b = words.indexAtOrAfter(item.end());
            if (b <= a) {
                continue;
            }
            boolean number = false;
            for (int k = a; k < b; k++) {
                number |= words.get(k).isNumber();
            }
            if (number || lex.projectWords().occursIn(words, a, b)) {
                continue;
            }
            int s = item.start();
            Optional<PhraseMatch<Boolean>> conj = lex.conjunctions().matchAt(words, a);
            if (conj.isPresent() && conj.get().endToken() < b) {
                s = words.get(conj.get().endToken()).start();
            }
            out.add(new Range(s, item.end()));
        }
        return out;
    }

    // ---------------------------------------------------------------- titles

    private void titleCandidates(Range sr, int block) {
        List<Range> quotes = Quotes.find(text, sr.start(), sr.end());
        for (Range q : quotes) {
            if (projectWordNear(q.start() - 1, true) || projectWordNear(q.end() + 1, false)
                    || titleCueNear(q.start() - 1, true) || titleCueNear(q.end() + 1, false)) {
                narrativeTitles.add(new TitleCandidate(q, block, true, sr.start()));
            }
        }
        int ta = words.indexAtOrAfter(sr.start());
        int tb = words.indexAtOrAfter(sr.end());
        if (!lex.articles().isEmpty()) {
            for (PhraseMatch<Boolean> pw : lex.projectWords().findAll(words, ta, tb)) {
                int k = pw.firstToken() - 1;
                int limit = Math.max(ta, pw.firstToken() - 12);
                while (k >= limit && words.joined(k) && lex.articles().matchAt(words, k).isEmpty()) {
                    k--;
                }
                if (k >= limit && k + 1 < pw.firstToken() && lex.articles().matchAt(words, k).isPresent()
                        && words.get(k + 1).isCapitalized() && !inQuotes(words.get(k + 1).start(), quotes)) {
                    narrativeTitles.add(new TitleCandidate(new Range(words.get(k + 1).start(), words.get(pw.firstToken() - 1).end()), block, false, sr.start()));
                }
            }
            for (PhraseMatch<CuePosition> cue : lex.titleCues().findAll(words, ta, tb)) {
                if (cue.value() != CuePosition.AFTER || inQuotes(cue.start() - 2, quotes)) {
                    continue;
                }
                int clauseStart = sr.start();
                for (int k = cue.start() - 1; k > sr.start(); k--) {
                    if (text.charAt(k) == ',' || text.charAt(k) == ';') {
                        clauseStart = k + 1;
                        break;
                    }
                }
                int a = words.indexAtOrAfter(clauseStart);
                int first = -1;
                for (int k = a; k < cue.firstToken(); k++) {
                    if (lex.articles().matchAt(words, k).isPresent()) {
                        first = k + 1;
                        break;
                    }
                }
                if (first >= 0 && first < cue.firstToken()) {
                    narrativeTitles.add(new TitleCandidate(new Range(words.get(first).start(), words.get(cue.firstToken() - 1).end()), block, false, sr.start()));
                }
            }
        }
        for (PhraseMatch<CuePosition> cue : lex.titleCues().findAll(words, ta, tb)) {
            if (cue.value() == CuePosition.BEFORE && cue.endToken() < tb && quotes.stream().noneMatch(q -> q.start() > cue.end() && q.start() - cue.end() < 4)) {
                int e = cue.endToken();
                while (e < tb && words.joined(e == cue.endToken() ? e - 1 : e - 1) && words.get(e).isCapitalized()) {
                    e++;
                }
                if (e > cue.endToken()) {
                    narrativeTitles.add(new TitleCandidate(new Range(words.get(cue.endToken()).start(), words.get(e - 1).end()), block, false, sr.start()));
                }
            }
        }
        narrativeTitles.sort(java.util.Comparator.comparingInt(t -> t.range().start()));
    }

    private static boolean inQuotes(int offset, List<Range> quotes) {
        for (Range q : quotes) {
            if (offset >= q.start() - 1 && offset <= q.end()) {
                return true;
            }
        }
        return false;
    }

    /** A project word within two words before {@code offset} (or after it). */
    private boolean projectWordNear(int offset, boolean before) {
        return near(offset, before, lex.projectWords());
    }

    private boolean titleCueNear(int offset, boolean before) {
        int t = before ? words.indexAtOrAfter(offset) - 1 : words.indexAtOrAfter(offset);
        for (int k = 0; k < 3; k++) {
            int i = before ? t - k : t + k;
            if (i < 0 || i >= words.size()) {
                return false;
            }
            if (Math.abs((before ? offset - words.get(i).end() : words.get(i).start() - offset)) > 30) {
                return false;
            }
            Optional<PhraseMatch<CuePosition>> m = lex.titleCues().matchAt(words, i);
            if (m.isPresent() && (m.get().value() == CuePosition.BEFORE) == before) {
                return true;
            }
            if (before) {
                for (int j = Math.max(0, i - 3); j < i; j++) {
                    Optional<PhraseMatch<CuePosition>> mm = lex.titleCues().matchAt(words, j);
                    if (mm.isPresent() && mm.get().endToken() == i + 1 && mm.get().value() == CuePosition.BEFORE) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private boolean near(int offset, boolean before, org.inclusiondata.extract.lexicon.PhraseTable<Boolean> table) {
        int t = before ? words.indexAtOrAfter(offset) - 1 : words.indexAtOrAfter(offset);
        for (int k = 0; k < 2; k++) {
            int i = before ? t - k : t + k;
            if (i < 0 || i >= words.size()) {
                return false;
            }
            int gapFrom = before ? words.get(i).end() : offset;
            int gapTo = before ? offset : words.get(i).start();
            if (gapTo - gapFrom > 25 || text.substring(Math.max(0, Math.min(gapFrom, gapTo)), Math.max(gapFrom, gapTo)).contains("\n")) {
                return false;
            }
            if (table.matchAt(words, i).isPresent()) {
                return true;
            }
        }
        return false;
    }

    private boolean mentionsProject(Range r) {
        return lex.projectWords().occursIn(words, words.indexAtOrAfter(r.start()), words.indexAtOrAfter(r.end()));
    }

    private boolean hasQuote(Range r) {
        return !Quotes.find(text, r.start(), r.end()).isEmpty();
    }

    private boolean upperCaseLine(Range r) {
        int a = words.indexAtOrAfter(r.start());
        int b = words.indexAtOrAfter(r.end());
        int upper = 0;
        for (int k = a; k < b; k++) {
            if (words.get(k).isUpperWord()) {
                upper++;
            }
        }
        return upper >= 1 && upper * 2 >= b - a;
    }

    /** Strips a leading project word ("Projekt:", "Проект") that is not part of the name. */
    private Range withoutProjectWord(Range v) {
        int a = words.indexAtOrAfter(v.start());
        if (a < words.size() && words.get(a).start() < v.end()) {
            Optional<PhraseMatch<Boolean>> pw = lex.projectWords().matchAt(words, a);
            if (pw.isPresent() && pw.get().endToken() < words.indexAtOrAfter(v.end())) {
                int next = words.get(pw.get().endToken()).start();
                String gap = text.substring(pw.get().end(), next);
                if (gap.isBlank() || gap.strip().matches("[:\\-\u2013\"\u201e\u201c\u00ab,]+")) {
                    return new Range(pw.get().end(), v.end());
                }
            }
        }
        return v;
    }

    private void name(Segment seg, Draft d) {
        if (d.title() == null) {
            quotedTitleNearTop(seg, d);
        }
        if (d.title() == null && seg.anchor >= 0 && kind[seg.anchor] == LineKind.HEAD) {
            Range c = blocks.get(seg.anchor).content();
            Range stripped = withoutNumber(c);
            cleaned(withoutProjectWord(stripped), false).ifPresent(s -> d.title(original(s), s, Draft.Strength.LABELLED));
        }
        if (d.title() == null && !narrativeTitles.isEmpty()) {
            Range r = narrativeTitles.get(0).range();
            cleaned(r, false).ifPresent(s -> d.title(original(s), s, Draft.Strength.NARRATIVE));
        }
        if (d.title() == null && (projectMentions >= 2 || d.facts() >= 3)) {
            for (int i = seg.from; i < Math.min(seg.to, seg.from + 3); i++) {
                if (kind[i] == LineKind.HEAD && field[i] == null && !boiler[i] && !blocks.get(i).endsWithColon()) {
                    cleaned(withoutProjectWord(withoutNumber(blocks.get(i).content())), false)
                            .ifPresent(s -> d.title(original(s), s, Draft.Strength.NARRATIVE));
                    break;
                }
            }
        }
        if (d.title() == null && d.acronym() != null) {
            d.title(d.acronym(), null, Draft.Strength.NARRATIVE);
            d.clearAcronym();
        }
        if (d.title() != null && d.acronym() == null) {
            acronymFromTitle(d);
        }
    }

    /**
     * "Udruženje „Nevo Drom“ realizuje projekat „Zdravlje za sve“": a quotation right after a legal
     * form is the organisation's name, not the project's title.
     */
    private boolean namesAnOrganisation(Range q) {
        int t = words.indexAtOrAfter(q.start());
        for (int k = Math.max(0, t - 3); k < t; k++) {
            Optional<PhraseMatch<Boolean>> m = lex.legalForms().matchAt(words, k);
            if (m.isPresent() && m.get().endToken() == t && text.substring(words.get(t - 1).end(), words.get(t).start()).strip().matches("[\"„“”«,]*")) {
                return true;
            }
        }
        return false;
    }

    /** A quotation of two or more words on one of the first heading-like lines of the segment. */
    private void quotedTitleNearTop(Segment seg, Draft d) {
        int seen = 0;
        for (int i = seg.from; i < seg.to && seen < 4; i++) {
            if (boiler[i]) {
                continue;
            }
            seen++;
            Block b = blocks.get(i);
            boolean headingLike = kind[i] == LineKind.HEAD || (b.kind() == BlockKind.KEY_VALUE && kind[i] == LineKind.PARA);
            if (!headingLike || (field[i] != null && field[i] != Field.TITLE)) {
                continue;
            }
            for (Range q : Quotes.find(text, b.content().start(), b.content().end())) {
                if (words.indexAtOrAfter(q.end()) - words.indexAtOrAfter(q.start()) >= 2 && !namesAnOrganisation(q)) {
                    Optional<Span> s = cleaned(q, false);
                    if (s.isPresent()) {
                        d.title(original(s.get()), s.get(), Draft.Strength.LABELLED);
                        // The rest of the line, after its key, is the short name.
                        Range rest = new Range(b.kind() == BlockKind.KEY_VALUE ? b.value().start() : b.content().start(), Math.max(b.kind() == BlockKind.KEY_VALUE ? b.value().start() : b.content().start(), q.start() - 1));
                        rest = withoutProjectWord(rest);
                        int n = words.indexAtOrAfter(rest.end()) - words.indexAtOrAfter(rest.start());
                        // "Пројекат „Једнаки у образовању“": the project word before the title is no short name.
                        Optional<PhraseMatch<Boolean>> onlyWord = n >= 1 ? lex.projectWords().matchAt(words, words.indexAtOrAfter(rest.start()))
                                : Optional.empty();
                        if (onlyWord.isPresent() && onlyWord.get().endToken() >= words.indexAtOrAfter(rest.end())) {
                            n = 0;
                        }
                        // "Почела реализација пројекта „Кућа знања“": words of a sentence, not a short name.
                        for (int t = words.indexAtOrAfter(rest.start()); t < words.indexAtOrAfter(rest.end()); t++) {
                            if (!words.get(t).isCapitalized() && !words.get(t).isNumber()) {
                                n = 0;
                            }
                        }
                        if (n >= 1 && n <= 5) {
                            cleaned(rest, false).ifPresent(a -> d.acronym(original(a), a, Draft.Strength.LABELLED));
                        }
                        return;
                    }
                }
            }
        }
    }

    private Range withoutNumber(Range c) {
        int s = c.start();
        while (s < c.end() && (Character.isDigit(text.charAt(s)) || text.charAt(s) == '.' || text.charAt(s) == ' ' || text.charAt(s) == ')')) {
            s++;
        }
        return s < c.end() ? new Range(s, c.end()) : c;
    }

    /** {@code United Networks – integrált kezdeményezés…}: a short capitalised name before a dash is the acronym. */
    private void acronymFromTitle(Draft d) {
        String t = d.title();
        int dash = -1;
        for (String sep : new String[] {" \u2013 ", " \u2014 ", " - "}) {
            int k = t.indexOf(sep);
            if (k > 0 && (dash < 0 || k < dash)) {
                dash = k;
            }
        }
        if (dash <= 0) {
            return;
        }
        String head = t.substring(0, dash).strip();
        String[] ws = head.split("\\s+");
        if (ws.length <= 3 && !head.isEmpty() && Character.isUpperCase(head.codePointAt(0))) {
            boolean allCap = true;
            for (String w : ws) {
                allCap &= !w.isEmpty() && (Character.isUpperCase(w.codePointAt(0)) || Character.isDigit(w.codePointAt(0)));
            }
            if (allCap) {
                d.acronym(head, null, Draft.Strength.NARRATIVE);
            }
        }
    }
}
