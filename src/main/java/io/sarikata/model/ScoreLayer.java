package io.sarikata.model;

import java.io.Serializable;
import java.util.List;

/** One stage of the model: named inputs in, a logit of body out, and which input pushed hardest. */
public interface ScoreLayer extends Serializable {

    List<String> features();

    double logit(double[] row);

    /** The logit of each row of a page. */
    default double[] logits(double[][] rows) {
        double[] z = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            z[i] = logit(rows[i]);
        }
        return z;
    }

    /**
     * The logit of each of {@code n} rows held in one array, row i's inputs at {@code rows[i * stride + offset + k]},
     * into {@code z[0, n)}: how a labeller that reuses its arrays from page to page asks.
     */
    default void logits(double[] rows, int n, int stride, int offset, double[] z) {
        double[] row = new double[features().size()];
        for (int i = 0; i < n; i++) {
            System.arraycopy(rows, i * stride + offset, row, 0, row.length);
            z[i] = logit(row);
        }
    }

    /** The input that pushed the logit hardest towards the label: the reason a block got it. */
    String strongestFeature(double[] row, boolean towardsPositive);
}
