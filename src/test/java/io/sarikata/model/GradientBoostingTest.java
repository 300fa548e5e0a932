package io.sarikata.model;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GradientBoostingTest {

    private static final GradientBoosting.Settings SMALL = new GradientBoosting.Settings(40, 3, 0.3, 1.0, 0.1, 1.0, 32, 1L);

    /** Body when exactly one of two flags is set: a conjunction no single linear weight can express. */
    private static LayerRows exclusiveOr(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        LayerRows rows = new LayerRows(3, n);
        for (int i = 0; i < n; i++) {
            double a = random.nextInt(2);
            double b = random.nextInt(2);
            rows.add(new double[] {a, b, random.nextDouble()}, (a + b) == 1, 1.0);
        }
        return rows;
    }

    @Test
    void learnsAConjunctionALinearLayerCannot() {
        TreeEnsemble model = new GradientBoosting(SMALL).fit(exclusiveOr(2000, 3), List.of("a", "b", "noise"));
        assertTrue(model.logit(new double[] {1, 0, 0.5}) > 2);
        assertTrue(model.logit(new double[] {0, 1, 0.5}) > 2);
        assertTrue(model.logit(new double[] {0, 0, 0.5}) < -2);
        assertTrue(model.logit(new double[] {1, 1, 0.5}) < -2);
        int[] splits = model.splitCounts();
        assertTrue(splits[0] > 0 && splits[1] > 0, "splits on both flags");
    }

    @Test
    void theSameRowsAndSeedGiveTheSameTrees() {
        GradientBoosting.Settings sampled = new GradientBoosting.Settings(10, 3, 0.3, 1.0, 0.1, 0.5, 32, 9L);
        TreeEnsemble first = new GradientBoosting(sampled).fit(exclusiveOr(500, 4), List.of("a", "b", "c"));
        TreeEnsemble second = new GradientBoosting(sampled).fit(exclusiveOr(500, 4), List.of("a", "b", "c"));
        for (int t = 0; t < first.trees().size(); t++) {
            assertArrayEquals(first.trees().get(t).value(), second.trees().get(t).value());
        }
    }

    @Test
    void theBaseIsTheWeightedLogOddsOfBody() {
        LayerRows rows = new LayerRows(1, 4);
        rows.add(new double[] {1}, true, 3.0);
        rows.add(new double[] {1}, false, 1.0);
        TreeEnsemble model = new GradientBoosting(SMALL).fit(rows, List.of("x"));
        assertEquals(Math.log(3), model.base(), 1e-9);
        assertEquals(1, model.trees().get(0).feature().length, "a constant feature cannot be split");
    }

    @Test
    void cutPointsLieBetweenDistinctValuesAndAreCappedByQuantile() {
        double[] x = {3, 1, 2, 2, 1};
        assertArrayEquals(new double[] {1.5, 2.5}, GradientBoosting.cutPoints(x, 5, 1, 0, 8), 1e-12);
        double[] many = new double[1000];
        for (int i = 0; i < many.length; i++) {
            many[i] = i;
        }
        double[] cuts = GradientBoosting.cutPoints(many, 1000, 1, 0, 10);
        assertTrue(cuts.length <= 9 && cuts.length >= 8, "about one cut per tenth: " + cuts.length);
    }

    @Test
    void settingsOutOfRangeAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new GradientBoosting.Settings(0, 3, 0.1, 1, 1, 1, 32, 1));
        assertThrows(IllegalArgumentException.class, () -> new GradientBoosting.Settings(5, 3, 0.1, 1, 1, 0, 32, 1));
        assertThrows(IllegalArgumentException.class, () -> new GradientBoosting.Settings(5, 3, 0.1, 1, 1, 1, 300, 1));
    }
}
