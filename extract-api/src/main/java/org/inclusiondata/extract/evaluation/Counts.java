package org.inclusiondata.extract.evaluation;

/**
 * True positives, false positives and false negatives of one field (or of everything), with the
 * precision, recall and F1 that {@code score.py}'s {@code prf} derives from them (0 when undefined).
 */
public record Counts(int tp, int fp, int fn) {

    public static final Counts ZERO = new Counts(0, 0, 0);

    public Counts {
        if (tp < 0 || fp < 0 || fn < 0) {
            throw new IllegalArgumentException("counts must not be negative: tp=" + tp + " fp=" + fp + " fn=" + fn);
        }
    }

    public Counts plus(Counts other) {
        return new Counts(tp + other.tp, fp + other.fp, fn + other.fn);
    }

    /** Gold values of the field: {@code tp + fn}, what score.py calls support. */
    public int support() {
        return tp + fn;
    }

    public double precision() {
        return tp + fp == 0 ? 0.0 : (double) tp / (tp + fp);
    }

    public double recall() {
        return tp + fn == 0 ? 0.0 : (double) tp / (tp + fn);
    }

    public double f1() {
        double p = precision();
        double r = recall();
        // Evaluated left to right like Python's 2 * p * r / (p + r), so the last bit agrees.
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }

    /** True when the value is counted as neither right nor wrong anywhere. */
    public boolean isEmpty() {
        return tp == 0 && fp == 0 && fn == 0;
    }
}
