package org.inclusiondata.extract.evaluation;

import java.util.ArrayList;
import java.util.List;

/**
 * score.py's greedy one-to-one matching: every acceptable pair as a tuple {@code (score, i, j)},
 * sorted with {@code sorted(..., reverse=True)} (highest score first; among equal scores the
 * highest {@code i}, then the highest {@code j}), taken in that order when both sides are free.
 */
final class GreedyMatching {

    /** The score of predicted item {@code i} against gold item {@code j}, or NaN when they may not pair. */
    @FunctionalInterface
    interface PairScore {
        double score(int i, int j);
    }

    /** A pair taken by the matching. */
    record Pair(int predicted, int gold, double score) {
    }

    private GreedyMatching() {
    }

    /** The pairs taken, in the order they were taken; pairs scoring NaN or under {@code minimum} are never taken. */
    static List<Pair> match(int predicted, int gold, double minimum, PairScore scorer) {
        List<Pair> candidates = new ArrayList<>();
        for (int i = 0; i < predicted; i++) {
            for (int j = 0; j < gold; j++) {
                double s = scorer.score(i, j);
                if (!Double.isNaN(s)) {
                    candidates.add(new Pair(i, j, s));
                }
            }
        }
        candidates.sort((x, y) -> {
            int c = Double.compare(y.score(), x.score());
            if (c != 0) {
                return c;
            }
            c = Integer.compare(y.predicted(), x.predicted());
            return c != 0 ? c : Integer.compare(y.gold(), x.gold());
        });
        boolean[] usedPredicted = new boolean[predicted];
        boolean[] usedGold = new boolean[gold];
        List<Pair> taken = new ArrayList<>();
        for (Pair p : candidates) {
            if (p.score() < minimum || usedPredicted[p.predicted()] || usedGold[p.gold()]) {
                continue;
            }
            usedPredicted[p.predicted()] = true;
            usedGold[p.gold()] = true;
            taken.add(p);
        }
        return taken;
    }

    /** The number of pairs {@code match_lists} makes. */
    static int count(int predicted, int gold, PairScore scorer) {
        return match(predicted, gold, Double.NEGATIVE_INFINITY, scorer).size();
    }
}
