package io.sarikata.model;

import java.util.List;

/**
 * A logistic-regression layer as the artifact stores it: named inputs, one weight each, an intercept.
 * Weights are on the features' own scale, so a reader can see what each feature adds to the logit.
 */
public record LinearLayer(List<String> features, double[] weights, double intercept) implements ScoreLayer {

    public LinearLayer {
        features = List.copyOf(features);
        weights = weights.clone();
        if (weights.length != features.size()) {
            throw new InvalidModelException("layer has " + features.size() + " features but " + weights.length + " weights");
        }
        for (double w : weights) {
            if (!Double.isFinite(w)) {
                throw new InvalidModelException("layer has a weight that is not a finite number");
            }
        }
        if (!Double.isFinite(intercept)) {
            throw new InvalidModelException("layer intercept is not a finite number");
        }
    }

    @Override
    public double[] weights() {
        return weights.clone();
    }

    public double logit(double[] x) {
        double z = intercept;
        for (int i = 0; i < weights.length; i++) {
            z += weights[i] * x[i];
        }
        return z;
    }

    /** The feature that pushed hardest towards the sign of the logit: the reason a block got its label. */
    public String strongestFeature(double[] x, boolean towardsPositive) {
        int best = -1;
        double bestPush = 0;
        for (int i = 0; i < weights.length; i++) {
            double push = weights[i] * x[i] * (towardsPositive ? 1 : -1);
            if (push > bestPush) {
                bestPush = push;
                best = i;
            }
        }
        return best < 0 ? "intercept" : features.get(best);
    }

    public static double sigmoid(double z) {
        return 1.0 / (1.0 + Math.exp(-z));
    }
}
