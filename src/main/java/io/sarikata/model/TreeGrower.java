package io.sarikata.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Grows one regression tree on binned features, level by level: per node a histogram of gradient and hessian
 * sums per feature and bin, the best split by the second-order gain, and the larger child's histogram taken
 * as its parent's minus the smaller child's.
 */
final class TreeGrower {

    private final byte[][] bins;
    private final double[][] thresholds;
    private final double[] grad;
    private final double[] hess;
    private final GradientBoosting.Settings settings;

    TreeGrower(byte[][] bins, double[][] thresholds, double[] grad, double[] hess, GradientBoosting.Settings settings) {
        this.bins = bins;
        this.thresholds = thresholds;
        this.grad = grad;
        this.hess = hess;
        this.settings = settings;
    }

    /** A node being grown: its rows, their histogram and sums, and where it sits in the output arrays. */
    private record Node(int id, int[] rows, double[][] histogram, double g, double h, int depth) {
    }

    private final List<int[]> nodeInts = new ArrayList<>(); // feature, left, right
    private final List<double[]> nodeDoubles = new ArrayList<>(); // threshold, value

    TreeEnsemble.Tree grow(int[] rows) {
        double[][] rootHistogram = histogram(rows);
        double g = 0;
        double h = 0;
        for (int i : rows) {
            g += grad[i];
            h += hess[i];
        }
        Deque<Node> open = new ArrayDeque<>();
        open.add(new Node(newNode(g, h), rows, rootHistogram, g, h, 0));
        while (!open.isEmpty()) {
            Node node = open.poll();
            if (node.depth >= settings.maxDepth() || node.rows.length < 2) {
                continue;
            }
            Split split = bestSplit(node);
            if (split == null) {
                continue;
            }
            int[] left = new int[split.leftCount];
            int[] right = new int[node.rows.length - split.leftCount];
            int l = 0;
            int r = 0;
            byte[] column = bins[split.feature];
            for (int i : node.rows) {
                if ((column[i] & 0xFF) <= split.bin) {
                    left[l++] = i;
                } else {
                    right[r++] = i;
                }
            }
            boolean leftSmaller = left.length <= right.length;
            double[][] small = histogram(leftSmaller ? left : right);
            double[][] large = subtract(node.histogram, small);
            int leftId = newNode(split.gLeft, split.hLeft);
            int rightId = newNode(node.g - split.gLeft, node.h - split.hLeft);
            int[] ints = nodeInts.get(node.id);
            ints[0] = split.feature;
            ints[1] = leftId;
            ints[2] = rightId;
            nodeDoubles.get(node.id)[0] = thresholds[split.feature][split.bin];
            open.add(new Node(leftId, left, leftSmaller ? small : large, split.gLeft, split.hLeft, node.depth + 1));
            open.add(new Node(rightId, right, leftSmaller ? large : small, node.g - split.gLeft, node.h - split.hLeft,
                    node.depth + 1));
        }
        int n = nodeInts.size();
        int[] feature = new int[n];
        double[] threshold = new double[n];
        int[] leftChild = new int[n];
        int[] rightChild = new int[n];
        double[] value = new double[n];
        for (int k = 0; k < n; k++) {
            feature[k] = nodeInts.get(k)[0];
            leftChild[k] = nodeInts.get(k)[1];
            rightChild[k] = nodeInts.get(k)[2];
            threshold[k] = nodeDoubles.get(k)[0];
            value[k] = nodeDoubles.get(k)[1];
        }
        return new TreeEnsemble.Tree(feature, threshold, leftChild, rightChild, value);
    }

    private int newNode(double g, double h) {
        nodeInts.add(new int[]{-1, -1, -1});
        nodeDoubles.add(new double[]{0, -g / (h + settings.l2()) * settings.learningRate()});
        return nodeInts.size() - 1;
    }

    private record Split(int feature, int bin, double gLeft, double hLeft, int leftCount) {
    }

    private Split bestSplit(Node node) {
        double l2 = settings.l2();
        double parentScore = node.g * node.g / (node.h + l2);
        double bestGain = 1e-9;
        Split best = null;
        for (int f = 0; f < bins.length; f++) {
            double[] hist = node.histogram[f];
            int cuts = thresholds[f].length;
            double gl = 0;
            double hl = 0;
            int countLeft = 0;
            for (int b = 0; b < cuts; b++) {
                gl += hist[3 * b];
                hl += hist[3 * b + 1];
                countLeft += (int) hist[3 * b + 2];
                double hr = node.h - hl;
                if (hl < settings.minChildWeight() || hr < settings.minChildWeight()
                        || countLeft == 0 || countLeft == node.rows.length) {
                    continue;
                }
                double gr = node.g - gl;
                double gain = gl * gl / (hl + l2) + gr * gr / (hr + l2) - parentScore;
                if (gain > bestGain) {
                    bestGain = gain;
                    best = new Split(f, b, gl, hl, countLeft);
                }
            }
        }
        return best;
    }

    /** Per feature, per bin: gradient sum, hessian sum, row count. */
    private double[][] histogram(int[] rows) {
        double[][] out = new double[bins.length][];
        for (int f = 0; f < bins.length; f++) {
            double[] hist = new double[3 * (thresholds[f].length + 1)];
            byte[] column = bins[f];
            for (int i : rows) {
                int b = 3 * (column[i] & 0xFF);
                hist[b] += grad[i];
                hist[b + 1] += hess[i];
                hist[b + 2] += 1;
            }
            out[f] = hist;
        }
        return out;
    }

    private static double[][] subtract(double[][] parent, double[][] child) {
        double[][] out = new double[parent.length][];
        for (int f = 0; f < parent.length; f++) {
            double[] p = parent[f];
            double[] c = child[f];
            double[] d = new double[p.length];
            for (int k = 0; k < p.length; k++) {
                d[k] = p[k] - c[k];
            }
            out[f] = d;
        }
        return out;
    }
}
