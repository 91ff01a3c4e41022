package org.inclusiondata.extract.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.BiConsumer;
import org.inclusiondata.model.Link;
import org.inclusiondata.model.Money;
import org.inclusiondata.model.Organization;
import org.inclusiondata.model.PartialDate;
import org.inclusiondata.model.Phrase;
import org.inclusiondata.model.Project;
import org.inclusiondata.model.Role;
import org.inclusiondata.model.SourceDocument;

/**
 * Ways of turning gold answers into imperfect predictions, each aimed at one rule of score.py
 * (pairing, tolerance, tie-breaking, tokenisation), plus a random mix of them.
 */
final class Perturbations {

    /**
     * Words that stress tokenisation: combining marks (Python splits at them), superscript and
     * circled digits (digits to {@code isdigit}), a fraction (numeric, not a digit), letters whose
     * case folding differs from lower-casing (ß, Cherokee, final sigma, dotted I), compatibility
     * forms that NFKC rewrites, characters outside the BMP, connector punctuation and no-break spaces.
     */
    static final List<String> ODD_WORDS = List.of(
            "Straße", "STRASSE", "ΣΟΦΙΑΣ", "σοφιας", "İstanbul", "istanbul", "ﬁnanszírozás", "finanszírozás",
            "x²", "x2", "①②", "12", "½", "Ⅻ", "٣٤", "a\u0301rok", "árok", "Кра\u0301гујевац", "हिन्दी", "किताब", "一二三",
            "Ꭰꭰ", "ꭰꭰꭰ", "𐐀𐐨𐐀", "𐐨𐐨𐐨", "𝐑𝐨𝐦𝐚", "Roma", "ǅemal", "džemal", "a‿b", "foo_bar", "no\u00a0break",
            "thin\u2007space", "ﾛﾏ", "ロマ", "Ｒｏｍａ", "ĳssel", "ijssel", "Å", "Å", "😀ok", "ok😀", "x", "7");

    private static final List<String> SUFFIXES = List.of("ban", "ben", "ról", "nak", "u", "у", "ом", "а", "ите", "ima", "e");

    private Perturbations() {
    }

    /** Applies {@code edit} to a draft of every gold project and keeps the documents' other fields. */
    static List<SourceDocument> perProject(List<SourceDocument> gold, long seed, BiConsumer<ProjectDraft, Random> edit) {
        Random rnd = new Random(seed);
        List<SourceDocument> out = new ArrayList<>();
        for (SourceDocument g : gold) {
            List<Project> projects = new ArrayList<>();
            for (Project p : g.projects()) {
                ProjectDraft d = ProjectDraft.of(p);
                edit.accept(d, rnd);
                projects.add(d.build());
            }
            out.add(withProjects(g, projects));
        }
        return out;
    }

    static SourceDocument withProjects(SourceDocument g, List<Project> projects) {
        return new SourceDocument(g.document(), null, 0, g.language(), null, g.script(), null, null, null, g.url(), projects,
                List.of());
    }

    static <T> void dropEveryOther(List<T> list, int offset) {
        for (int i = list.size() - 1; i >= 0; i--) {
            if ((i + offset) % 2 == 0) {
                list.remove(i);
            }
        }
    }

    static void dropItems(ProjectDraft d, Random rnd) {
        int offset = rnd.nextInt(2);
        d.phraseLists().forEach(l -> dropEveryOther(l, offset));
        dropEveryOther(d.organizations, offset);
        dropEveryOther(d.funding, offset);
        dropEveryOther(d.links, offset);
    }

    static void addItems(ProjectDraft d, Random rnd) {
        for (List<Phrase> l : d.phraseLists()) {
            if (!l.isEmpty()) {
                // A near-duplicate competes with the original for the same gold item.
                l.add(Phrase.of(l.get(rnd.nextInt(l.size())).text() + " " + randomWord(rnd)));
            }
            l.add(Phrase.of(randomPhrase(rnd, 1 + rnd.nextInt(5))));
        }
        d.organizations.add(new Organization(randomPhrase(rnd, 3), Role.values()[rnd.nextInt(Role.values().length)], null));
        if (!d.organizations.isEmpty()) {
            Organization o = d.organizations.get(0);
            d.organizations.add(new Organization(o.name(), Role.OTHER, null));
        }
        d.funding.add(new Money(BigDecimal.valueOf(rnd.nextInt(1_000_000)), "EUR", org.inclusiondata.model.FundingKind.OTHER, null));
        d.links.add(Link.of("https://example.org/" + rnd.nextInt(100)));
    }

    static void shuffle(ProjectDraft d, Random rnd) {
        d.phraseLists().forEach(l -> Collections.shuffle(l, rnd));
        Collections.shuffle(d.organizations, rnd);
        Collections.shuffle(d.funding, rnd);
        Collections.shuffle(d.links, rnd);
    }

    static void changeRoles(ProjectDraft d, Random rnd) {
        d.organizations.replaceAll(o -> rnd.nextBoolean()
                ? new Organization(o.name(), Role.values()[(o.role().ordinal() + 1 + rnd.nextInt(4)) % 5], null)
                : o);
    }

    static void scaleAmounts(ProjectDraft d, String factor) {
        BigDecimal f = new BigDecimal(factor);
        d.funding.replaceAll(m -> new Money(m.amount().multiply(f).setScale(2, RoundingMode.HALF_EVEN), m.currency(), m.kind(), null));
    }

    /** Inflects every longer word of the places the way Hungarian and Slavic case endings do. */
    static void inflectPlaces(ProjectDraft d, Random rnd) {
        d.locations.replaceAll(p -> Phrase.of(inflect(p.text(), rnd)));
        d.targetGroups.replaceAll(p -> rnd.nextInt(3) == 0 ? Phrase.of(inflect(p.text(), rnd)) : p);
        d.organizations.replaceAll(o -> rnd.nextInt(3) == 0 ? new Organization(inflect(o.name(), rnd), o.role(), null) : o);
    }

    static String inflect(String text, Random rnd) {
        StringBuilder out = new StringBuilder();
        for (String w : text.split(" ", -1)) {
            if (out.length() > 0) {
                out.append(' ');
            }
            int n = w.codePointCount(0, w.length());
            if (n >= 4 && w.codePoints().allMatch(Character::isLetter)) {
                int cut = rnd.nextInt(Math.min(4, n - 2));
                out.append(w, 0, w.offsetByCodePoints(0, n - cut)).append(SUFFIXES.get(rnd.nextInt(SUFFIXES.size())));
            } else {
                out.append(w);
            }
        }
        return out.toString();
    }

    /** Titles and acronyms written in the ways extractors get them wrong or differently right. */
    static void acronymTitles(ProjectDraft d, Random rnd) {
        switch (rnd.nextInt(6)) {
            case 0 -> {
                if (d.acronym != null) {
                    d.title = d.title + " (" + d.acronym + ")";
                    d.acronym = null;
                }
            }
            case 1 -> {
                if (d.acronym != null) {
                    d.title = d.acronym;
                    d.acronym = null;
                }
            }
            case 2 -> d.acronym = d.title == null ? null : acronymOf(d.title);
            case 3 -> d.title = d.title == null ? null : "Projekt: " + d.title;
            case 4 -> {
                String t = d.title;
                d.title = d.acronym;
                d.acronym = t;
            }
            default -> d.title = d.title == null ? null : firstWords(d.title, 1 + rnd.nextInt(4));
        }
    }

    static String acronymOf(String title) {
        StringBuilder b = new StringBuilder();
        for (String w : title.split("\\s+")) {
            if (!w.isEmpty()) {
                b.appendCodePoint(Character.toUpperCase(w.codePointAt(0)));
            }
        }
        return b.toString();
    }

    static String firstWords(String s, int n) {
        String[] words = s.split(" ");
        return String.join(" ", java.util.Arrays.copyOf(words, Math.min(n, words.length)));
    }

    static void otherPrecision(ProjectDraft d, Random rnd) {
        d.start = coarser(d.start, rnd);
        d.end = coarser(d.end, rnd);
        if (d.durationMonths != null) {
            d.durationMonths = d.durationMonths + rnd.nextInt(2);
        }
        if (d.beneficiaries != null && rnd.nextBoolean()) {
            d.beneficiaries = null;
        } else if (d.beneficiaries == null && rnd.nextInt(4) == 0) {
            d.beneficiaries = rnd.nextInt(500);
        }
    }

    static PartialDate coarser(PartialDate p, Random rnd) {
        if (p == null) {
            return rnd.nextInt(5) == 0 ? PartialDate.ofYear(2010 + rnd.nextInt(10)) : null;
        }
        return switch (rnd.nextInt(4)) {
            case 0 -> PartialDate.ofYear(p.year());
            case 1 -> PartialDate.ofMonth(p.year(), p.month() == null ? 1 : p.month());
            case 2 -> PartialDate.ofDay(p.year(), p.month() == null ? 1 : p.month(), 1);
            default -> p;
        };
    }

    static void linkForms(ProjectDraft d, Random rnd) {
        d.links.replaceAll(l -> switch (rnd.nextInt(5)) {
            case 0 -> Link.of(l.url() + "/");
            case 1 -> Link.of(l.url().toUpperCase(java.util.Locale.ROOT));
            case 2 -> Link.of("\u00a0 " + l.url() + "//\t");
            case 3 -> Link.of(l.url().replace("http://", "https://"));
            default -> l;
        });
    }

    /** Empty and blank values: score.py keeps empty predicted objects but drops empty gold strings. */
    static void blanks(ProjectDraft d, Random rnd) {
        d.phraseLists().forEach(l -> l.add(Phrase.of(rnd.nextBoolean() ? "" : " \u00a0")));
        d.links.add(Link.of(""));
        d.organizations.add(new Organization("", Role.PARTNER, null));
        switch (rnd.nextInt(4)) {
            case 0 -> d.title = "";
            case 1 -> d.title = "\u2007 \u202f";
            case 2 -> d.title = null;
            default -> { }
        }
    }

    /** The same text in other Unicode forms: decomposed, compatibility characters, other case. */
    static void unicodeForms(ProjectDraft d, Random rnd) {
        d.title = d.title == null ? null : respell(d.title, rnd);
        d.phraseLists().forEach(l -> l.replaceAll(p -> Phrase.of(respell(p.text(), rnd))));
        d.organizations.replaceAll(o -> new Organization(respell(o.name(), rnd), o.role(), null));
        d.locations.add(Phrase.of(randomPhrase(rnd, 2)));
    }

    static String respell(String s, Random rnd) {
        return switch (rnd.nextInt(5)) {
            case 0 -> Normalizer.normalize(s, Normalizer.Form.NFD);
            case 1 -> s.toUpperCase(java.util.Locale.ROOT);
            case 2 -> s.replace(' ', '\u00a0').replace("fi", "ﬁ");
            case 3 -> s + " " + ODD_WORDS.get(rnd.nextInt(ODD_WORDS.size()));
            default -> s;
        };
    }

    static String randomWord(Random rnd) {
        return ODD_WORDS.get(rnd.nextInt(ODD_WORDS.size()));
    }

    static String randomPhrase(Random rnd, int words) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < words; i++) {
            if (i > 0) {
                b.append(rnd.nextBoolean() ? " " : ", ");
            }
            b.append(randomWord(rnd));
        }
        return b.toString();
    }

    /** Drops some projects, duplicates others with a changed title and brings in projects of other documents. */
    static List<SourceDocument> extraAndMissingProjects(List<SourceDocument> gold, long seed) {
        Random rnd = new Random(seed);
        List<Project> pool = gold.stream().flatMap(g -> g.projects().stream()).toList();
        List<SourceDocument> out = new ArrayList<>();
        for (SourceDocument g : gold) {
            List<Project> projects = new ArrayList<>();
            for (Project p : g.projects()) {
                int choice = rnd.nextInt(4);
                if (choice == 0) {
                    continue;
                }
                projects.add(p);
                if (choice == 1) {
                    ProjectDraft d = ProjectDraft.of(p);
                    d.title = d.title == null ? "Új projekt" : firstWords(d.title, 2) + " " + randomWord(rnd);
                    projects.add(d.build());
                }
            }
            if (!pool.isEmpty() && rnd.nextBoolean()) {
                projects.add(rnd.nextInt(projects.size() + 1), pool.get(rnd.nextInt(pool.size())));
            }
            out.add(withProjects(g, projects));
        }
        return out;
    }

    /** Every project of a document twice, so equal title scores must be broken exactly as Python breaks them. */
    static List<SourceDocument> duplicatedProjects(List<SourceDocument> gold) {
        List<SourceDocument> out = new ArrayList<>();
        for (SourceDocument g : gold) {
            List<Project> projects = new ArrayList<>(g.projects());
            projects.addAll(g.projects());
            out.add(withProjects(g, projects));
        }
        return out;
    }

    /** A random mix of every perturbation, for the property test. */
    static void randomMix(ProjectDraft d, Random rnd) {
        List<BiConsumer<ProjectDraft, Random>> all = List.of(Perturbations::dropItems, Perturbations::addItems,
                Perturbations::shuffle, Perturbations::changeRoles, Perturbations::inflectPlaces,
                Perturbations::acronymTitles, Perturbations::otherPrecision, Perturbations::linkForms,
                Perturbations::blanks, Perturbations::unicodeForms,
                (x, r) -> scaleAmounts(x, List.of("1.003", "1.01", "0.995", "1.005", "0.99").get(r.nextInt(5))));
        for (BiConsumer<ProjectDraft, Random> p : all) {
            if (rnd.nextInt(3) == 0) {
                p.accept(d, rnd);
            }
        }
    }
}
