package io.sarikata.model;

import java.io.Serializable;
import java.util.List;

/**
 * Gradient-boosted regression trees as the artifact stores them: named inputs, a base logit and trees whose
 * leaves add to it. A row goes left at a node when its feature is at most the node's threshold. Every node keeps
 * the value its rows would get if it were a leaf, so a block's reason is the feature whose splits moved its
 * logit most towards its label.
 *
 * <p>Applied in plain Java over a page at a time: all trees' nodes sit in a few flat arrays, and a page's rows go
 * through one tree before the next, so a tree's nodes stay in the processor's cache while every block of the
 * page walks it.
 */
public final class TreeEnsemble implements ScoreLayer {

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
    }

    private final List<String> features;
    private final double base;
    private final List<Tree> trees;
    /**
     * Every tree laid out as a complete tree of {@link #depth} levels (node k's children are 2k+1 and 2k+2), so a
     * walk is {@code depth} steps of arithmetic with no branch to mispredict: a leaf above the last level becomes
     * a split that sends every row left (threshold +infinity) down to copies of its value.
     */
    private final int depth;
    private final int nodesPerTree;
    private final int[] feature;
    private final double[] threshold;
    private final double[] value;

    public TreeEnsemble(List<String> features, double base, List<Tree> trees) {
        this.features = List.copyOf(features);
        this.trees = List.copyOf(trees);
        this.base = base;
        if (!Double.isFinite(base)) {
            throw new InvalidModelException("tree ensemble base is not a finite number");
        }
        int deepest = 0;
        for (Tree tree : trees) {
            for (int f : tree.feature()) {
                if (f >= features.size()) {
                    throw new InvalidModelException("a tree splits on feature " + f + " of " + features.size());
                }
            }
            deepest = Math.max(deepest, depthOf(tree, 0));
        }
        if (deepest > 16) {
            throw new InvalidModelException("a tree is " + deepest + " levels deep; at most 16 are read");
        }
        depth = deepest;
        nodesPerTree = (1 << (depth + 1)) - 1;
        feature = new int[trees.size() * nodesPerTree];
        threshold = new double[feature.length];
        value = new double[feature.length];
        for (int t = 0; t < trees.size(); t++) {
            place(trees.get(t), 0, t * nodesPerTree, 0, 0);
        }
    }

    private static int depthOf(Tree tree, int k) {
        return tree.feature()[k] < 0 ? 0 : 1 + Math.max(depthOf(tree, tree.left()[k]), depthOf(tree, tree.right()[k]));
    }

    /** Puts node k of the tree at complete-layout position {@code at} (level {@code level}) of the tree starting at {@code offset}. */
    private void place(Tree tree, int k, int offset, int at, int level) {
        value[offset + at] = tree.value()[k];
        if (level == depth) {
            return;
        }
        if (tree.feature()[k] >= 0) {
            feature[offset + at] = tree.feature()[k];
            threshold[offset + at] = tree.threshold()[k];
            place(tree, tree.left()[k], offset, 2 * at + 1, level + 1);
            place(tree, tree.right()[k], offset, 2 * at + 2, level + 1);
        } else {
            feature[offset + at] = 0;
            threshold[offset + at] = Double.POSITIVE_INFINITY;
            place(tree, k, offset, 2 * at + 1, level + 1);
            place(tree, k, offset, 2 * at + 2, level + 1);
        }
    }

    @Override
    public List<String> features() {
        return features;
    }

    public double base() {
        return base;
    }

    public List<Tree> trees() {
        return trees;
    }

    /** How many nodes split on each feature: what the trees use, for a reader of the artifact. */
    public int[] splitCounts() {
        int[] counts = new int[features.size()];
        for (Tree tree : trees) {
            for (int f : tree.feature()) {
                if (f >= 0) {
                    counts[f]++;
                }
            }
        }
        return counts;
    }

    @Override
    public double logit(double[] row) {
        return logits(new double[][] {row})[0];
    }

    /**
     * The logit of every row, tree by tree; four rows walk a tree side by side, since each step of one walk waits on
     * its previous step and the processor can overlap four independent walks.
     */
    @Override
    public double[] logits(double[][] rows) {
        int n = rows.length;
        double[] z = new double[n];
        java.util.Arrays.fill(z, base);
        for (int offset = 0; offset < feature.length; offset += nodesPerTree) {
            int i = 0;
            for (; i + 4 <= n; i += 4) {
                double[] r0 = rows[i];
                double[] r1 = rows[i + 1];
                double[] r2 = rows[i + 2];
                double[] r3 = rows[i + 3];
                int k0 = 0;
                int k1 = 0;
                int k2 = 0;
                int k3 = 0;
                for (int level = 0; level < depth; level++) {
                    int n0 = offset + k0;
                    int n1 = offset + k1;
                    int n2 = offset + k2;
                    int n3 = offset + k3;
                    k0 = 2 * k0 + (r0[feature[n0]] > threshold[n0] ? 2 : 1);
                    k1 = 2 * k1 + (r1[feature[n1]] > threshold[n1] ? 2 : 1);
                    k2 = 2 * k2 + (r2[feature[n2]] > threshold[n2] ? 2 : 1);
                    k3 = 2 * k3 + (r3[feature[n3]] > threshold[n3] ? 2 : 1);
                }
                z[i] += value[offset + k0];
                z[i + 1] += value[offset + k1];
                z[i + 2] += value[offset + k2];
                z[i + 3] += value[offset + k3];
            }
            for (; i < n; i++) {
                double[] row = rows[i];
                int k = 0;
                for (int level = 0; level < depth; level++) {
                    int node = offset + k;
                    k = 2 * k + (row[feature[node]] > threshold[node] ? 2 : 1);
                }
                z[i] += value[offset + k];
            }
        }
        return z;
    }

    /**
     * The logit of every row, and per row what each feature's splits added to it ({@code pushes[i][f]}, which the
     * caller gives zeroed): the walk that scores a row also says why, at the cost of one addition a level.
     */
    public double[] logitsAndPushes(double[][] rows, double[][] pushes) {
        int n = rows.length;
        double[] z = new double[n];
        java.util.Arrays.fill(z, base);
        for (int offset = 0; offset < feature.length; offset += nodesPerTree) {
            int i = 0;
            for (; i + 2 <= n; i += 2) {
                double[] r0 = rows[i];
                double[] r1 = rows[i + 1];
                double[] p0 = pushes[i];
                double[] p1 = pushes[i + 1];
                int k0 = 0;
                int k1 = 0;
                for (int level = 0; level < depth; level++) {
                    int n0 = offset + k0;
                    int n1 = offset + k1;
                    int f0 = feature[n0];
                    int f1 = feature[n1];
                    k0 = 2 * k0 + (r0[f0] > threshold[n0] ? 2 : 1);
                    k1 = 2 * k1 + (r1[f1] > threshold[n1] ? 2 : 1);
                    p0[f0] += value[offset + k0] - value[n0];
                    p1[f1] += value[offset + k1] - value[n1];
                }
                z[i] += value[offset + k0];
                z[i + 1] += value[offset + k1];
            }
            for (; i < n; i++) {
                double[] row = rows[i];
                double[] push = pushes[i];
                int k = 0;
                for (int level = 0; level < depth; level++) {
                    int node = offset + k;
                    int f = feature[node];
                    k = 2 * k + (row[f] > threshold[node] ? 2 : 1);
                    push[f] += value[offset + k] - value[node];
                }
                z[i] += value[offset + k];
            }
        }
        return z;
    }

    @Override
    public String strongestFeature(double[] row, boolean towardsPositive) {
        double[][] push = new double[1][features.size()];
        logitsAndPushes(new double[][] {row}, push);
        return strongest(push[0], towardsPositive);
    }

    /** The feature that pushed hardest towards the label, given a row's pushes; "base" when none did. */
    public String strongest(double[] push, boolean towardsPositive) {
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
