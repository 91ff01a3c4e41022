package org.inclusiondata.extract.evaluation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.inclusiondata.extract.evaluation.PhraseSimilarity.Tokenized;
import org.inclusiondata.model.Link;
import org.inclusiondata.model.Money;
import org.inclusiondata.model.Organization;
import org.inclusiondata.model.PartialDate;
import org.inclusiondata.model.Phrase;
import org.inclusiondata.model.Project;

/**
 * score.py's {@code title_score} and {@code field_counts}: one predicted project against one gold
 * project, either of which may be missing.
 *
 * <p>One asymmetry is deliberate. score.py sees gold list items as the bare strings of the gold
 * files, and drops an empty one; it sees predicted items as the objects this library writes
 * ({@code {"text": ""}}), and keeps them, so an empty predicted phrase or link is a false positive.
 * Organisations and money figures are objects on both sides and always kept.
 */
final class ProjectComparison {

    private static final double ORGANIZATION_THRESHOLD = 0.6;
    private static final Map<ScoredField, Double> PHRASE_THRESHOLDS = phraseThresholds();

    private ProjectComparison() {
    }

    private static Map<ScoredField, Double> phraseThresholds() {
        Map<ScoredField, Double> m = new EnumMap<>(ScoredField.class);
        m.put(ScoredField.PROGRAMMES, 0.5);
        m.put(ScoredField.LOCATIONS, 0.6);
        m.put(ScoredField.TARGET_GROUPS, 0.5);
        m.put(ScoredField.OBJECTIVES, 0.5);
        m.put(ScoredField.ACTIVITIES, 0.5);
        m.put(ScoredField.RESULTS, 0.5);
        return m;
    }

    /** {@code text_of(p, "title")}: a missing title reads as the empty string. */
    private static String text(String s) {
        return s == null ? "" : s;
    }

    /**
     * How well a predicted project's title names a gold project: the best similarity of the
     * predicted title (alone, and with its acronym appended) against the gold title, the gold
     * acronym, and both together.
     */
    static double titleScore(Project p, Project g) {
        String predictedTitle = text(p.title());
        String withAcronym = predictedTitle + " " + text(p.acronym());
        List<String> options = new ArrayList<>(3);
        for (String o : new String[] {g.title(), g.acronym(), text(g.title()) + " " + text(g.acronym())}) {
            if (o != null && PythonText.hasNonSpace(o)) {
                options.add(o);
            }
        }
        double best = 0.0;
        for (String o : options) {
            best = Math.max(best, PhraseSimilarity.similarity(withAcronym, o));
        }
        for (String o : options) {
            best = Math.max(best, PhraseSimilarity.similarity(predictedTitle, o));
        }
        return best;
    }

    /** Counts per field, in score.py's field order; {@code p} or {@code g} may be null. */
    static Map<ScoredField, Counts> fieldCounts(Project p, Project g) {
        Map<ScoredField, Counts> out = new EnumMap<>(ScoredField.class);
        boolean pt = p != null && PythonText.hasNonSpace(text(p.title()));
        boolean gt = g != null && PythonText.hasNonSpace(text(g.title()));
        boolean ok = pt && gt && titleScore(p, g) >= 0.7;
        out.put(ScoredField.TITLE, counts(ok, pt, gt));

        out.put(ScoredField.START, scalar(date(p, Project::start), date(g, Project::start)));
        out.put(ScoredField.END, scalar(date(p, Project::end), date(g, Project::end)));
        out.put(ScoredField.DURATION_MONTHS, scalar(value(p, Project::durationMonths), value(g, Project::durationMonths)));
        out.put(ScoredField.BENEFICIARIES, scalar(value(p, Project::beneficiaries), value(g, Project::beneficiaries)));

        List<Organization> po = p == null ? List.of() : p.organizations();
        List<Organization> go = g == null ? List.of() : g.organizations();
        List<Tokenized> pn = po.stream().map(o -> Tokenized.of(o.name())).toList();
        List<Tokenized> gn = go.stream().map(o -> Tokenized.of(o.name())).toList();
        double[][] sims = new double[po.size()][go.size()];
        for (int i = 0; i < po.size(); i++) {
            for (int j = 0; j < go.size(); j++) {
                sims[i][j] = PhraseSimilarity.similarity(pn.get(i), gn.get(j));
            }
        }
        int m = GreedyMatching.count(po.size(), go.size(),
                (i, j) -> sims[i][j] >= ORGANIZATION_THRESHOLD ? sims[i][j] : Double.NaN);
        out.put(ScoredField.ORGANIZATIONS, new Counts(m, po.size() - m, go.size() - m));
        m = GreedyMatching.count(po.size(), go.size(),
                (i, j) -> sims[i][j] >= ORGANIZATION_THRESHOLD
                        && PythonText.lower(po.get(i).role().code()).equals(PythonText.lower(go.get(j).role().code()))
                        ? sims[i][j] : Double.NaN);
        out.put(ScoredField.ROLES, new Counts(m, po.size() - m, go.size() - m));

        List<Money> pf = p == null ? List.of() : p.funding();
        List<Money> gf = g == null ? List.of() : g.funding();
        m = GreedyMatching.count(pf.size(), gf.size(), (i, j) -> sameMoney(pf.get(i), gf.get(j)) ? 1.0 : Double.NaN);
        out.put(ScoredField.FUNDING, new Counts(m, pf.size() - m, gf.size() - m));

        for (Map.Entry<ScoredField, Double> e : PHRASE_THRESHOLDS.entrySet()) {
            List<Tokenized> a = phrases(p, e.getKey(), false);
            List<Tokenized> b = phrases(g, e.getKey(), true);
            double threshold = e.getValue();
            m = GreedyMatching.count(a.size(), b.size(), (i, j) -> {
                double s = PhraseSimilarity.similarity(a.get(i), b.get(j));
                return s >= threshold ? s : Double.NaN;
            });
            out.put(e.getKey(), new Counts(m, a.size() - m, b.size() - m));
        }

        List<String> pl = links(p, false);
        List<String> gl = links(g, true);
        m = GreedyMatching.count(pl.size(), gl.size(), (i, j) -> pl.get(i).equals(gl.get(j)) ? 1.0 : Double.NaN);
        out.put(ScoredField.LINKS, new Counts(m, pl.size() - m, gl.size() - m));
        return out;
    }

    private static Counts counts(boolean ok, boolean predicted, boolean gold) {
        return new Counts(ok ? 1 : 0, predicted && !ok ? 1 : 0, gold && !ok ? 1 : 0);
    }

    /** {@code norm_scalar} of a date: its ISO form at its own precision, stripped. */
    private static String date(Project p, Function<Project, PartialDate> getter) {
        PartialDate d = p == null ? null : getter.apply(p);
        if (d == null) {
            return null;
        }
        return PythonText.strip(d.toString());
    }

    private static Integer value(Project p, Function<Project, Integer> getter) {
        return p == null ? null : getter.apply(p);
    }

    private static Counts scalar(Object predicted, Object gold) {
        boolean ok = predicted != null && predicted.equals(gold);
        return counts(ok, predicted != null, gold != null);
    }

    /** {@code money_eq}: the same currency (upper-cased) and amounts within 0.5 % of the gold amount (at least 1). */
    private static boolean sameMoney(Money a, Money b) {
        double x = a.amount().doubleValue();
        double y = b.amount().doubleValue();
        return PythonText.upper(a.currency()).equals(PythonText.upper(b.currency()))
                && Math.abs(x - y) <= 0.005 * Math.max(Math.abs(y), 1.0);
    }

    private static List<Phrase> phraseList(Project p, ScoredField field) {
        if (p == null) {
            return List.of();
        }
        return switch (field) {
            case PROGRAMMES -> p.programmes();
            case LOCATIONS -> p.locations();
            case TARGET_GROUPS -> p.targetGroups();
            case OBJECTIVES -> p.objectives();
            case ACTIVITIES -> p.activities();
            case RESULTS -> p.results();
            default -> throw new IllegalArgumentException(field + " is not a phrase list");
        };
    }

    private static List<Tokenized> phrases(Project p, ScoredField field, boolean gold) {
        List<Tokenized> out = new ArrayList<>();
        for (Phrase ph : phraseList(p, field)) {
            if (gold && ph.text().isEmpty()) {
                continue;
            }
            out.add(Tokenized.of(ph.text()));
        }
        return out;
    }

    /** Links as score.py compares them: stripped, trailing slashes removed, lower-cased. */
    private static List<String> links(Project p, boolean gold) {
        List<String> out = new ArrayList<>();
        if (p == null) {
            return out;
        }
        for (Link l : p.links()) {
            if (gold && l.url().isEmpty()) {
                continue;
            }
            out.add(canonicalLink(l.url()));
        }
        return out;
    }

    static String canonicalLink(String url) {
        return PythonText.lower(PythonText.rstrip(PythonText.strip(url), '/'));
    }
}
