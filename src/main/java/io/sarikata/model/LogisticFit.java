package io.sarikata.model;

import java.io.Serializable;
import java.util.List;

/**
 * Fits one logistic layer on rows held in memory, to the optimum MLlib's binomial {@code LogisticRegression}
 * (standardization on, elastic net 0) defines: weighted log-loss over the sum of weights plus
 * {@code regularisation / 2} times the squared weights on standardised features, intercept not penalised.
 * The optimiser is L-BFGS as MLlib runs it ({@link Lbfgs}: 10 corrections, relative tolerance 1e-6, at most
 * 200 iterations). A build's sample is a few hundred thousand rows, which one task fits in about a second
 * (0.7-0.8 s for the block layer at 100 MB); through MLlib every optimiser iteration was a Spark job, 45-50
 * of them a build.
 */
public final class LogisticFit {

    /** MLlib's defaults, kept so that a layer is fitted as it was. */
    static final int MAX_ITERATIONS = 200;
    static final int CORRECTIONS = 10;
    static final double TOLERANCE = 1e-6;

    /** The layer and the optimiser iterations it took (the model's training summary reports them). */
    public record Fit(LinearLayer layer, int iterations) implements Serializable {
    }

    private LogisticFit() {
    }

    /**
     * @param names one per feature, in row order
     * @throws IllegalArgumentException when the rows hold no body or no navigation example
     */
    public static Fit fit(LayerRows rows, List<String> names, double regularisation) {
        if (names.size() != rows.width()) {
            throw new IllegalArgumentException(names.size() + " names for rows of " + rows.width() + " features");
        }
        Loss loss = new Loss(rows, regularisation);
        Lbfgs.Result optimum = new Lbfgs(MAX_ITERATIONS, CORRECTIONS, TOLERANCE).minimise(loss, loss.start());
        double[] weights = new double[rows.width()];
        double intercept = loss.originalScale(optimum.x(), weights);
        return new Fit(new LinearLayer(names, weights, intercept), optimum.iterations());
    }

    /**
     * The objective over parameters in standardised, centred coordinates ({@code x'_j = (x_j - mean_j) / std_j}),
     * where L-BFGS converges as it does in MLlib; features with no spread get weight 0, as there. The rows are
     * never rewritten: each evaluation maps the parameters back to the features' own scale and runs one pass.
     */
    static final class Loss implements Lbfgs.Objective {
        private final LayerRows rows;
        private final double regularisation;
        private final double[] mean;
        private final double[] std;
        private final double weightSum;
        private final double bodyWeightSum;

        Loss(LayerRows rows, double regularisation) {
            this.rows = rows;
            this.regularisation = regularisation;
            int d = rows.width();
            int n = rows.size();
            double[] x = rows.features();
            double[] w = rows.weights();
            mean = new double[d];
            std = new double[d];
            double sum = 0;
            double squares = 0;
            double body = 0;
            for (int i = 0; i < n; i++) {
                sum += w[i];
                squares += w[i] * w[i];
                body += w[i] * rows.labels()[i];
                for (int j = 0; j < d; j++) {
                    mean[j] += w[i] * x[i * d + j];
                }
            }
            if (body <= 0 || body >= sum) {
                throw new IllegalArgumentException("the rows need both body and navigation examples");
            }
            for (int j = 0; j < d; j++) {
                mean[j] /= sum;
            }
            double[] deviations = new double[d];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < d; j++) {
                    double dx = x[i * d + j] - mean[j];
                    deviations[j] += w[i] * dx * dx;
                }
            }
            double unbiased = sum - squares / sum; // MLlib's Summarizer: the weighted sample variance
            for (int j = 0; j < d; j++) {
                // a constant column's mean can miss its value by a rounding error: its spread must be exactly 0
                std[j] = unbiased > 0 && varies(x, d, n, j) ? Math.sqrt(deviations[j] / unbiased) : 0;
            }
            this.weightSum = sum;
            this.bodyWeightSum = body;
        }

        private static boolean varies(double[] x, int d, int n, int column) {
            for (int i = 1; i < n; i++) {
                if (x[i * d + column] != x[column]) {
                    return true;
                }
            }
            return false;
        }

        /** Weights 0 and the intercept at the classes' weighted log odds, as MLlib starts. */
        double[] start() {
            double[] p = new double[rows.width() + 1];
            p[rows.width()] = Math.log(bodyWeightSum / (weightSum - bodyWeightSum));
            return p;
        }

        /** Fills {@code weights} with the features' own-scale weights of {@code p} and returns the intercept. */
        double originalScale(double[] p, double[] weights) {
            int d = rows.width();
            double intercept = p[d];
            for (int j = 0; j < d; j++) {
                weights[j] = std[j] > 0 ? p[j] / std[j] : 0;
                intercept -= weights[j] * mean[j];
            }
            return intercept;
        }

        @Override
        public double valueAndGradient(double[] p, double[] grad) {
            int d = rows.width();
            int n = rows.size();
            double[] x = rows.features();
            double[] y = rows.labels();
            double[] w = rows.weights();
            double[] beta = new double[d];
            double b0 = originalScale(p, beta);
            double[] gradBeta = new double[d];
            double gradB0 = 0;
            double loss = 0;
            for (int i = 0; i < n; i++) {
                int at0 = i * d;
                double margin = b0;
                for (int j = 0; j < d; j++) {
                    margin += beta[j] * x[at0 + j];
                }
                double e = Math.exp(-Math.abs(margin));
                double probability = margin >= 0 ? 1 / (1 + e) : e / (1 + e);
                loss += w[i] * (Math.max(margin, 0) - y[i] * margin + Math.log1p(e));
                double r = w[i] * (probability - y[i]);
                gradB0 += r;
                for (int j = 0; j < d; j++) {
                    gradBeta[j] += r * x[at0 + j];
                }
            }
            double penalty = 0;
            for (int j = 0; j < d; j++) {
                grad[j] = 0;
                if (std[j] > 0) {
                    grad[j] = (gradBeta[j] - mean[j] * gradB0) / (std[j] * weightSum) + regularisation * p[j];
                    penalty += p[j] * p[j];
                }
            }
            grad[d] = gradB0 / weightSum;
            return loss / weightSum + regularisation / 2 * penalty;
        }
    }
}
