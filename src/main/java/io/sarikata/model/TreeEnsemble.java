package io.sarikata.model;

import java.io.Serializable;
import java.util.List;

/**
 * Gradient-boosted regression trees as the artifact stores them: named inputs, a base logit and trees whose
 * leaves add to it. Applied in plain Java: a row goes left at a node when its feature is at most the node's
 * threshold. Every node keeps the value its rows would get if it were a leaf, so a block's reason is the
 * feature whose splits moved its logit most towards its label.
 *
 * @param features names of the inputs, in row order
 * @param base     the logit before any tree
 * @param trees    the trees, each a flat array of nodes
 */
public record TreeEnsemble(List<String> features, double base, List<Tree> trees) implements ScoreLayer {

    /**
     * One tree; node 0 is the root. {@code feature[k] < 0} marks a leaf. {@code value[k]} is the node's own
     * output (a leaf's is what it adds to the logit).
     */
    public record Tree(int[] feature, double[] threshold, int[] left, int[] right, double[] value) implements Serializable {

        public Tree {
            int n = feature.length;
            if (n == 0 || threshold.length != n || left.length != n || right.length != n || value.length != n) {
                throw new InvalidModelException("a tree's node arrays must be non-empty and of one length");
            }
            for (int k = 0; k < n; k++) {
                if (!Double.isFinite(value[k]) || (feature[k] >= 0 && !Double.isFinite(threshold[k]))) {
                    throw new InvalidModelException("a tree node holds a number that is not finite");
                }
                if (feature[k] >= 0 && (left[k] <= k || right[k] <= k || left[k] >= n || right[k] >= n)) {
                    throw new InvalidModelException("a tree node's children must come after it in the tree");
                }
            }
        }

        int leafOf(double[] row) {
            int k = 0;
            while (feature[k] >= 0) {
                k = row[feature[k]] <= threshold[k] ? left[k] : right[k];
            }
            return k;
        }
    }

    public TreeEnsemble {
        features = List.copyOf(features);
        trees = List.copyOf(trees);
        if (!Double.isFinite(base)) {
            throw new InvalidModelException("tree ensemble base is not a finite number");
        }
        for (Tree tree : trees) {
            for (int f : tree.feature()) {
                if (f >= features.size()) {
                    throw new InvalidModelException("a tree splits on feature " + f + " of " + features.size());
                }
            }
        }
    }

    /** How many nodes split on each feature: what the trees use, for a reader of the artifact. */
    public int[] splitCounts() {
        int[] counts = new int[features.size()];
        for (Tree tree : trees) {
            for (int f : tree.feature) {
                if (f >= 0) {
                    counts[f]++;
                }
            }
        }
        return counts;
    }

    @Override
    public double logit(double[] row) {
        double z = base;
        for (Tree tree : trees) {
            z += tree.value[tree.leafOf(row)];
        }
        return z;
    }

    /** The feature whose splits pushed the logit hardest towards the label (path contributions summed over trees). */
    @Override
    public String strongestFeature(double[] row, boolean towardsPositive) {
        double[] push = new double[features.size()];
        for (Tree tree : trees) {
            int k = 0;
            while (tree.feature[k] >= 0) {
                int next = row[tree.feature[k]] <= tree.threshold[k] ? tree.left[k] : tree.right[k];
                push[tree.feature[k]] += tree.value[next] - tree.value[k];
                k = next;
            }
        }
        int best = -1;
        double bestPush = 0;
        for (int i = 0; i < push.length; i++) {
            double p = towardsPositive ? push[i] : -push[i];
            if (p > bestPush) {
                bestPush = p;
                best = i;
            }
        }
        return best < 0 ? "base" : features.get(best);
    }
}
