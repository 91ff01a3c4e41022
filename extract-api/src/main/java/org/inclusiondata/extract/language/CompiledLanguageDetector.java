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
    /** Open addressing: {@code slots[2s]} a packed n-gram (0 when free), {@code slots[2s + 1]} its start and count in the flat arrays. */
    private final long[] slots;
    private final int mask;
    private final short[] outcomeOf;
    private final double[] parameters;

    private CompiledLanguageDetector(LanguageDetectorModel delegate, String[] outcomes, double logPrior, long[] slots,
            short[] outcomeOf, double[] parameters) {
        this.delegate = delegate;
        this.outcomes = outcomes;
        this.logPrior = logPrior;
        this.slots = slots;
        this.mask = slots.length / 2 - 1;
        this.outcomeOf = outcomeOf;
        this.parameters = parameters;
    }

    /** Compiles {@code model}, or wraps it unchanged when it is not of the kind compiled here. */
    public static CompiledLanguageDetector of(LanguageDetectorModel model) {
        CompiledLanguageDetector compiled = compile(model);
        if (compiled != null && agreesOnProbes(compiled, model)) {
            return compiled;
        }
        return new CompiledLanguageDetector(model, null, 0, new long[2], null, null);
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
        for (long gram : grams) {
            long entry = find(gram);
            if (entry < 0) {
                continue;
            }
            int start = (int) (entry >>> 32);
            int end = start + (int) entry;
            for (int j = start; j < end; j++) {
                scores[outcomeOf[j]] += parameters[j];
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
        int used = 0;
        int values = 0;
        for (Map.Entry<String, Context> e : predicates.entrySet()) {
            int length = e.getKey().length();
            if (length >= 1 && length <= NGramContext.MAX_LENGTH && e.getValue() != null) {
                used++;
                values += e.getValue().getOutcomes().length;
            }
        }
        int size = Integer.highestOneBit(Math.max(2, used * 4 / 3)) << 1;
        long[] slots = new long[2 * size];
        short[] outcomeOf = new short[values];
        double[] parameters = new double[values];
        int next = 0;
        for (Map.Entry<String, Context> e : predicates.entrySet()) {
            int length = e.getKey().length();
            Context context = e.getValue();
            if (length < 1 || length > NGramContext.MAX_LENGTH || context == null) {
                continue;
            }
            int[] outs = context.getOutcomes();
            double[] params = context.getParameters();
            if (params.length != outs.length) {
                return null;
            }
            long key = NGramContext.pack(e.getKey());
            int slot = NGramContext.mix(key) & (size - 1);
            while (slots[2 * slot] != 0) {
                slot = (slot + 1) & (size - 1);
            }
            slots[2 * slot] = key;
            slots[2 * slot + 1] = (long) next << 32 | outs.length;
            for (int j = 0; j < outs.length; j++) {
                outcomeOf[next + j] = (short) outs[j];
                parameters[next + j] = params[j];
            }
            next += outs.length;
        }
        double logPrior = StrictMath.log(1.0 / outcomes.length);
        return new CompiledLanguageDetector(null, outcomes, logPrior, slots, outcomeOf, parameters);
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
