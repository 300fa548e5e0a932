package io.sarikata.model;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TreeEnsembleTest {

    /** Splits on a at 0.5; its right child splits on b at 2. */
    static TreeEnsemble.Tree twoLevels() {
        return new TreeEnsemble.Tree(
                new int[] {0, -1, 1, -1, -1},
                new double[] {0.5, 0, 2, 0, 0},
                new int[] {1, -1, 3, -1, -1},
                new int[] {2, -1, 4, -1, -1},
                new double[] {0.1, -1.0, 0.5, 0.2, 2.0});
    }

    static final TreeEnsemble ENSEMBLE = new TreeEnsemble(List.of("a", "b"), -0.25, List.of(twoLevels(), twoLevels()));

    @Test
    void aRowGoesLeftAtOrBelowTheThresholdAndLeavesAdd() {
        assertEquals(-0.25 - 2.0, ENSEMBLE.logit(new double[] {0.5, 9}), 1e-12);
        assertEquals(-0.25 + 0.4, ENSEMBLE.logit(new double[] {0.6, 2}), 1e-12);
        assertEquals(-0.25 + 4.0, ENSEMBLE.logit(new double[] {0.6, 2.1}), 1e-12);
    }

    @Test
    void theReasonIsTheFeatureWhoseSplitsMovedTheLogitMost() {
        // a: 0.1 -> 0.5 (+0.4), b: 0.5 -> 2.0 (+1.5) per tree: b pushed hardest towards body.
        assertEquals("b", ENSEMBLE.strongestFeature(new double[] {0.6, 3}, true));
        // a: 0.1 -> -1.0 pushed towards nav; nothing pushed towards body.
        assertEquals("a", ENSEMBLE.strongestFeature(new double[] {0.2, 3}, false));
        assertEquals("base", ENSEMBLE.strongestFeature(new double[] {0.2, 3}, true));
    }

    @Test
    void splitCountsSayWhatTheTreesUse() {
        assertArrayEquals(new int[] {2, 2}, ENSEMBLE.splitCounts());
    }

    @Test
    void malformedTreesAreRefused() {
        assertThrows(InvalidModelException.class, () -> new TreeEnsemble.Tree(new int[] {0}, new double[] {1},
                new int[] {0}, new int[] {0}, new double[] {0}));
        assertThrows(InvalidModelException.class, () -> new TreeEnsemble.Tree(new int[] {-1}, new double[] {0},
                new int[] {-1}, new int[] {-1}, new double[] {Double.NaN}));
        assertThrows(InvalidModelException.class, () -> new TreeEnsemble.Tree(new int[0], new double[0],
                new int[0], new int[0], new double[0]));
        InvalidModelException e = assertThrows(InvalidModelException.class,
                () -> new TreeEnsemble(List.of("a"), 0, List.of(twoLevels())));
        assertTrue(e.getMessage().contains("feature 1 of 1"), e.getMessage());
    }
}
