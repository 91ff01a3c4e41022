package org.inclusiondata.extract.language;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetector;
import opennlp.tools.langdetect.LanguageDetectorFactory;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;

/**
 * OpenNLP's language detector ({@link LanguageDetectorME} with the default factory and a GIS
 * maximum-entropy model) with the model's parameters laid out for lookup by n-gram: the same
 * languages in the same order with the same confidences, to the last bit, at a fraction of the cost.
 *
 * <p>OpenNLP normalises the text ({@link DetectorNormalizer}), collects its distinct one- to
 * three-character n-grams ({@link NGramContext}), looks each up as a string in a map of some
 * 146,000 predicates, and adds every parameter of a predicate to its outcome's score, in the
 * iteration order of a {@code HashMap} ({@link HashMapOrder}); then it exponentiates, normalises
 * and sorts. Here the n-grams are packed into {@code long}s and looked up in an open-addressing
 * table whose entries point into two flat arrays of outcomes and parameters, and the sums are taken
 * in the same order, so they round the same way.
 *
 * <p>A model this class cannot prove it reproduces (another factory or model kind, or a probe text
 * scored differently) is left to OpenNLP. Immutable and thread-safe; the model itself is not kept.
 */
public final class CompiledLanguageDetector implements LanguageDetector {

    private static final Comparator<Language> BY_CONFIDENCE = (a, b) -> Double.compare(b.getConfidence(), a.getConfidence());

    /** Texts scored both ways when the model is compiled: a model that disagrees on any is left to OpenNLP. */
    private static final String[] PROBES = {
        "A projekt célja a roma közösségek társadalmi befogadása, 2019-2021.",
        "Проектът е финансиран по Оперативна програма „Развитие на човешките ресурси“.",
        "Пројекат се реализује у општини Ниш; projekat se realizuje u opštini Niš.",
        "Hello world :) http://example.org #tag @user 12345 aaaa  bb\u00a0\uFB01 \uD83D\uDE00 x",
    };

    /** Set when the model is not compiled: every call goes to OpenNLP. */
    private final LanguageDetectorModel delegate;
    private final String[] outcomes;
    private final double logPrior;
    /**
     * Open addressing: {@code slots[2s]} a packed n-gram (0 when free), {@code slots[2s + 1]} where its
     * parameters are: {@code start << 32 | count} for {@code count} pairs in {@link #outcomeOf} and
     * {@link #parameters}, or {@code start << 32} (count 0) for a dense row in {@link #rows}.
     */
    private final long[] slots;
    private final int mask;
    private final short[] outcomeOf;
    private final double[] parameters;
    /**
     * The predicates that most outcomes have (about 8,000 of 146,000, but three quarters of the
     * additions on a page: the frequent n-grams) as rows of one parameter per outcome, 0 where the
     * model has none, so that adding a row is a loop the JIT vectorises. Adding +0.0 leaves every
     * score as it is: a score starts at the log prior, not zero, and a sum of doubles is -0.0 only
     * when both terms are, so no score is ever -0.0.
     */
    private final double[] rows;

    private CompiledLanguageDetector(LanguageDetectorModel delegate, String[] outcomes, double logPrior, long[] slots,
            short[] outcomeOf, double[] parameters, double[] rows) {
        this.delegate = delegate;
        this.outcomes = outcomes;
        this.logPrior = logPrior;
        this.slots = slots;
        this.mask = slots.length / 2 - 1;
        this.outcomeOf = outcomeOf;
        this.parameters = parameters;
        this.rows = rows;
    }

    /** Compiles {@code model}, or wraps it unchanged when it is not of the kind compiled here. */
    public static CompiledLanguageDetector of(LanguageDetectorModel model) {
        CompiledLanguageDetector compiled = compile(model);
        if (compiled != null && agreesOnProbes(compiled, model)) {
            return compiled;
        }
        return new CompiledLanguageDetector(model, null, 0, new long[2], null, null, null);
    }

    /** Whether calls are answered from the compiled tables (false: by OpenNLP). */
    public boolean isCompiled() {
        return delegate == null;
    }

    @Override
    public Language[] predictLanguages(CharSequence text) {
        if (delegate != null) {
            return new LanguageDetectorME(delegate).predictLanguages(text);
        }
        return rank(NGramContext.of(DetectorNormalizer.normalize(text)));
    }

    @Override
    public Language predictLanguage(CharSequence text) {
        return predictLanguages(text)[0];
    }

    @Override
    public String[] getSupportedLanguages() {
        return delegate != null ? new LanguageDetectorME(delegate).getSupportedLanguages() : outcomes.clone();
    }

    /** {@code GISModel.eval} with every feature value 1, then {@code LanguageDetectorME.predict}'s ranking. */
    private Language[] rank(long[] grams) {
        int n = outcomes.length;
        double[] scores = new double[n];
        Arrays.fill(scores, logPrior);
        // All lookups first: they do not depend on one another, so the CPU overlaps their cache misses.
        long[] entries = new long[grams.length];
        for (int i = 0; i < grams.length; i++) {
            entries[i] = find(grams[i]);
        }
        for (long entry : entries) {
            if (entry < 0) {
                continue;
            }
            int start = (int) (entry >>> 32);
            int count = (int) entry;
            if (count == 0) {
                // Bounded by the array's own length, the JIT drops the index checks and unrolls.
                for (int o = 0; o < scores.length; o++) {
                    scores[o] += rows[start + o];
                }
            } else {
                for (int j = start, end = start + count; j < end; j++) {
                    scores[outcomeOf[j]] += parameters[j];
                }
            }
        }
        double sum = 0;
        for (int i = 0; i < n; i++) {
            scores[i] = StrictMath.exp(scores[i]);
            sum += scores[i];
        }
        Language[] languages = new Language[n];
        for (int i = 0; i < n; i++) {
            languages[i] = new Language(outcomes[i], scores[i] / sum);
        }
        Arrays.sort(languages, BY_CONFIDENCE);
        return languages;
    }

    /** The start and count of the n-gram's parameters, or -1 when the model has no such predicate. */
    private long find(long gram) {
        int slot = NGramContext.mix(gram) & mask;
        while (true) {
            long key = slots[2 * slot];
            if (key == gram) {
                return slots[2 * slot + 1];
            }
            if (key == 0) {
                return -1;
            }
            slot = (slot + 1) & mask;
        }
    }

    private static CompiledLanguageDetector compile(LanguageDetectorModel model) {
        if (model.getFactory().getClass() != LanguageDetectorFactory.class) {
            return null;
        }
        MaxentModel maxent = model.getMaxentModel();
        if (maxent.getClass() != GISModel.class) {
            return null;
        }
        Object[] structures = ((AbstractModel) maxent).getDataStructures();
        @SuppressWarnings("unchecked")
        Map<String, Context> predicates = (Map<String, Context>) structures[1];
        String[] outcomes = ((String[]) structures[2]).clone();
        if (outcomes.length == 0 || outcomes.length > Short.MAX_VALUE) {
            return null;
        }
        int n = outcomes.length;
        int used = 0;
        int values = 0;
        int denseRows = 0;
        for (Map.Entry<String, Context> e : predicates.entrySet()) {
            int length = e.getKey().length();
            Context context = e.getValue();
            if (length >= 1 && length <= NGramContext.MAX_LENGTH && context != null && context.getOutcomes().length > 0) {
                used++;
                if (isDense(context, n)) {
                    denseRows++;
                } else {
                    values += context.getOutcomes().length;
                }
            }
        }
        int size = Integer.highestOneBit(Math.max(2, used * 4 / 3)) << 1;
        long[] slots = new long[2 * size];
        short[] outcomeOf = new short[values];
        double[] parameters = new double[values];
        double[] rows = new double[denseRows * n];
        int next = 0;
        int nextRow = 0;
        for (Map.Entry<String, Context> e : predicates.entrySet()) {
            int length = e.getKey().length();
            Context context = e.getValue();
            if (length < 1 || length > NGramContext.MAX_LENGTH || context == null || context.getOutcomes().length == 0) {
                continue;
            }
            int[] outs = context.getOutcomes();
            double[] params = context.getParameters();
            if (params.length != outs.length || !ascendingOutcomes(outs, n)) {
                return null;
            }
            long key = NGramContext.pack(e.getKey());
            int slot = NGramContext.mix(key) & (size - 1);
            while (slots[2 * slot] != 0) {
                slot = (slot + 1) & (size - 1);
            }
            slots[2 * slot] = key;
            if (isDense(context, n)) {
                for (int j = 0; j < outs.length; j++) {
                    rows[nextRow + outs[j]] = params[j];
                }
                slots[2 * slot + 1] = (long) nextRow << 32;
                nextRow += n;
            } else {
                slots[2 * slot + 1] = (long) next << 32 | outs.length;
                for (int j = 0; j < outs.length; j++) {
                    outcomeOf[next + j] = (short) outs[j];
                    parameters[next + j] = params[j];
                }
                next += outs.length;
            }
        }
        double logPrior = StrictMath.log(1.0 / outcomes.length);
        return new CompiledLanguageDetector(null, outcomes, logPrior, slots, outcomeOf, parameters, rows);
    }

    /** Outcome indices in range, each once (so that a row holds each parameter once). */
    private static boolean ascendingOutcomes(int[] outs, int outcomes) {
        for (int j = 0; j < outs.length; j++) {
            if (outs[j] < 0 || outs[j] >= outcomes || j > 0 && outs[j] <= outs[j - 1]) {
                return false;
            }
        }
        return true;
    }

    /** Whether a predicate's parameters are kept as a dense row: when half the outcomes or more have one. */
    private static boolean isDense(Context context, int outcomes) {
        return context.getOutcomes().length * 2 >= outcomes;
    }

    private static boolean agreesOnProbes(CompiledLanguageDetector compiled, LanguageDetectorModel model) {
        LanguageDetectorME reference = new LanguageDetectorME(model);
        for (String probe : PROBES) {
            for (String text : new String[] {probe, DetectorNormalizer.normalize(probe)}) {
                if (!sameRanking(compiled.predictLanguages(text), reference.predictLanguages(text))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Same languages in the same order with bit-identical confidences. */
    static boolean sameRanking(Language[] a, Language[] b) {
        if (a.length != b.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            if (!a[i].getLang().equals(b[i].getLang()) || Double.compare(a[i].getConfidence(), b[i].getConfidence()) != 0) {
                return false;
            }
        }
        return true;
    }
}
