package org.inclusiondata.extract.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.inclusiondata.extract.lexicon.Folding;
import org.inclusiondata.model.FundingKind;
import org.inclusiondata.model.Link;
import org.inclusiondata.model.Money;
import org.inclusiondata.model.Organization;
import org.inclusiondata.model.PartialDate;
import org.inclusiondata.model.Phrase;
import org.inclusiondata.model.Project;
import org.inclusiondata.model.Role;
import org.inclusiondata.model.Span;

/**
 * One project while its page is being read. A value read from a labelled place (a key or a
 * section) outranks one read from running text; lists drop repeats (compared on folded text).
 */
final class Draft {

    private static final java.util.regex.Pattern TRAILING_SLASHES = java.util.regex.Pattern.compile("/+$");

    /** How sure we are of a scalar value: labelled beats narrative. */
    enum Strength { NARRATIVE, LABELLED }

    private record Scalar<T>(T value, Span span, Strength strength) {
    }

    private final Folding folding;
    private Scalar<String> title;
    private Scalar<String> acronym;
    private Scalar<PartialDate> start;
    private Scalar<PartialDate> end;
    private Scalar<Integer> duration;
    private Scalar<Integer> beneficiaries;
    private final Map<String, Organization> organizations = new LinkedHashMap<>();
    private final Map<String, Boolean> organizationLabelled = new LinkedHashMap<>();
    private final Map<Long, List<String>> organizationIndex = new java.util.HashMap<>();
    private final ShortNames shortNames = new ShortNames();
    private final List<Money> funding = new ArrayList<>();
    private final java.util.Set<Integer> fundingStarts = new java.util.HashSet<>();
    private final Map<String, Phrase> programmes = new LinkedHashMap<>();
    private final Map<String, Phrase> locations = new LinkedHashMap<>();
    private final Map<String, Phrase> targetGroups = new LinkedHashMap<>();
    private final Map<String, Phrase> mentionedGroups = new LinkedHashMap<>();
    /** A page names its target groups early; later mentions of people are usually context. */
    private static final int MENTIONED_GROUPS = 2;
    private final Map<String, Phrase> objectives = new LinkedHashMap<>();
    private final Map<String, Phrase> activities = new LinkedHashMap<>();
    private final Map<String, Phrase> results = new LinkedHashMap<>();
    private final Map<String, Link> links = new LinkedHashMap<>();
    private int facts;

    private final java.util.function.Predicate<String> placeQualifier;

    /**
     * @param placeQualifier whether folded words name a kind of place that may stand before a place's
     *     name ("republika", "община"), so that "Republika Srbija" and "Srbiji" are one place
     */
    Draft(Folding folding, java.util.function.Predicate<String> placeQualifier) {
        this.folding = folding;
        this.placeQualifier = placeQualifier;
    }

    private static <T> Scalar<T> better(Scalar<T> old, T value, Span span, Strength s) {
        if (value == null) {
            return old;
        }
        if (old == null || (s == Strength.LABELLED && old.strength == Strength.NARRATIVE)) {
            return new Scalar<>(value, span, s);
        }
        return old;
    }

    String title() { return title == null ? null : title.value; }
    String acronym() { return acronym == null ? null : acronym.value; }
    boolean hasStart() { return start != null; }
    boolean hasEnd() { return end != null; }
    boolean hasDuration() { return duration != null; }
    boolean hasBeneficiaries() { return beneficiaries != null; }

    void title(String v, Span span, Strength s) { title = better(title, v, span, s); }
    void acronym(String v, Span span, Strength s) { acronym = better(acronym, v, span, s); }
    void clearAcronym() { acronym = null; }
    void start(PartialDate v, Span span, Strength s) { start = better(start, v, span, s); facts++; }
    void end(PartialDate v, Span span, Strength s) { end = better(end, v, span, s); facts++; }
    void duration(Integer v, Span span, Strength s) { duration = better(duration, v, span, s); facts++; }
    void beneficiaries(Integer v, Span span, Strength s) { beneficiaries = better(beneficiaries, v, span, s); facts++; }

    /** An organisation named without a role: not recorded, but a later short form of it is read as this name. */
    void nameSeen(String name, Span span) {
        shortNames.seen(name, key(name), span);
    }

    void organization(String name, Role role, Span span, boolean labelled) {
        String key = key(name);
        if (key.isEmpty()) {
            return;
        }
        java.util.Optional<ShortNames.Name> full = shortNames.fullNameOf(name, key);
        if (full.isPresent()) {
            name = full.get().text();
            key = full.get().key();
            span = full.get().span();
        } else {
            shortNames.seen(name, key, span);
        }
        if (span != null) {
            // The same characters read twice, once as part of a longer name: keep the longer name only.
            for (Organization o : organizations.values()) {
                Span t = o.span();
                if (t != null && t.start() <= span.start() && span.end() <= t.end()
                        && (t.start() < span.start() || span.end() < t.end())) {
                    return;
                }
            }
            String contained = null;
            for (var en : organizations.entrySet()) {
                Span t = en.getValue().span();
                if (t != null && span.start() <= t.start() && t.end() <= span.end()
                        && (span.start() < t.start() || t.end() < span.end())) {
                    contained = en.getKey();
                    break;
                }
            }
            if (contained != null) {
                // The longer name replaces the shorter one, keeping the role a label gave it.
                Organization shorter = organizations.remove(contained);
                boolean shorterLabelled = Boolean.TRUE.equals(organizationLabelled.remove(contained));
                if (shorterLabelled && !labelled) {
                    role = shorter.role();
                    labelled = true;
                }
                organizationIndex.getOrDefault(bucket(contained), new ArrayList<>()).remove(contained);
            }
        }
        for (String old : organizations.keySet()) {
            // "Институт „Отворено общество”" after "Институт „Отворено общество” Будапеща": the same organisation without its seat.
            if (old.startsWith(key + " ") && old.indexOf(' ', key.length() + 1) < 0 && key.indexOf(' ') > 0) {
                return;
            }
        }
        List<String> sameBucket = organizationIndex.computeIfAbsent(bucket(key), b -> new ArrayList<>());
        for (String old : sameBucket) {
            if (sameWords(old, key)) {
                key = old;
                break;
            }
        }
        if (!sameBucket.contains(key)) {
            sameBucket.add(key);
        }
        Boolean was = organizationLabelled.get(key);
        if (was == null || (labelled && !was)) {
            organizations.put(key, new Organization(name, role, span));
            organizationLabelled.put(key, labelled);
            facts++;
        }
    }


    void funding(BigDecimal amount, String currency, FundingKind kind, Span span) {
        // One figure per place in the text; a set, since a page of figures made a scan quadratic.
        if (span != null && !fundingStarts.add(span.start())) {
            return;
        }
        funding.add(new Money(amount, currency, kind, span));
        facts++;
    }

    void programme(String text, Span span) { put(programmes, text, span); }
    void location(String text, Span span) { put(locations, text, span); }
    void targetGroup(String text, Span span) { put(targetGroups, text, span); }

    /**
     * A group of people merely mentioned in running text ({@code hátrányos helyzetű közösségek}):
     * the project's target groups only when the page names none under a key, heading or cue.
     */
    void mentionedGroup(String text, Span span) {
        String k = key(text);
        if (k.isEmpty() || mentionedGroups.keySet().stream().anyMatch(old -> within(k, old))) {
            // "Рома и Ромкиња" after "младих Рома и Ромкиња" is the same group again.
            return;
        }
        mentionedGroups.put(k, new Phrase(text, span));
    }

    private static boolean spelledOutIn(String group, String title) {
        int words = group.split(" ").length;
        return words >= SPELLED_OUT_GROUP && 2 * words < title.split(" ").length;
    }

    /** Words of a group with its complement ("ромската общност в Лом и региона"), not just an adjective and a head. */
    private static final int SPELLED_OUT_GROUP = 4;

    /** Whether every word of {@code part} is a word of {@code whole}, endings aside. */
    private static boolean within(String part, String whole) {
        String[] w = whole.split(" ");
        for (String x : part.split(" ")) {
            boolean found = false;
            for (String y : w) {
                found |= sameWord(x, y);
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }
    void objective(String text, Span span) { put(objectives, text, span); }
    void activity(String text, Span span) { put(activities, text, span); }
    void result(String text, Span span) { put(results, text, span); }

    void link(String url, Span span) {
        String k = TRAILING_SLASHES.matcher(url.toLowerCase(java.util.Locale.ROOT)).replaceAll("");
        if (!links.containsKey(k)) {
            links.put(k, new Link(url, span));
            facts++;
        }
    }

    private void put(Map<String, Phrase> map, String text, Span span) {
        String k = key(text);
        if (k.isEmpty()) {
            return;
        }
        if (seen(map, k)) {
            return;
        }
        if (!map.containsKey(k)) {
            map.put(k, new Phrase(text, span));
            facts++;
        }
    }

    /** Keys already in a list, grouped by word count and first letters, so repeats are found without a scan. */
    private final Map<Object, Map<Long, List<String>>> seenIndex = new java.util.IdentityHashMap<>();

    private boolean seen(Map<String, ?> owner, String k) {
        Map<Long, List<String>> index = seenIndex.computeIfAbsent(owner, o -> new java.util.HashMap<>());
        List<String> keys = index.computeIfAbsent(bucket(k), b -> new ArrayList<>());
        for (String old : keys) {
            if (sameWords(old, k)) {
                return true;
            }
        }
        keys.add(k);
        return false;
    }

    /**
     * Word count and the first two letters, packed in a number: two values that are
     * {@link #sameWords} share it.
     */
    static long bucket(String k) {
        int words = k.isEmpty() ? 0 : wordCount(k);
        int n = Math.min(2, k.length());
        long first = n > 0 ? k.charAt(0) : 0;
        long second = n > 1 ? k.charAt(1) : 0;
        return ((long) words << 34) | ((long) n << 32) | (first << 16) | second;
    }

    /**
     * {@code k.split(" ").length}, without cutting the words out: trailing empty words are not
     * counted, and a text without a space is one word, even the empty text.
     */
    private static int wordCount(String k) {
        if (k.isEmpty()) {
            return 1;
        }
        int last = k.length() - 1;
        while (last >= 0 && k.charAt(last) == ' ') {
            last--;
        }
        if (last < 0) {
            return 0;
        }
        int words = 1;
        for (int i = 0; i < last; i++) {
            if (k.charAt(i) == ' ') {
                words++;
            }
        }
        return words;
    }

    /**
     * The folded words of a value, for spotting repeats: the runs of letters and digits
     * ({@code \p{L}}, {@code \p{N}}) of the folded text, joined by one space.
     */
    String key(String text) {
        String f = folding.fold(text);
        StringBuilder sb = new StringBuilder(f.length());
        boolean gap = false;
        for (int i = 0; i < f.length(); ) {
            int cp = f.codePointAt(i);
            if (isWordChar(cp)) {
                if (gap && sb.length() > 0) {
                    sb.append(' ');
                }
                sb.appendCodePoint(cp);
                gap = false;
            } else {
                gap = true;
            }
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    private static final int LETTERS_AND_NUMBERS = (1 << Character.UPPERCASE_LETTER) | (1 << Character.LOWERCASE_LETTER)
            | (1 << Character.TITLECASE_LETTER) | (1 << Character.MODIFIER_LETTER) | (1 << Character.OTHER_LETTER)
            | (1 << Character.DECIMAL_DIGIT_NUMBER) | (1 << Character.LETTER_NUMBER) | (1 << Character.OTHER_NUMBER);

    /** What the pattern classes {@code \p{L}} and {@code \p{N}} match. */
    private static boolean isWordChar(int cp) {
        return ((LETTERS_AND_NUMBERS >> Character.getType(cp)) & 1) != 0;
    }

    /**
     * Two values are the same when they have the same number of words and each pair differs only
     * in an ending (a common prefix of all but the last three letters): {@code Budapest} and
     * {@code budapesti}, {@code Marosszentgyörgy} and {@code Marosszentgyörgyön}.
     */
    static boolean sameWords(String a, String b) {
        int words = wordCount(a);
        if (words != wordCount(b)) {
            return false;
        }
        // The words as split(" ") gives them: the pieces between single spaces, trailing empty ones dropped.
        int i = 0;
        int j = 0;
        for (int w = 0; w < words; w++) {
            int ie = a.indexOf(' ', i);
            int je = b.indexOf(' ', j);
            ie = ie < 0 ? a.length() : ie;
            je = je < 0 ? b.length() : je;
            if (!sameWord(a, i, ie, b, j, je)) {
                return false;
            }
            i = ie + 1;
            j = je + 1;
        }
        return true;
    }

    private static boolean sameWord(String a, String b) {
        return sameWord(a, 0, a.length(), b, 0, b.length());
    }

    /** {@link #sameWord(String, String)} of {@code a[as, ae)} and {@code b[bs, be)}. */
    private static boolean sameWord(String a, int as, int ae, String b, int bs, int be) {
        int la = ae - as;
        int lb = be - bs;
        if (la == lb && a.regionMatches(as, b, bs, la)) {
            return true;
        }
        int n = Math.min(la, lb);
        if (n < 3) {
            return false;
        }
        int p = 0;
        while (p < n && a.charAt(as + p) == b.charAt(bs + p)) {
            p++;
        }
        return p >= Math.max(3, n - 3);
    }

    /**
     * Whether another of {@code keys} names the same place with a kind of place before it ("Srbiji"
     * beside "Republika Srbija", "Кубрат" beside "община Кубрат", but not "Beograd" beside "Novi
     * Beograd"): one place, listed once, by its fuller name.
     */
    private boolean namedLonger(String key, java.util.Collection<String> keys) {
        String[] x = key.split(" ");
        for (String other : keys) {
            String[] y = other.split(" ");
            if (y.length <= x.length) {
                continue;
            }
            boolean suffix = true;
            for (int i = 1; i <= x.length && suffix; i++) {
                suffix = samePlaceWord(x[x.length - i], y[y.length - i]);
            }
            if (suffix && placeQualifier.test(String.join(" ", java.util.Arrays.asList(y).subList(0, y.length - x.length)))) {
                return true;
            }
        }
        return false;
    }

    /** Stricter than {@link #sameWord}: "Беочин" is not "Београд", but "Srbiji" is "Srbija". */
    private static boolean samePlaceWord(String a, String b) {
        int n = Math.min(a.length(), b.length());
        int p = 0;
        while (p < n && a.charAt(p) == b.charAt(p)) {
            p++;
        }
        return a.equals(b) || p >= Math.max(4, n - 2);
    }

    /** How many facts besides the title were recorded. */
    int facts() {
        return facts;
    }

    Project build(String id) {
        Project.Builder b = Project.builder().id(id);
        if (title != null) {
            b.title(title.value, title.span);
        }
        if (acronym != null) {
            b.acronym(acronym.value, acronym.span);
        }
        PartialDate s = start == null ? null : start.value;
        PartialDate e = end == null ? null : end.value;
        if (s != null && e != null && s.compareTo(e) > 0) {
            // An end before the start means one of them belongs to something else; keep the labelled one.
            if (start.strength == Strength.LABELLED) {
                e = null;
            } else {
                s = null;
            }
        }
        if (s != null) {
            b.start(s, start.span);
        }
        if (e != null) {
            b.end(e, end.span);
        }
        if (duration != null) {
            b.durationMonths(duration.value, duration.span);
        }
        if (beneficiaries != null) {
            b.beneficiaries(beneficiaries.value, beneficiaries.span);
        }
        organizations.values().forEach(b::organization);
        funding.forEach(b::funding);
        // A programme that is the project's own name ("A BRIDGE program") is not a programme it belongs to.
        programmes.values().stream()
                .filter(p -> (title == null || !sameWords(key(p.text()), key(title.value)))
                        && (acronym == null || !sameWords(key(p.text()), key(acronym.value))))
                .forEach(b::programme);
        locations.entrySet().stream().filter(l -> !namedLonger(l.getKey(), locations.keySet()))
                .forEach(l -> b.location(l.getValue()));
        if (targetGroups.isEmpty()) {
            // The title names the project, not whom it is for ("A Roma lakosság társadalmi befogadása"),
            // unless the title spells out a group with where it lives, a small part of a long title
            // ("Повишаване на осведомеността на местните общности в областите със значително присъствие
            // на ромско население по въпросите, свързани с убежище и миграция").
            mentionedGroups.values().stream()
                    .filter(g -> title == null || title.span == null || g.span() == null
                            || g.span().end() <= title.span.start() || title.span.end() <= g.span().start()
                            || spelledOutIn(key(g.text()), key(title.value)))
                    .limit(MENTIONED_GROUPS)
                    .forEach(b::targetGroup);
        } else {
            targetGroups.values().forEach(b::targetGroup);
        }
        objectives.values().forEach(b::objective);
        activities.values().forEach(b::activity);
        results.values().forEach(b::result);
        links.values().forEach(b::link);
        return b.build();
    }
}
