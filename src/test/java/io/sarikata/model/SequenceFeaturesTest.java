package io.sarikata.model;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class SequenceFeaturesTest {

    private static final double EPS = 1e-12;

    private static double s(double z) {
        return LinearLayer.sigmoid(z);
    }

    @Test
    void rowsFollowNames() {
        assertEquals(7, SequenceFeatures.NAMES.size());
        for (double[] row : SequenceFeatures.of(new double[] {1, 2, 3})) {
            assertEquals(SequenceFeatures.NAMES.size(), row.length);
        }
        assertEquals(0, SequenceFeatures.of(new double[0]).length);
    }

    @Test
    void valuesForThreeBlocks() {
        double[][] rows = SequenceFeatures.of(new double[] {1, -2, 3});
        // logit_self, logit_prev, logit_next, logit_prev2, logit_next2, body_share_before, body_share_after
        assertArrayEquals(new double[] {1, 0, -2, 0, 3, 0.5, (s(-2) + s(3)) / 2}, rows[0], EPS);
        assertArrayEquals(new double[] {-2, 1, 3, 0, 0, s(1), s(3)}, rows[1], EPS);
        assertArrayEquals(new double[] {3, -2, 0, 1, 0, (s(1) + s(-2)) / 2, 0.5}, rows[2], EPS);
    }

    @Test
    void singleBlockSeesNeutralSides() {
        assertArrayEquals(new double[] {-0.7, 0, 0, 0, 0, 0.5, 0.5}, SequenceFeatures.of(new double[] {-0.7})[0], EPS);
    }

    @Test
    void middleOfFiveSeesBothNeighboursTwoDeep() {
        double[] logits = {-1, -0.5, 0.25, 0.5, 2};
        double[] row = SequenceFeatures.of(logits)[2];
        assertArrayEquals(new double[] {0.25, -0.5, 0.5, -1, 2, (s(-1) + s(-0.5)) / 2, (s(0.5) + s(2)) / 2}, row, EPS);
    }

    @Test
    void logitsAreClippedAtEight() {
        double[][] rows = SequenceFeatures.of(new double[] {20, -30, 7.5});
        assertArrayEquals(new double[] {8, 0, -8, 0, 7.5}, java.util.Arrays.copyOf(rows[0], 5), EPS);
        assertArrayEquals(new double[] {-8, 8, 7.5, 0, 0}, java.util.Arrays.copyOf(rows[1], 5), EPS);
        assertArrayEquals(new double[] {7.5, -8, 0, 8, 0}, java.util.Arrays.copyOf(rows[2], 5), EPS);
    }

    @Test
    void bodySharesStayProbabilities() {
        double[][] rows = SequenceFeatures.of(new double[] {1000, -1000, 1000});
        assertEquals(1.0, rows[1][5], EPS);
        assertEquals(1.0, rows[1][6], EPS);
        assertEquals(0.5, rows[2][5], EPS);
    }
}
