package org.inclusiondata.extract.lexicon;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.inclusiondata.model.FundingKind;
import org.inclusiondata.model.Role;

/**
 * Everything an extractor knows about one language, read from the lexicon files described in
 * {@code extract-api/LEXICONS.md}. Immutable and shared by all threads; load it once per language
 * with {@link LexiconLoader}.
 */
public final class Lexicon {

    private final String language;
    private final Folding folding;
    private final Inflection inflection;
    /** The numbering of the words of every table, shared by the tables and the words cut by {@link #words}. */
    private final WordIds ids;
    final PhraseTable<Integer> months;
    final PhraseTable<String> currencies;
    final PhraseTable<BigDecimal> multipliers;
    final PhraseTable<FundingKind> moneyKinds;
    final PhraseTable<Field> fields;
    final PhraseTable<Role> roles;
    final PhraseTable<Role> subjectRoles;
    final PhraseTable<Boolean> legalForms;
    final PhraseTable<Boolean> places;
    final PhraseTable<CuePosition> placeCues;
    final PhraseTable<Integer> durationUnits;
    final PhraseTable<Boolean> countUnits;
    final PhraseTable<Boolean> projectWords;
    final PhraseTable<Boolean> objectiveCues;
    final PhraseTable<Boolean> activityCues;
    final PhraseTable<Boolean> resultCues;
    final PhraseTable<Boolean> targetCues;
    final PhraseTable<Boolean> targetHeads;
    final PhraseTable<Boolean> targetModifiers;
    final PhraseTable<Boolean> targetComplements;
    final PhraseTable<Boolean> boilerplate;
    final PhraseTable<Integer> numbers;
    final PhraseTable<DateRole> dateCues;
    final PhraseTable<Boolean> programmeHeads;
    final PhraseTable<Boolean> conjunctions;
    final PhraseTable<Boolean> articles;
    final PhraseTable<CuePosition> titleCues;
    final List<String> monthForms;
    final Map<String, Double> scriptMinimums;
    final PhraseTable<Boolean> namePrepositions;
    final PhraseTable<RoleSide> roleCuePositions;
    final PhraseTable<Boolean> pastWords;
    final PhraseTable<Boolean> programmeWords;
    final Set<String> abbreviations;
    final List<String> rangeWords;

    Lexicon(String language, Folding folding, Inflection inflection, Tables t) {
        this.language = Objects.requireNonNull(language);
        this.folding = Objects.requireNonNull(folding);
        this.inflection = Objects.requireNonNull(inflection);
        this.ids = WordIds.of(t.tables());
        this.months = t.months.numberedBy(ids);
        this.currencies = t.currencies.numberedBy(ids);
        this.multipliers = t.multipliers.numberedBy(ids);
        this.moneyKinds = t.moneyKinds.numberedBy(ids);
        this.fields = t.fields.numberedBy(ids);
        this.roles = t.roles.numberedBy(ids);
        this.subjectRoles = t.subjectRoles.numberedBy(ids);
        this.legalForms = t.legalForms.numberedBy(ids);
        this.places = t.places.numberedBy(ids);
        this.placeCues = t.placeCues.numberedBy(ids);
        this.durationUnits = t.durationUnits.numberedBy(ids);
        this.countUnits = t.countUnits.numberedBy(ids);
        this.projectWords = t.projectWords.numberedBy(ids);
        this.objectiveCues = t.objectiveCues.numberedBy(ids);
        this.activityCues = t.activityCues.numberedBy(ids);
        this.resultCues = t.resultCues.numberedBy(ids);
        this.targetCues = t.targetCues.numberedBy(ids);
        this.targetHeads = t.targetHeads.numberedBy(ids);
        this.targetModifiers = t.targetModifiers.numberedBy(ids);
        this.targetComplements = t.targetComplements.numberedBy(ids);
        this.boilerplate = t.boilerplate.numberedBy(ids);
        this.numbers = t.numbers.numberedBy(ids);
        this.dateCues = t.dateCues.numberedBy(ids);
        this.programmeHeads = t.programmeHeads.numberedBy(ids);
        this.conjunctions = t.conjunctions.numberedBy(ids);
        this.articles = t.articles.numberedBy(ids);
        this.titleCues = t.titleCues.numberedBy(ids);
        this.monthForms = List.copyOf(t.monthForms);
        this.scriptMinimums = Map.copyOf(t.scriptMinimums);
        this.namePrepositions = t.namePrepositions.numberedBy(ids);
        this.pastWords = t.pastWords.numberedBy(ids);
        this.programmeWords = t.programmeWords.numberedBy(ids);
        this.roleCuePositions = t.roleCuePositions.numberedBy(ids);
        this.abbreviations = Set.copyOf(t.abbreviations);
        this.rangeWords = List.copyOf(t.rangeWords);
    }

    /** The tables while they are being read; package-private plumbing for the loader. */
    static final class Tables {
        PhraseTable<Integer> months = PhraseTable.empty();
        PhraseTable<String> currencies = PhraseTable.empty();
        PhraseTable<BigDecimal> multipliers = PhraseTable.empty();
        PhraseTable<FundingKind> moneyKinds = PhraseTable.empty();
        PhraseTable<Field> fields = PhraseTable.empty();
        PhraseTable<Role> roles = PhraseTable.empty();
        PhraseTable<Role> subjectRoles = PhraseTable.empty();
        PhraseTable<Boolean> legalForms = PhraseTable.empty();
        PhraseTable<Boolean> places = PhraseTable.empty();
        PhraseTable<CuePosition> placeCues = PhraseTable.empty();
        PhraseTable<Integer> durationUnits = PhraseTable.empty();
        PhraseTable<Boolean> countUnits = PhraseTable.empty();
        PhraseTable<Boolean> projectWords = PhraseTable.empty();
        PhraseTable<Boolean> objectiveCues = PhraseTable.empty();
        PhraseTable<Boolean> activityCues = PhraseTable.empty();
        PhraseTable<Boolean> resultCues = PhraseTable.empty();
        PhraseTable<Boolean> targetCues = PhraseTable.empty();
        PhraseTable<Boolean> targetHeads = PhraseTable.empty();
        PhraseTable<Boolean> targetModifiers = PhraseTable.empty();
        PhraseTable<Boolean> targetComplements = PhraseTable.empty();
        PhraseTable<Boolean> boilerplate = PhraseTable.empty();
        PhraseTable<Integer> numbers = PhraseTable.empty();
        PhraseTable<DateRole> dateCues = PhraseTable.empty();
        PhraseTable<Boolean> programmeHeads = PhraseTable.empty();
        PhraseTable<Boolean> conjunctions = PhraseTable.empty();
        PhraseTable<Boolean> articles = PhraseTable.empty();
        PhraseTable<CuePosition> titleCues = PhraseTable.empty();
        List<String> monthForms = List.of();
        Map<String, Double> scriptMinimums = Map.of();
        PhraseTable<Boolean> namePrepositions = PhraseTable.empty();
        PhraseTable<RoleSide> roleCuePositions = PhraseTable.empty();
        PhraseTable<Boolean> pastWords = PhraseTable.empty();
        PhraseTable<Boolean> programmeWords = PhraseTable.empty();
        Set<String> abbreviations = Set.of();
        List<String> rangeWords = List.of();

        List<PhraseTable<?>> tables() {
            return List.of(months, currencies, multipliers, moneyKinds, fields, roles, subjectRoles, legalForms, places,
                    placeCues, durationUnits, countUnits, projectWords, objectiveCues, activityCues, resultCues,
                    targetCues, targetHeads, targetModifiers, targetComplements, boilerplate, numbers, dateCues,
                    programmeHeads, conjunctions, articles, titleCues, namePrepositions, roleCuePositions, pastWords,
                    programmeWords);
        }
    }

    /** Every phrase table, for tests that compare lookups table by table. */
    List<PhraseTable<?>> tables() {
        return List.of(months, currencies, multipliers, moneyKinds, fields, roles, subjectRoles, legalForms, places,
                placeCues, durationUnits, countUnits, projectWords, objectiveCues, activityCues, resultCues,
                targetCues, targetHeads, targetModifiers, targetComplements, boilerplate, numbers, dateCues,
                programmeHeads, conjunctions, articles, titleCues, namePrepositions, roleCuePositions, pastWords,
                programmeWords);
    }

    /** The words of {@code text} cut without the numbering, so every table matches them through the strings. */
    Words wordsByString(String text) {
        return new Words(text, Tokens.of(text, 0, text.length(), folding), inflection, null);
    }

    public String language() { return language; }
    public Folding folding() { return folding; }
    public Inflection inflection() { return inflection; }

    /** Cuts {@code [from, to)} of {@code text} into words this lexicon can be matched against. */
    public Words words(String text, int from, int to) {
        return new Words(text, Tokens.of(text, from, to, folding), inflection, ids);
    }

    public Words words(String text) {
        return words(text, 0, text.length());
    }

    /** {@code months.tsv}: month number by every written form. */
    public PhraseTable<Integer> months() { return months; }
    /** The month forms as written in {@code months.tsv}, longest first, for building date patterns. */
    public List<String> monthForms() { return monthForms; }
    /** {@code currencies.tsv}: ISO 4217 code by word, abbreviation or sign. */
    public PhraseTable<String> currencies() { return currencies; }
    /** {@code multipliers.tsv}: factor by word ({@code millió} = 1000000). */
    public PhraseTable<BigDecimal> multipliers() { return multipliers; }
    /** {@code money-kinds.tsv}: what an amount near the cue is. */
    public PhraseTable<FundingKind> moneyKinds() { return moneyKinds; }
    /** {@code fields.tsv}: the field a heading or key announces. */
    public PhraseTable<Field> fields() { return fields; }
    /** {@code roles.tsv}: the role a narrative cue gives the organisation it introduces. */
    public PhraseTable<Role> roles() { return roles; }
    /**
     * {@code subject-roles.tsv}: the role of the organisations named before a role cue, in the
     * same sentence ({@code X у сарадњи са Y}: Y is the partner of {@code roles.tsv}, X the lead).
     */
    public PhraseTable<Role> subjectRoles() { return subjectRoles; }
    /** {@code legal-forms.txt}: legal forms and head nouns of organisation names. */
    public PhraseTable<Boolean> legalForms() { return legalForms; }
    /** {@code places.txt}: the gazetteer. */
    public PhraseTable<Boolean> places() { return places; }
    /** {@code place-cues.tsv}: words before or after a place name. */
    public PhraseTable<CuePosition> placeCues() { return placeCues; }
    /** {@code duration-units.tsv}: months per unit. */
    public PhraseTable<Integer> durationUnits() { return durationUnits; }
    /** {@code count-units.txt}: words that make a number a count of people. */
    public PhraseTable<Boolean> countUnits() { return countUnits; }
    /** {@code project-words.txt}: "project", "programme". */
    public PhraseTable<Boolean> projectWords() { return projectWords; }
    public PhraseTable<Boolean> objectiveCues() { return objectiveCues; }
    public PhraseTable<Boolean> activityCues() { return activityCues; }
    public PhraseTable<Boolean> resultCues() { return resultCues; }
    public PhraseTable<Boolean> targetCues() { return targetCues; }
    /** {@code target-groups.tsv}, {@code head} rows: nouns naming groups of people ({@code családok}, {@code деца}). */
    public PhraseTable<Boolean> targetHeads() { return targetHeads; }
    /** {@code target-groups.tsv}, {@code modifier} rows: words that make a head a target group ({@code hátrányos helyzetű}, {@code ромски}). */
    public PhraseTable<Boolean> targetModifiers() { return targetModifiers; }
    /**
     * {@code target-groups.tsv}, {@code complement} rows: prepositions that open a complement of a
     * group after its head ({@code ромската общност в Лом и региона}); empty for head-final languages.
     */
    public PhraseTable<Boolean> targetComplements() { return targetComplements; }
    /** {@code boilerplate.txt}: cues of site chrome lines. */
    public PhraseTable<Boolean> boilerplate() { return boilerplate; }
    /** {@code numbers.tsv}: number words and compound prefixes ({@code két}, {@code tro}). */
    public PhraseTable<Integer> numbers() { return numbers; }
    /** {@code date-cues.tsv}: verbs and phrases that make a lone date the start or the end. */
    public PhraseTable<DateRole> dateCues() { return dateCues; }
    /** {@code programme-heads.txt}: head words of programme names ({@code Operatív Program}). */
    public PhraseTable<Boolean> programmeHeads() { return programmeHeads; }
    /** {@code conjunctions.txt}: words that join the items of a list ({@code és}, {@code и}, {@code i}). */
    public PhraseTable<Boolean> conjunctions() { return conjunctions; }
    /** {@code articles.txt}: articles, where a name before a project word starts in head-final languages. */
    public PhraseTable<Boolean> articles() { return articles; }
    /** {@code title-cues.tsv}: words before ({@code pod nazivom}) or after ({@code című}) a title. */
    public PhraseTable<CuePosition> titleCues() { return titleCues; }
    /**
     * {@code scripts.tsv}: the least share of a page's letters that must be in a script for the page
     * to be read in this language, by ISO 15924 code; empty when the language sets no minimum.
     */
    public Map<String, Double> scriptMinimums() { return scriptMinimums; }
    /** {@code name-prepositions.txt}: prepositions that open a lower-case complement of an organisation name. */
    public PhraseTable<Boolean> namePrepositions() { return namePrepositions; }
    /**
     * {@code past-words.txt}: words that put a span of time before it in the past ({@code u poslednje
     * četiri godine}, {@code az elmúlt négy évben}): such a span is history, not the project's duration.
     */
    public PhraseTable<Boolean> pastWords() { return pastWords; }
    /**
     * {@code programme-words.txt}: the words for a programme after which a name is the programme's own
     * ({@code kroz program EU PRO Plus}), not an organisation's.
     */
    public PhraseTable<Boolean> programmeWords() { return programmeWords; }
    /**
     * {@code roles.tsv}, the cues written with a side ({@code partner before}): {@code BEFORE} when the
     * cue gives its role only to names after it ({@code в партньорство с X}), {@code AFTER} only to
     * names before it, {@code BETWEEN} to the names after it but the first, which is the cue's subject
     * ({@code партньорство между X и Y}). Cues not listed here give their role to the nearest name on
     * either side.
     */
    public PhraseTable<RoleSide> roleCuePositions() { return roleCuePositions; }
    /**
     * {@code abbreviations.txt}: words, lower case, whose full stop does not end a sentence
     * ({@code kft}, {@code бр}, {@code npr}).
     */
    public Set<String> abbreviations() { return abbreviations; }
    /** {@code range-words.txt}: words that join the two dates of a period ({@code до}, {@code do}, {@code és}). */
    public List<String> rangeWords() { return rangeWords; }
}
