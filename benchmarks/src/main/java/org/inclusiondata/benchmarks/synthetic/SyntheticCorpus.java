package org.inclusiondata.benchmarks.synthetic;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.inclusiondata.benchmarks.synthetic.GoldProject.Funding;
import org.inclusiondata.benchmarks.synthetic.GoldProject.Org;

/**
 * A seeded, reproducible corpus of synthetic pages in one language, each with its gold answer. A page
 * recombines the structures of the seed and dev pages (a data sheet of {@code key: value} lines with
 * lists under headings, a news item in running text, several projects on one page, paragraphs that
 * state nothing) with the vocabulary of {@link Vocabulary}.
 *
 * <p>Page {@code i} depends only on the language, the seed and {@code i}: any page can be made on its
 * own, in any order, on any thread, so a corpus of any size is streamed and never held.
 */
public final class SyntheticCorpus {

    /** The languages a corpus can be made in. */
    public static final List<String> LANGUAGES = List.of("hu", "bg", "sr");

    private static final Pattern SLOT = Pattern.compile("\\{([a-z]+)}");

    private final String language;
    private final long seed;
    private final List<Vocabulary> vocabularies;

    public SyntheticCorpus(String language, long seed) {
        this.language = Objects.requireNonNull(language, "language");
        this.seed = seed;
        this.vocabularies = switch (language) {
            case "hu", "bg" -> List.of(Vocabulary.named(language));
            // Serbian pages are written in either script, as on the web.
            case "sr" -> List.of(Vocabulary.named("sr-Latn"), Vocabulary.named("sr-Cyrl"));
            default -> throw new IllegalArgumentException("no synthetic vocabulary for language '" + language
                    + "'; choose one of " + LANGUAGES);
        };
    }

    public String language() {
        return language;
    }

    /** A typical page: one project most often, up to three, sometimes with paragraphs that state nothing. */
    public SyntheticPage page(int index) {
        return page(index, 0);
    }

    /**
     * A page of at least {@code minChars} characters: projects are added until it is that long (a
     * long listing page); with 0, a typical page.
     */
    public SyntheticPage page(int index, int minChars) {
        if (index < 0) {
            throw new IllegalArgumentException("page index must not be negative, got " + index);
        }
        // Not seeded by the size: a longer page of the same index starts as the shorter one does.
        Random random = new Random(mix(seed, language.hashCode(), index));
        Vocabulary v = vocabularies.get(random.nextInt(vocabularies.size()));
        StringBuilder text = new StringBuilder(minChars > 0 ? minChars + 4096 : 4096);
        List<GoldProject> projects = new ArrayList<>();
        if (random.nextInt(3) == 0) {
            text.append(v.pick(random, "heading.page")).append("\n\n");
        }
        int typical = random.nextInt(10) < 6 ? 1 : 2 + random.nextInt(2);
        List<String> titles = v.pickDistinct(random, "title", Integer.MAX_VALUE);
        for (int n = 0; minChars > 0 ? text.length() < minChars : n < typical; n++) {
            String title = titles.get(n % titles.size());
            projects.add(random.nextInt(3) == 0 ? newsItem(v, random, title, text) : dataSheet(v, random, title, text));
            if (random.nextInt(3) == 0) {
                filler(v, random, text);
            }
        }
        String name = String.format(Locale.ROOT, "%s-%06d.txt", language, index);
        return new SyntheticPage(name, v.language(), v.script(), text.toString(), projects);
    }

    /** Pages {@code 0 .. count-1}, made one at a time as the stream is read. */
    public Stream<SyntheticPage> pages(int count) {
        return IntStream.range(0, count).mapToObj(this::page);
    }

    private static long mix(long seed, int language, int index) {
        long h = seed * 0x9E3779B97F4A7C15L + language;
        h = (h ^ (h >>> 31)) * 0xBF58476D1CE4E5B9L + index;
        h = (h ^ (h >>> 29)) * 0x94D049BB133111EBL;
        return h ^ (h >>> 32);
    }

    /** A title line, {@code key: value} lines in a varying order, then lists under headings. */
    private static GoldProject dataSheet(Vocabulary v, Random r, String title, StringBuilder text) {
        Facts f = new Facts(title);
        String sep = r.nextInt(6) == 0 ? " – " : ": ";
        text.append(title).append("\n\n");
        List<String> lines = new ArrayList<>();
        if (r.nextInt(3) == 0) {
            lines.add(v.pick(r, "key.title") + sep + quoted(v, title));
        }
        if (r.nextInt(5) < 2) {
            f.acronym = v.pick(r, "acronym");
            lines.add(v.pick(r, "key.acronym") + sep + f.acronym);
        }
        if (r.nextInt(10) < 9) {
            lines.add(v.pick(r, "key.period") + sep + period(v, r, f));
        }
        if (r.nextInt(10) < 9) {
            String lead = v.pick(r, "lead");
            f.org(lead, "lead");
            lines.add(v.pick(r, "key.lead") + sep + lead);
        }
        if (r.nextInt(5) < 3) {
            List<String> partners = v.pickDistinct(r, "partner", 1 + r.nextInt(3));
            partners.forEach(p -> f.org(p, "partner"));
            lines.add(v.pick(r, "key.partner") + sep + String.join(", ", partners));
        }
        if (r.nextInt(2) == 0) {
            String funder = v.pick(r, "funder");
            f.org(funder, "funder");
            lines.add(v.pick(r, "key.funder") + sep + funder);
        }
        if (r.nextInt(10) < 7) {
            lines.add(v.pick(r, "key.grant") + sep + money(v, r, f, "grant"));
        }
        if (r.nextInt(10) < 3) {
            lines.add(v.pick(r, "key.total") + sep + money(v, r, f, "total"));
        }
        if (r.nextInt(5) < 2) {
            keyLine(v, r, "programme", sep, f.programmes, lines);
        }
        if (r.nextInt(5) < 3) {
            keyLine(v, r, "place", sep, f.locations, lines);
        }
        if (r.nextInt(2) == 0) {
            keyLine(v, r, "target", sep, f.targets, lines);
        }
        if (r.nextInt(5) < 2) {
            keyLine(v, r, "link", sep, f.links, lines);
        }
        java.util.Collections.shuffle(lines, r);
        lines.forEach(l -> text.append(l).append('\n'));
        text.append('\n');
        if (r.nextInt(5) < 4) {
            list(v, r, text, "heading.objectives", "objective", 1 + r.nextInt(3), f.objectives);
        }
        if (r.nextInt(5) < 4) {
            list(v, r, text, "heading.activities", "activity", 2 + r.nextInt(4), f.activities);
        }
        if (r.nextInt(5) < 2) {
            list(v, r, text, "heading.results", "result", 1 + r.nextInt(2), f.results);
        }
        return f.gold();
    }

    /** Running text: every sentence a template of the vocabulary whose slots are the facts it states. */
    /** A {@code key: value} line whose value, drawn from {@code slot}, is also a gold value. */
    private static void keyLine(Vocabulary v, Random r, String slot, String sep, Set<String> gold, List<String> lines) {
        String value = v.pick(r, slot);
        gold.add(value);
        lines.add(v.pick(r, "key." + slot) + sep + value);
    }

    private static GoldProject newsItem(Vocabulary v, Random r, String title, StringBuilder text) {
        Facts f = new Facts(title);
        String lead = v.pick(r, "lead");
        String funder = v.pick(r, "funder");
        String place = v.pick(r, "place");
        String programme = v.pick(r, "programme");
        boolean dated = false;
        List<String> templates = v.list("news");
        List<String> sentences = new ArrayList<>();
        sentences.add(templates.get(0));
        for (int i = 1; i < templates.size(); i++) {
            if (r.nextBoolean()) {
                sentences.add(templates.get(i));
            }
        }
        StringBuilder paragraph = new StringBuilder();
        for (String template : sentences) {
            Matcher m = SLOT.matcher(template);
            StringBuilder s = new StringBuilder();
            while (m.find()) {
                String value = switch (m.group(1)) {
                    case "title" -> title;
                    case "lead" -> f.org(lead, "lead");
                    case "funder" -> f.org(funder, "funder");
                    case "place" -> f.location(place);
                    case "programme" -> f.programme(programme);
                    case "start", "end" -> {
                        if (!dated) {
                            period(v, r, f);
                            dated = true;
                        }
                        yield m.group(1).equals("start") ? f.startText : f.endText;
                    }
                    case "total" -> money(v, r, f, "total");
                    case "grant" -> money(v, r, f, "grant");
                    default -> throw new IllegalArgumentException(v.resource() + ": unknown slot {" + m.group(1)
                            + "} in [news] template '" + template + "'");
                };
                m.appendReplacement(s, Matcher.quoteReplacement(value));
            }
            m.appendTail(s);
            // A date written with a final full stop ends the sentence with it: no second one.
            int last = s.length() - 1;
            if (last > 0 && s.charAt(last) == '.' && s.charAt(last - 1) == '.') {
                s.setLength(last);
            }
            paragraph.append(paragraph.length() == 0 ? "" : " ").append(s);
        }
        text.append(paragraph).append("\n\n");
        if (r.nextInt(3) == 0) {
            list(v, r, text, "heading.activities", "activity", 2 + r.nextInt(3), f.activities);
        }
        return f.gold();
    }

    private static void filler(Vocabulary v, Random r, StringBuilder text) {
        List<String> sentences = v.pickDistinct(r, "filler", 2 + r.nextInt(3));
        text.append(String.join(" ", sentences)).append("\n\n");
    }

    private static void list(Vocabulary v, Random r, StringBuilder text, String heading, String section, int n,
            List<String> gold) {
        text.append(v.pick(r, heading)).append(r.nextBoolean() ? ":\n" : "\n");
        int style = r.nextInt(3);
        List<String> items = v.pickDistinct(r, section, n);
        for (int i = 0; i < items.size(); i++) {
            String marker = switch (style) {
                case 0 -> " • ";
                case 1 -> "- ";
                default -> " " + (i + 1) + ". ";
            };
            text.append(marker).append(items.get(i)).append('\n');
            gold.add(trimEnd(items.get(i)));
        }
        text.append('\n');
    }

    /** The title inside the language's quotation marks, as data sheets often write it. */
    private static String quoted(Vocabulary v, String title) {
        return ("hu".equals(v.language()) ? "„" + title + "”" : "„" + title + "“");
    }

    private static String period(Vocabulary v, Random r, Facts f) {
        int y = 2008 + r.nextInt(15);
        int m = 1 + r.nextInt(12);
        int d = 1 + r.nextInt(28);
        int months = 6 + r.nextInt(43);
        int ey = y + (m - 1 + months) / 12;
        int em = (m - 1 + months) % 12 + 1;
        int ed = 1 + r.nextInt(28);
        String format = v.pick(r, "date");
        f.start = String.format(Locale.ROOT, "%04d-%02d-%02d", y, m, d);
        f.end = String.format(Locale.ROOT, "%04d-%02d-%02d", ey, em, ed);
        f.startText = date(v, format, y, m, d);
        f.endText = date(v, format, ey, em, ed);
        return v.pick(r, "period").replace("{start}", f.startText).replace("{end}", f.endText);
    }

    private static String date(Vocabulary v, String format, int y, int m, int d) {
        return format.replace("{y}", Integer.toString(y))
                .replace("{mm}", String.format(Locale.ROOT, "%02d", m))
                .replace("{m}", Integer.toString(m))
                .replace("{dd}", String.format(Locale.ROOT, "%02d", d))
                .replace("{d}", Integer.toString(d))
                .replace("{month}", v.list("month").get(m - 1));
    }

    private static String money(Vocabulary v, Random r, Facts f, String kind) {
        long amount = (10_000L + r.nextInt(990_000)) * new long[] {1, 10, 100, 1000}[r.nextInt(4)];
        String[] entry = v.pick(r, "money").split("\\|", 2);
        if (entry.length != 2) {
            throw new IllegalArgumentException(v.resource() + ": a [money] entry is 'text with {n}|ISO code'");
        }
        f.funding.add(new Funding(amount, entry[1].strip(), kind));
        return entry[0].replace("{n}", grouped(amount, v.pick(r, "group")));
    }

    private static String grouped(long amount, String group) {
        String digits = Long.toString(amount);
        String sep = switch (group) {
            case "dot" -> ".";
            case "space" -> " ";
            case "none" -> "";
            default -> throw new IllegalArgumentException("[group] entries are dot, space or none, not '" + group + "'");
        };
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                b.append(sep);
            }
            b.append(digits.charAt(i));
        }
        return b.toString();
    }

    /** Gold values drop the trailing full stop of a sentence, as the annotation conventions say. */
    private static String trimEnd(String s) {
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    /** What one project of a page states, gathered while its text is written. */
    private static final class Facts {
        final String title;
        String acronym;
        String start;
        String end;
        String startText;
        String endText;
        final Set<Org> orgs = new LinkedHashSet<>();
        final List<Funding> funding = new ArrayList<>();
        final Set<String> programmes = new LinkedHashSet<>();
        final Set<String> locations = new LinkedHashSet<>();
        final Set<String> targets = new LinkedHashSet<>();
        final List<String> objectives = new ArrayList<>();
        final List<String> activities = new ArrayList<>();
        final List<String> results = new ArrayList<>();
        final Set<String> links = new LinkedHashSet<>();

        Facts(String title) {
            this.title = title;
        }

        String org(String name, String role) {
            orgs.add(new Org(name, role));
            return name;
        }

        String location(String place) {
            locations.add(place);
            return place;
        }

        String programme(String programme) {
            programmes.add(programme);
            return programme;
        }

        GoldProject gold() {
            return new GoldProject(title, acronym, start, end, List.copyOf(orgs), funding, List.copyOf(programmes),
                    List.copyOf(locations), List.copyOf(targets), objectives, activities, results, List.copyOf(links));
        }
    }
}
