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
     * Every tree laid out as a complete tree of {@link #depth} levels (internal node k's children are 2k+1 and 2k+2,
     * and a tree's leaves follow its {@link #inner} internal nodes), so a walk is {@code depth} steps of arithmetic
     * with no branch to mispredict: a leaf above the last level becomes a split that sends every row left
     * (threshold +infinity) down to copies of its value.
     */
    private final int depth;
    private final int inner;
    private final int leaves;
    private final int[] feature;
    private final double[] threshold;
    private final double[] leafValue;
    /**
     * The reasons' replay: for leaf g (tree t's leaf j is g = t * leaves + j), the splits on its path, root first, at
     * {@code [g * depth, (g + 1) * depth)}: the feature and what the split added to the node's value ({@code child
     * value - node value}). A row's pushes are these added up in the walk's order (tree after tree, root to leaf), so
     * they come out as the walk would have summed them, to the bit. A copied leaf's steps, which add zero, are filled
     * up with zeros for an extra feature past the last ({@link #features()}'s size), so every path has {@code depth}
     * steps and the replay's loop never mispredicts its end. They take depth times 12 bytes a leaf: 4.6 KB a tree of
     * depth 6, 0.3 times depth as much as the walk's own arrays.
     */
    private final int[] pathFeature;
    private final double[] pathPush;
    /** The features some tree splits on, in ascending order: the only ones a push can come from. */
    private final int[] usedFeatures;

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
        inner = (1 << depth) - 1;
        leaves = 1 << depth;
        feature = new int[trees.size() * inner];
        threshold = new double[feature.length];
        leafValue = new double[trees.size() * leaves];
        pathFeature = new int[leafValue.length * depth];
        pathPush = new double[pathFeature.length];
        for (int t = 0; t < trees.size(); t++) {
            place(trees.get(t), 0, t, 0, 0, new int[depth], new double[depth], 0);
        }
        int[] splits = splitCounts();
        usedFeatures = java.util.stream.IntStream.range(0, features.size()).filter(f -> splits[f] > 0).toArray();
    }

    private static int depthOf(Tree tree, int k) {
        return tree.feature()[k] < 0 ? 0 : 1 + Math.max(depthOf(tree, tree.left()[k]), depthOf(tree, tree.right()[k]));
    }

    /**
     * Puts node k of tree t at complete-layout position {@code at} (level {@code level}); {@code splits} real splits
     * lead there, their features and pushes in {@code features} and {@code pushes}.
     */
    private void place(Tree tree, int k, int t, int at, int level, int[] features, double[] pushes, int splits) {
        if (level == depth) {
            int g = t * leaves + at - inner;
            leafValue[g] = tree.value()[k];
            for (int s = 0; s < depth; s++) {
                pathFeature[g * depth + s] = s < splits ? features[s] : this.features.size();
                pathPush[g * depth + s] = s < splits ? pushes[s] : 0;
            }
            return;
        }
        int node = t * inner + at;
        int f = tree.feature()[k];
        if (f >= 0) {
            feature[node] = f;
            threshold[node] = tree.threshold()[k];
            features[splits] = f;
            pushes[splits] = tree.value()[tree.left()[k]] - tree.value()[k];
            place(tree, tree.left()[k], t, 2 * at + 1, level + 1, features, pushes, splits + 1);
            pushes[splits] = tree.value()[tree.right()[k]] - tree.value()[k];
            place(tree, tree.right()[k], t, 2 * at + 2, level + 1, features, pushes, splits + 1);
        } else {
            feature[node] = 0;
            threshold[node] = Double.POSITIVE_INFINITY;
            place(tree, k, t, 2 * at + 1, level + 1, features, pushes, splits);
            place(tree, k, t, 2 * at + 2, level + 1, features, pushes, splits);
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

    @Override
    public double[] logits(double[][] rows) {
        int width = features.size();
        double[] flat = flat(rows, width);
        double[] z = new double[rows.length];
        logits(flat, rows.length, width, 0, z);
        return z;
    }

    private static double[] flat(double[][] rows, int width) {
        double[] flat = new double[rows.length * width];
        for (int i = 0; i < rows.length; i++) {
            System.arraycopy(rows[i], 0, flat, i * width, width);
        }
        return flat;
    }

    /**
     * The logit of every row, tree by tree, a tree's nodes staying in the processor's cache while the page's rows walk
     * it; four rows walk a tree side by side, since each step of one walk waits on its previous step and the
     * processor can overlap four independent walks. The sums are the base and then each tree's leaf in tree order.
     */
    @Override
    public void logits(double[] rows, int n, int stride, int offset, double[] z) {
        walk(rows, n, stride, offset, z, null);
    }

    /**
     * {@link #logits(double[], int, int, int, double[])}, and the leaf each row reached in each tree, at
     * {@code leavesReached[i * trees + t]}: what {@link #strongest(int[], int, boolean[], double[], int[])} replays for
     * a reason.
     */
    public void logitsAndLeaves(double[] rows, int n, int stride, int offset, double[] z, int[] leavesReached) {
        walk(rows, n, stride, offset, z, leavesReached);
    }

    private void walk(double[] x, int n, int stride, int offset, double[] z, int[] reached) {
        int[] feature = this.feature;
        double[] threshold = this.threshold;
        double[] leafValue = this.leafValue;
        int depth = this.depth;
        int treeCount = trees.size();
        java.util.Arrays.fill(z, 0, n, base);
        for (int t = 0; t < treeCount; t++) {
            int o = t * inner;
            int lo = t * leaves - inner; // leafValue index of complete-layout position k is lo + k
            int i = 0;
            if (depth >= 2) {
                // The first two levels' three nodes are the same for every row: held in registers, not loaded.
                int f0 = feature[o];
                double t0 = threshold[o];
                int fl = feature[o + 1];
                double tl = threshold[o + 1];
                int fr = feature[o + 2];
                double tr = threshold[o + 2];
                for (; i + 4 <= n; i += 4) {
                    int b0 = i * stride + offset;
                    int b1 = b0 + stride;
                    int b2 = b1 + stride;
                    int b3 = b2 + stride;
                    int k0 = x[b0 + f0] > t0 ? 2 : 1;
                    int k1 = x[b1 + f0] > t0 ? 2 : 1;
                    int k2 = x[b2 + f0] > t0 ? 2 : 1;
                    int k3 = x[b3 + f0] > t0 ? 2 : 1;
                    k0 = 2 * k0 + (x[b0 + (k0 == 1 ? fl : fr)] > (k0 == 1 ? tl : tr) ? 2 : 1);
                    k1 = 2 * k1 + (x[b1 + (k1 == 1 ? fl : fr)] > (k1 == 1 ? tl : tr) ? 2 : 1);
                    k2 = 2 * k2 + (x[b2 + (k2 == 1 ? fl : fr)] > (k2 == 1 ? tl : tr) ? 2 : 1);
                    k3 = 2 * k3 + (x[b3 + (k3 == 1 ? fl : fr)] > (k3 == 1 ? tl : tr) ? 2 : 1);
                    for (int level = 2; level < depth; level++) {
                        int n0 = o + k0;
                        int n1 = o + k1;
                        int n2 = o + k2;
                        int n3 = o + k3;
                        k0 = 2 * k0 + (x[b0 + feature[n0]] > threshold[n0] ? 2 : 1);
                        k1 = 2 * k1 + (x[b1 + feature[n1]] > threshold[n1] ? 2 : 1);
                        k2 = 2 * k2 + (x[b2 + feature[n2]] > threshold[n2] ? 2 : 1);
                        k3 = 2 * k3 + (x[b3 + feature[n3]] > threshold[n3] ? 2 : 1);
                    }
                    z[i] += leafValue[lo + k0];
                    z[i + 1] += leafValue[lo + k1];
                    z[i + 2] += leafValue[lo + k2];
                    z[i + 3] += leafValue[lo + k3];
                    if (reached != null) {
                        reached[i * treeCount + t] = lo + k0;
                        reached[(i + 1) * treeCount + t] = lo + k1;
                        reached[(i + 2) * treeCount + t] = lo + k2;
                        reached[(i + 3) * treeCount + t] = lo + k3;
                    }
                }
            }
            for (; i < n; i++) {
                int b = i * stride + offset;
                int k = 0;
                for (int level = 0; level < depth; level++) {
                    int node = o + k;
                    k = 2 * k + (x[b + feature[node]] > threshold[node] ? 2 : 1);
                }
                z[i] += leafValue[lo + k];
                if (reached != null) {
                    reached[i * treeCount + t] = lo + k;
                }
            }
        }
    }

    /**
     * The logit of every row, and per row what each feature's splits added to it ({@code pushes[i][f]}, which the
     * caller gives zeroed): the splits on the row's path, each the child's value less the node's.
     */
    public double[] logitsAndPushes(double[][] rows, double[][] pushes) {
        int n = rows.length;
        int width = features.size();
        int[] reached = new int[n * trees.size()];
        double[] z = new double[n];
        logitsAndLeaves(flat(rows, width), n, width, 0, z, reached);
        double[] push = new double[width + 1];
        for (int i = 0; i < n; i++) {
            System.arraycopy(pushes[i], 0, push, 0, width);
            addPushes(reached, i, push, 0);
            System.arraycopy(push, 0, pushes[i], 0, width);
        }
        return z;
    }

    /** Adds row i's pushes to {@code push[at, at + features + 1)}, tree after tree and root to leaf, as the walk went. */
    private void addPushes(int[] reached, int i, double[] push, int at) {
        int treeCount = trees.size();
        for (int t = 0, r = i * treeCount; t < treeCount; t++, r++) {
            for (int s = reached[r] * depth, end = s + depth; s < end; s++) {
                push[at + pathFeature[s]] += pathPush[s];
            }
        }
    }

    /**
     * For each of n rows, the feature that pushed its logit hardest towards its label ({@code towardsPositive[i]}),
     * from the leaves {@link #logitsAndLeaves} recorded, into {@code strongest[i]}; -1 for none
     * ({@link #strongest(double[], boolean)}'s "base"). Four rows add up their pushes side by side: a feature that
     * many trees split on makes a long chain of additions in each row, and four chains overlap.
     *
     * @param push a scratch of {@link #pushScratchSize()}, all zero, left all zero
     */
    public void strongest(int[] leavesReached, int n, boolean[] towardsPositive, double[] push, int[] strongest) {
        int treeCount = trees.size();
        int width = features.size() + 1;
        int[] pathFeature = this.pathFeature;
        double[] pathPush = this.pathPush;
        int depth = this.depth;
        int i = 0;
        for (; i + 4 <= n; i += 4) {
            for (int t = 0, r = i * treeCount; t < treeCount; t++, r++) {
                int s0 = leavesReached[r] * depth;
                int s1 = leavesReached[r + treeCount] * depth;
                int s2 = leavesReached[r + 2 * treeCount] * depth;
                int s3 = leavesReached[r + 3 * treeCount] * depth;
                for (int level = 0; level < depth; level++) {
                    push[pathFeature[s0 + level]] += pathPush[s0 + level];
                    push[width + pathFeature[s1 + level]] += pathPush[s1 + level];
                    push[2 * width + pathFeature[s2 + level]] += pathPush[s2 + level];
                    push[3 * width + pathFeature[s3 + level]] += pathPush[s3 + level];
                }
            }
            for (int k = 0; k < 4; k++) {
                strongest[i + k] = strongestAndClear(push, k * width, towardsPositive[i + k]);
            }
        }
        for (; i < n; i++) {
            addPushes(leavesReached, i, push, 0);
            strongest[i] = strongestAndClear(push, 0, towardsPositive[i]);
        }
    }

    /** The size of {@link #strongest(int[], int, boolean[], double[], int[])}'s scratch. */
    public int pushScratchSize() {
        return 4 * (features.size() + 1);
    }

    private int strongestAndClear(double[] push, int at, boolean towardsPositive) {
        int best = -1;
        double bestPush = 0;
        for (int f : usedFeatures) {
            double p = towardsPositive ? push[at + f] : -push[at + f];
            push[at + f] = 0;
            if (p > bestPush) {
                bestPush = p;
                best = f;
            }
        }
        push[at + features.size()] = 0;
        return best;
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
