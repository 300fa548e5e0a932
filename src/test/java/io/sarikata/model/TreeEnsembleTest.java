package io.sarikata.model;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TreeEnsembleTest {

    /** Splits on a at 0.5; its right child splits on b at 2. */
    static TreeEnsemble.Tree twoLevels() {
        return new TreeEnsemble.Tree(
                new int[] {0, -1, 1, -1, -1},
                new double[] {0.5, 0, 2, 0, 0},
                new int[] {1, -1, 3, -1, -1},
                new int[] {2, -1, 4, -1, -1},
                new double[] {0.1, -1.0, 0.5, 0.2, 2.0});
    }

    static final TreeEnsemble ENSEMBLE = new TreeEnsemble(List.of("a", "b"), -0.25, List.of(twoLevels(), twoLevels()));

    @Test
    void aRowGoesLeftAtOrBelowTheThresholdAndLeavesAdd() {
        assertEquals(-0.25 - 2.0, ENSEMBLE.logit(new double[] {0.5, 9}), 1e-12);
        assertEquals(-0.25 + 0.4, ENSEMBLE.logit(new double[] {0.6, 2}), 1e-12);
        assertEquals(-0.25 + 4.0, ENSEMBLE.logit(new double[] {0.6, 2.1}), 1e-12);
    }

    @Test
    void theReasonIsTheFeatureWhoseSplitsMovedTheLogitMost() {
        // a: 0.1 -> 0.5 (+0.4), b: 0.5 -> 2.0 (+1.5) per tree: b pushed hardest towards body.
        assertEquals("b", ENSEMBLE.strongestFeature(new double[] {0.6, 3}, true));
        // a: 0.1 -> -1.0 pushed towards nav; nothing pushed towards body.
        assertEquals("a", ENSEMBLE.strongestFeature(new double[] {0.2, 3}, false));
        assertEquals("base", ENSEMBLE.strongestFeature(new double[] {0.2, 3}, true));
    }

    /** A random tree of at most {@code depth} levels, some leaves early, in the artifact's layout. */
    private static TreeEnsemble.Tree randomTree(java.util.SplittableRandom random, int depth, int features) {
        java.util.List<int[]> links = new java.util.ArrayList<>();
        java.util.List<double[]> numbers = new java.util.ArrayList<>();
        grow(random, depth, features, links, numbers);
        int n = links.size();
        int[] feature = new int[n];
        int[] left = new int[n];
        int[] right = new int[n];
        double[] threshold = new double[n];
        double[] value = new double[n];
        for (int k = 0; k < n; k++) {
            feature[k] = links.get(k)[0];
            left[k] = links.get(k)[1];
            right[k] = links.get(k)[2];
            threshold[k] = numbers.get(k)[0];
            value[k] = numbers.get(k)[1];
        }
        return new TreeEnsemble.Tree(feature, threshold, left, right, value);
    }

    private static int grow(java.util.SplittableRandom random, int depth, int features, java.util.List<int[]> links,
                            java.util.List<double[]> numbers) {
        int k = links.size();
        boolean leaf = depth == 0 || random.nextInt(4) == 0;
        links.add(new int[] {leaf ? -1 : random.nextInt(features), -1, -1});
        numbers.add(new double[] {random.nextDouble(), random.nextDouble() - 0.5});
        if (!leaf) {
            links.get(k)[1] = grow(random, depth - 1, features, links, numbers);
            links.get(k)[2] = grow(random, depth - 1, features, links, numbers);
        }
        return k;
    }

    /** The plain walk of one tree as the artifact describes it: what the packed, batched walk must agree with. */
    private static double walk(TreeEnsemble.Tree tree, double[] row) {
        int k = 0;
        while (tree.feature()[k] >= 0) {
            k = row[tree.feature()[k]] <= tree.threshold()[k] ? tree.left()[k] : tree.right()[k];
        }
        return tree.value()[k];
    }

    @Test
    void pagesOfAnySizeScoreAsTheTreesSayRowByRow() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(11);
        List<TreeEnsemble.Tree> trees = new java.util.ArrayList<>();
        for (int t = 0; t < 25; t++) {
            trees.add(randomTree(random, 1 + random.nextInt(6), 4));
        }
        TreeEnsemble ensemble = new TreeEnsemble(List.of("a", "b", "c", "d"), 0.3, trees);
        for (int n : new int[] {0, 1, 2, 3, 4, 5, 7, 8, 13}) {
            double[][] rows = new double[n][4];
            for (double[] row : rows) {
                for (int f = 0; f < 4; f++) {
                    row[f] = random.nextInt(3) == 0 ? trees.get(0).threshold()[0] : random.nextDouble();
                }
            }
            double[][] pushes = new double[n][4];
            double[] batch = ensemble.logits(rows);
            double[] withPushes = ensemble.logitsAndPushes(rows, pushes);
            for (int i = 0; i < n; i++) {
                double expected = 0.3;
                for (TreeEnsemble.Tree tree : trees) {
                    expected += walk(tree, rows[i]);
                }
                assertEquals(expected, batch[i], 1e-9, n + " rows, row " + i);
                assertEquals(expected, withPushes[i], 1e-9);
                assertEquals(expected, ensemble.logit(rows[i]), 1e-9);
                double rootValues = 0;
                for (TreeEnsemble.Tree tree : trees) {
                    rootValues += tree.value()[0];
                }
                assertEquals(expected - 0.3 - rootValues, java.util.Arrays.stream(pushes[i]).sum(), 1e-9,
                        "pushes add up to what the trees added beyond their roots");
            }
        }
    }

    /** Values a row may hold: thresholds themselves, their neighbours, zeros of both signs, infinities and NaN. */
    private static double edgyValue(java.util.SplittableRandom random, List<TreeEnsemble.Tree> trees) {
        TreeEnsemble.Tree tree = trees.get(random.nextInt(trees.size()));
        double threshold = tree.threshold()[random.nextInt(tree.threshold().length)];
        return switch (random.nextInt(9)) {
            case 0 -> threshold;
            case 1 -> Math.nextUp(threshold);
            case 2 -> Math.nextDown(threshold);
            case 3 -> 0.0;
            case 4 -> -0.0;
            case 5 -> Double.POSITIVE_INFINITY;
            case 6 -> Double.NEGATIVE_INFINITY;
            case 7 -> Double.NaN;
            default -> random.nextDouble() * 1.2 - 0.1;
        };
    }

    @Test
    void theFastWalkGivesTheFormerWalksLogitsPushesAndReasonsToTheBit() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(20261203);
        for (int round = 0; round < 40; round++) {
            int width = 1 + random.nextInt(9);
            List<TreeEnsemble.Tree> trees = new java.util.ArrayList<>();
            int count = 1 + random.nextInt(30);
            for (int t = 0; t < count; t++) {
                trees.add(randomTree(random, random.nextInt(8), width));
            }
            List<String> names = java.util.stream.IntStream.range(0, width).mapToObj(f -> "f" + f).toList();
            TreeEnsemble ensemble = new TreeEnsemble(names, random.nextDouble() - 0.5, trees);
            ReferenceTrees reference = new ReferenceTrees(ensemble);
            int n = random.nextInt(23);
            int offset = random.nextInt(3);
            int stride = width + offset + random.nextInt(3);
            double[] flat = new double[n * stride + random.nextInt(5)];
            java.util.Arrays.setAll(flat, k -> edgyValue(random, trees)); // columns outside the rows hold noise too
            double[][] rows = new double[n][];
            boolean[] towards = new boolean[n];
            for (int i = 0; i < n; i++) {
                rows[i] = java.util.Arrays.copyOfRange(flat, i * stride + offset, i * stride + offset + width);
                towards[i] = random.nextBoolean();
            }
            double[] z = new double[n + 2];
            int[] leaves = new int[n * trees.size()];
            ensemble.logitsAndLeaves(flat, n, stride, offset, z, leaves);
            double[] plain = new double[n];
            ensemble.logits(flat, n, stride, offset, plain);
            int[] strongest = new int[n];
            double[] scratch = new double[ensemble.pushScratchSize()];
            ensemble.strongest(leaves, n, towards, scratch, strongest);
            assertTrue(java.util.Arrays.stream(scratch).allMatch(v -> v == 0), "the scratch is left zero");
            double[][] pushes = new double[n][width];
            double[] batch = ensemble.logitsAndPushes(rows, pushes);
            double[] byRows = ensemble.logits(rows);
            for (int i = 0; i < n; i++) {
                String where = "round " + round + ", row " + i;
                long expected = Double.doubleToRawLongBits(reference.logit(rows[i]));
                assertEquals(expected, Double.doubleToRawLongBits(z[i]), where);
                assertEquals(expected, Double.doubleToRawLongBits(plain[i]), where);
                assertEquals(expected, Double.doubleToRawLongBits(batch[i]), where);
                assertEquals(expected, Double.doubleToRawLongBits(byRows[i]), where);
                double[] expectedPushes = ReferenceTrees.pushes(reference, rows[i]);
                for (int f = 0; f < width; f++) {
                    assertEquals(Double.doubleToRawLongBits(expectedPushes[f]), Double.doubleToRawLongBits(pushes[i][f]), where);
                }
                assertEquals(reference.strongest(rows[i], towards[i]), strongest[i], where);
                int best = reference.strongest(rows[i], towards[i]);
                assertEquals(best < 0 ? "base" : names.get(best), ensemble.strongestFeature(rows[i], towards[i]), where);
            }
        }
    }

    @Test
    void theShippedModelWalksAsBefore() {
        BlockModel shipped = DefaultModel.load();
        java.util.SplittableRandom random = new java.util.SplittableRandom(5);
        for (ScoreLayer layer : List.of(shipped.blockLayer(), shipped.sequenceLayer())) {
            TreeEnsemble ensemble = (TreeEnsemble) layer;
            ReferenceTrees reference = new ReferenceTrees(ensemble);
            int width = ensemble.features().size();
            int n = 37;
            double[] flat = new double[n * width];
            java.util.Arrays.setAll(flat, k -> edgyValue(random, ensemble.trees()));
            double[] z = new double[n];
            int[] leaves = new int[n * ensemble.trees().size()];
            ensemble.logitsAndLeaves(flat, n, width, 0, z, leaves);
            boolean[] towards = new boolean[n];
            for (int i = 0; i < n; i++) {
                towards[i] = z[i] >= 0;
            }
            int[] strongest = new int[n];
            ensemble.strongest(leaves, n, towards, new double[ensemble.pushScratchSize()], strongest);
            for (int i = 0; i < n; i++) {
                double[] row = java.util.Arrays.copyOfRange(flat, i * width, (i + 1) * width);
                assertEquals(Double.doubleToRawLongBits(reference.logit(row)), Double.doubleToRawLongBits(z[i]));
                assertEquals(reference.strongest(row, towards[i]), strongest[i]);
            }
        }
    }

    @Test
    void splitCountsSayWhatTheTreesUse() {
        assertArrayEquals(new int[] {2, 2}, ENSEMBLE.splitCounts());
    }

    @Test
    void malformedTreesAreRefused() {
        assertThrows(InvalidModelException.class, () -> new TreeEnsemble.Tree(new int[] {0}, new double[] {1},
                new int[] {0}, new int[] {0}, new double[] {0}));
        assertThrows(InvalidModelException.class, () -> new TreeEnsemble.Tree(new int[] {-1}, new double[] {0},
                new int[] {-1}, new int[] {-1}, new double[] {Double.NaN}));
        assertThrows(InvalidModelException.class, () -> new TreeEnsemble.Tree(new int[0], new double[0],
                new int[0], new int[0], new double[0]));
        InvalidModelException e = assertThrows(InvalidModelException.class,
                () -> new TreeEnsemble(List.of("a"), 0, List.of(twoLevels())));
        assertTrue(e.getMessage().contains("feature 1 of 1"), e.getMessage());
    }
}
