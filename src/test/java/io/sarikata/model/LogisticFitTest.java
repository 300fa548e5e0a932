package io.sarikata.model;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LogisticFitTest {

    private static final List<String> NAMES = List.of("a", "b", "constant");

    /** Rows drawn from a known logistic model: logit = 0.3 + 1.5 a - 2 b; "constant" never changes. */
    static LayerRows drawn(int n, long seed) {
        Random random = new Random(seed);
        LayerRows rows = new LayerRows(3, n);
        for (int i = 0; i < n; i++) {
            double a = random.nextGaussian();
            double b = 3 + 0.5 * random.nextGaussian(); // off-centre and narrow: standardisation matters
            double logit = 0.3 + 1.5 * a - 2 * (b - 3);
            boolean body = random.nextDouble() < LinearLayer.sigmoid(logit);
            rows.add(new double[]{a, b, 7}, body, body ? 1.2 : 0.8);
        }
        return rows;
    }

    @Test
    void recoversTheModelTheRowsWereDrawnFrom() {
        LinearLayer layer = LogisticFit.fit(drawn(40_000, 1), NAMES, 1e-6).layer();
        // class weights 1.2 / 0.8 shift the intercept by log(1.2 / 0.8); the slopes stay
        assertEquals(1.5, layer.weights()[0], 0.06);
        assertEquals(-2, layer.weights()[1], 0.1);
        assertEquals(0.3 + 6 + Math.log(1.2 / 0.8), layer.intercept(), 0.35);
        assertEquals(0, layer.weights()[2], "a feature with no spread gets no weight");
        assertEquals(NAMES, layer.features());
    }

    @Test
    void strongerRegularisationShrinksTheWeights() {
        LayerRows rows = drawn(5_000, 2);
        LinearLayer weak = LogisticFit.fit(rows, NAMES, 1e-4).layer();
        LinearLayer strong = LogisticFit.fit(rows, NAMES, 1.0).layer();
        assertTrue(Math.abs(strong.weights()[0]) < 0.7 * Math.abs(weak.weights()[0]));
        assertTrue(Math.abs(strong.weights()[1]) < 0.7 * Math.abs(weak.weights()[1]));
    }

    @Test
    void aRowTwiceIsARowOfTwiceTheWeight() {
        LayerRows twice = new LayerRows(3, 8);
        LayerRows weighted = new LayerRows(3, 8);
        LayerRows source = drawn(300, 3);
        for (int i = 0; i < source.size(); i++) {
            double[] row = java.util.Arrays.copyOfRange(source.features(), 3 * i, 3 * i + 3);
            boolean body = source.labels()[i] == 1;
            int copies = i % 2 == 0 ? 2 : 1;
            for (int c = 0; c < copies; c++) {
                twice.add(row, body, 1);
            }
            weighted.add(row, body, copies);
        }
        LinearLayer a = LogisticFit.fit(twice, NAMES, 1e-3).layer();
        LinearLayer b = LogisticFit.fit(weighted, NAMES, 1e-3).layer();
        assertEquals(a.weights()[0], b.weights()[0], 1e-4);
        assertEquals(a.weights()[1], b.weights()[1], 1e-4);
        assertEquals(a.intercept(), b.intercept(), 1e-3);
    }

    @Test
    void theGradientIsTheLossesSlope() {
        LogisticFit.Loss loss = new LogisticFit.Loss(drawn(500, 4), 0.01);
        double[] at = {0.4, -0.7, 0.9, 0.2};
        double[] gradient = new double[4];
        loss.valueAndGradient(at, gradient);
        for (int j = 0; j < at.length; j++) {
            double h = 1e-6;
            double[] up = at.clone();
            double[] down = at.clone();
            up[j] += h;
            down[j] -= h;
            double slope = (loss.valueAndGradient(up, new double[4]) - loss.valueAndGradient(down, new double[4])) / (2 * h);
            assertEquals(slope, gradient[j], 1e-6, "parameter " + j);
        }
    }

    @Test
    void needsBothClasses() {
        LayerRows onlyBody = new LayerRows(3, 4);
        onlyBody.add(new double[]{1, 2, 3}, true, 1);
        onlyBody.add(new double[]{2, 1, 3}, true, 1);
        assertThrows(IllegalArgumentException.class, () -> LogisticFit.fit(onlyBody, NAMES, 1e-3));
        assertThrows(IllegalArgumentException.class, () -> LogisticFit.fit(onlyBody, List.of("a"), 1e-3));
    }
}
