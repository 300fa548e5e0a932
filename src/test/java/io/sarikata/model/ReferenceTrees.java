package io.sarikata.model;

import java.util.Arrays;
import java.util.List;

/**
 * The trees' walk as TreeEnsemble did it before its walk was compiled for speed: every tree as a complete tree of
 * node arrays, a row's logit the base plus each tree's leaf in tree order, and its pushes added level by level
 * during the walk. Tests hold the fast walk to this, bit for bit: the labels, scores and reasons a build writes
 * must not change with the code that computes them.
 */
final class ReferenceTrees {

    private final TreeEnsemble ensemble;
    private final double base;
    private final int features;
    private final int depth;
    private final int nodesPerTree;
    private final int[] feature;
    private final double[] threshold;
    private final double[] value;

    ReferenceTrees(TreeEnsemble ensemble) {
        this.ensemble = ensemble;
        base = ensemble.base();
        features = ensemble.features().size();
        int deepest = 0;
        for (TreeEnsemble.Tree tree : ensemble.trees()) {
            deepest = Math.max(deepest, depthOf(tree, 0));
        }
        depth = deepest;
        nodesPerTree = (1 << (depth + 1)) - 1;
        List<TreeEnsemble.Tree> trees = ensemble.trees();
        feature = new int[trees.size() * nodesPerTree];
        threshold = new double[feature.length];
        value = new double[feature.length];
        for (int t = 0; t < trees.size(); t++) {
            place(trees.get(t), 0, t * nodesPerTree, 0, 0);
        }
    }

    private static int depthOf(TreeEnsemble.Tree tree, int k) {
        return tree.feature()[k] < 0 ? 0 : 1 + Math.max(depthOf(tree, tree.left()[k]), depthOf(tree, tree.right()[k]));
    }

    private void place(TreeEnsemble.Tree tree, int k, int offset, int at, int level) {
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

    /** The row's logit; its pushes added into {@code push}. */
    double logitAndPushes(double[] row, double[] push) {
        double z = base;
        for (int offset = 0; offset < feature.length; offset += nodesPerTree) {
            int k = 0;
            for (int level = 0; level < depth; level++) {
                int node = offset + k;
                int f = feature[node];
                k = 2 * k + (row[f] > threshold[node] ? 2 : 1);
                push[f] += value[offset + k] - value[node];
            }
            z += value[offset + k];
        }
        return z;
    }

    /** The feature that pushed hardest towards the label; -1 for none. */
    int strongest(double[] row, boolean towardsPositive) {
        double[] push = new double[features];
        logitAndPushes(row, push);
        return ensemble.features().indexOf(ensemble.strongest(push, towardsPositive)); // "base" is no feature: -1
    }

    double logit(double[] row) {
        return logitAndPushes(row, new double[features]);
    }

    static double[] pushes(ReferenceTrees trees, double[] row) {
        double[] push = new double[trees.features];
        trees.logitAndPushes(row, push);
        return Arrays.copyOf(push, push.length);
    }
}
