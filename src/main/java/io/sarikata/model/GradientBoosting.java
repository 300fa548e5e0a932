package io.sarikata.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Fits a {@link TreeEnsemble} to weighted log-loss by gradient boosting with second-order leaf values (the
 * XGBoost/LightGBM scheme), on features cut into at most {@link Settings#maxBins} quantile bins. Plain Java in
 * one thread: a few hundred thousand labelled blocks fit in seconds, and the trees need no library to apply.
 */
public final class GradientBoosting {

    /**
     * @param trees          boosting rounds
     * @param maxDepth       splits from the root to a leaf at most
     * @param learningRate   shrinkage of every tree's values
     * @param l2             L2 penalty on leaf values (lambda)
     * @param minChildWeight least summed hessian in a leaf
     * @param rowShare       share of rows each tree is grown on
     * @param maxBins        quantile bins per feature (at most 255)
     * @param seed           for the row sampling
     */
    public record Settings(int trees, int maxDepth, double learningRate, double l2, double minChildWeight,
                           double rowShare, int maxBins, long seed) implements java.io.Serializable {
        public Settings {
            if (trees < 1 || maxDepth < 1 || !(learningRate > 0) || l2 < 0 || minChildWeight < 0
                    || !(rowShare > 0 && rowShare <= 1) || maxBins < 2 || maxBins > 255) {
                throw new IllegalArgumentException("gradient boosting settings out of range: " + this);
            }
        }
    }

    private final Settings settings;

    public GradientBoosting(Settings settings) {
        this.settings = settings;
    }

    public TreeEnsemble fit(LayerRows rows, List<String> names) {
        int n = rows.size();
        int width = rows.width();
        if (names.size() != width) {
            throw new IllegalArgumentException(names.size() + " names for rows of " + width + " features");
        }
        double[] x = rows.features();
        double[] y = rows.labels();
        double[] w = rows.weights();
        double[][] thresholds = new double[width][];
        byte[][] bins = new byte[width][];
        for (int f = 0; f < width; f++) {
            thresholds[f] = cutPoints(x, n, width, f, settings.maxBins());
            bins[f] = binned(x, n, width, f, thresholds[f]);
        }
        double positive = 0;
        double total = 0;
        for (int i = 0; i < n; i++) {
            positive += w[i] * y[i];
            total += w[i];
        }
        double share = Math.min(1 - 1e-6, Math.max(1e-6, positive / total));
        double base = Math.log(share / (1 - share));
        double[] logit = new double[n];
        Arrays.fill(logit, base);
        double[] grad = new double[n];
        double[] hess = new double[n];
        SplittableRandom random = new SplittableRandom(settings.seed());
        List<TreeEnsemble.Tree> trees = new ArrayList<>(settings.trees());
        int[] chosen = new int[n];
        for (int t = 0; t < settings.trees(); t++) {
            for (int i = 0; i < n; i++) {
                double p = LinearLayer.sigmoid(logit[i]);
                grad[i] = w[i] * (p - y[i]);
                hess[i] = w[i] * Math.max(p * (1 - p), 1e-12);
            }
            int m = 0;
            for (int i = 0; i < n; i++) {
                if (settings.rowShare() >= 1 || random.nextDouble() < settings.rowShare()) {
                    chosen[m++] = i;
                }
            }
            TreeEnsemble.Tree tree = new TreeGrower(bins, thresholds, grad, hess, settings).grow(Arrays.copyOf(chosen, m));
            trees.add(tree);
            for (int i = 0; i < n; i++) {
                logit[i] += tree.value()[leafOf(tree, x, i * width)];
            }
        }
        return new TreeEnsemble(names, base, trees);
    }

    /** {@link TreeEnsemble.Tree#leafOf} on a row of the flat feature array. */
    private static int leafOf(TreeEnsemble.Tree tree, double[] x, int offset) {
        int[] feature = tree.feature();
        int k = 0;
        while (feature[k] >= 0) {
            k = x[offset + feature[k]] <= tree.threshold()[k] ? tree.left()[k] : tree.right()[k];
        }
        return k;
    }

    /** Cut points between the feature's distinct values: midpoints, at most {@code maxBins - 1} of them, by quantile. */
    static double[] cutPoints(double[] x, int n, int width, int f, int maxBins) {
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = x[i * width + f];
        }
        Arrays.sort(values);
        double[] distinct = new double[n];
        int[] runEnd = new int[n];
        int d = 0;
        for (int i = 0; i < n; i++) {
            if (d == 0 || values[i] != distinct[d - 1]) {
                distinct[d++] = values[i];
            }
            runEnd[d - 1] = i + 1;
        }
        List<Double> cuts = new ArrayList<>();
        if (d <= maxBins) {
            for (int k = 0; k + 1 < d; k++) {
                cuts.add((distinct[k] + distinct[k + 1]) / 2);
            }
        } else {
            double step = n / (double) maxBins;
            double next = step;
            for (int k = 0; k + 1 < d; k++) {
                if (runEnd[k] >= next) {
                    cuts.add((distinct[k] + distinct[k + 1]) / 2);
                    while (next <= runEnd[k]) {
                        next += step;
                    }
                }
            }
        }
        return cuts.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** Bin of each row: how many cut points lie below its value. */
    private static byte[] binned(double[] x, int n, int width, int f, double[] cuts) {
        byte[] out = new byte[n];
        for (int i = 0; i < n; i++) {
            int pos = Arrays.binarySearch(cuts, x[i * width + f]);
            out[i] = (byte) (pos >= 0 ? pos : -pos - 1);
        }
        return out;
    }
}
