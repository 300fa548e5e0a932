package io.sarikata.model;

import io.sarikata.features.CorpusStats;
import io.sarikata.features.FeatureExtractor;
import io.sarikata.segment.Block;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies a model to one page: block features, block layer, sequence layer, labels with reasons. A labeller keeps
 * its arrays from page to page (a task labels hundreds of thousands of blocks), so one labeller serves one thread.
 */
public final class PageLabeler {

    /** Reason of a block kept as body because it is the best of a page that has none. */
    public static final String BEST_OF_PAGE = "page:best_block_of_page_without_body";
    static final double BEST_OF_PAGE_MIN_SCORE = 0.05;
    /** A block's row: the second stage's context columns, then the block's own features ({@link SequenceFeatures#NAMES}). */
    private static final int STRIDE = SequenceFeatures.NAMES.size();
    private static final int OWN = SequenceFeatures.CONTEXT.size();
    /** Pages of more blocks get arrays of their own, so that no labeller keeps a huge page's arrays. */
    static final int LARGEST_KEPT = 4096;

    private final BlockModel model;
    private final FeatureExtractor extractor;

    /** "block:" or "sequence:" and a feature name, made once: every block gets one of these reasons. */
    private final Map<String, String> blockReasons = new HashMap<>();
    private final Map<String, String> sequenceReasons = new HashMap<>();
    /** The reason for each of a tree sequence layer's features, by index; null for other layers. */
    private final String[] treeReasons;

    private Workspace kept = new Workspace(0, 0, 0);

    /** What one page needs: its rows (context and own features), both stages' logits, scores, leaves reached. */
    private record Workspace(double[] rows, double[] blockLogits, double[] logits, double[] scores, int[] leaves,
                             boolean[] body, int[] strongest, double[] push, int blocks) {
        Workspace(int blocks, int trees, int pushes) {
            this(new double[blocks * STRIDE], new double[blocks], new double[blocks], new double[blocks],
                    new int[blocks * trees], new boolean[blocks], new int[blocks], new double[pushes], blocks);
        }
    }

    public PageLabeler(BlockModel model) {
        this.model = model;
        this.extractor = new FeatureExtractor(model.stoplist());
        if (model.sequenceLayer() instanceof TreeEnsemble trees) {
            treeReasons = new String[trees.features().size()];
            for (int f = 0; f < treeReasons.length; f++) {
                String name = trees.features().get(f);
                treeReasons[f] = SequenceFeatures.CONTEXT.contains(name) ? "sequence:" + name : "block:" + name;
            }
        } else {
            treeReasons = null;
        }
    }

    private static String reason(Map<String, String> reasons, String prefix, String feature) {
        return reasons.computeIfAbsent(feature, f -> prefix + f);
    }

    public List<LabelledBlock> label(List<Block> blocks, String portal, CorpusStats stats) {
        int n = blocks.size();
        Workspace a = workspaceFor(n);
        extractor.extract(blocks, portal, stats, a.rows(), STRIDE, OWN);
        model.blockLayer().logits(a.rows(), n, STRIDE, OWN, a.blockLogits());
        SequenceFeatures.context(a.blockLogits(), n, a.rows(), STRIDE);
        List<LabelledBlock> labelled = model.sequenceLayer() instanceof TreeEnsemble trees
                ? labelByTrees(blocks, trees, a)
                : labelByLayers(blocks, a);
        return DatelineLines.joinToNextParagraph(labelled);
    }

    private Workspace workspaceFor(int blocks) {
        TreeEnsemble walked = model.sequenceLayer() instanceof TreeEnsemble t ? t : null;
        int trees = walked == null ? 0 : walked.trees().size();
        int pushes = walked == null ? 0 : walked.pushScratchSize();
        if (blocks > LARGEST_KEPT) {
            return new Workspace(blocks, trees, pushes);
        }
        if (kept.blocks() < blocks) {
            kept = new Workspace(Math.max(blocks, Math.min(LARGEST_KEPT, 2 * kept.blocks())), trees, pushes);
        }
        return kept;
    }

    /** Linear layers give the reason from the layer that decided: the block layer, or the sequence layer over it. */
    private List<LabelledBlock> labelByLayers(List<Block> blocks, Workspace a) {
        List<LabelledBlock> labelled = new ArrayList<>(blocks.size());
        double[] rows = a.rows();
        for (int i = 0; i < blocks.size(); i++) {
            double[] features = Arrays.copyOfRange(rows, i * STRIDE + OWN, (i + 1) * STRIDE);
            double[] sequence = Arrays.copyOfRange(rows, i * STRIDE, (i + 1) * STRIDE);
            double score = LinearLayer.sigmoid(model.sequenceLayer().logit(sequence));
            boolean body = score >= model.threshold();
            boolean blockSaysBody = LinearLayer.sigmoid(a.blockLogits()[i]) >= model.threshold();
            String reason = body == blockSaysBody
                    ? reason(blockReasons, "block:", model.blockLayer().strongestFeature(features, body))
                    : reason(sequenceReasons, "sequence:", model.sequenceLayer().strongestFeature(sequence, body));
            labelled.add(new LabelledBlock(blocks.get(i), body ? Label.BODY : Label.NAV, score, reason));
        }
        return labelled;
    }

    /**
     * Trees give the reason from the walk that scores: the second stage's input that pushed hardest towards the
     * label, "block:" for one of the block's own features, "sequence:" for its place among the page's scores. The
     * walk records each row's leaves, and the reason adds up the splits on their paths.
     */
    private List<LabelledBlock> labelByTrees(List<Block> blocks, TreeEnsemble trees, Workspace a) {
        int n = blocks.size();
        double[] logits = a.logits();
        double[] scores = a.scores();
        trees.logitsAndLeaves(a.rows(), n, STRIDE, 0, logits, a.leaves());
        for (int i = 0; i < n; i++) {
            scores[i] = LinearLayer.sigmoid(logits[i]);
        }
        double threshold = model.threshold();
        int keptBest = bestBlockOfPageWithoutBody(logits, scores, n, threshold);
        boolean[] body = a.body();
        for (int i = 0; i < n; i++) {
            body[i] = scores[i] >= threshold || i == keptBest;
        }
        int[] strongest = a.strongest();
        trees.strongest(a.leaves(), n, body, a.push(), strongest);
        List<LabelledBlock> labelled = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String reason = i == keptBest ? BEST_OF_PAGE
                    : strongest[i] < 0 ? reason(blockReasons, "block:", "base") : treeReasons[strongest[i]];
            labelled.add(new LabelledBlock(blocks.get(i), body[i] ? Label.BODY : Label.NAV, scores[i], reason));
        }
        return labelled;
    }

    /**
     * The block a page with no body keeps as its body: its best-scoring one, when that one is at least
     * {@link #BEST_OF_PAGE_MIN_SCORE} likely; -1 when the page has body or nothing that likely. A page whose
     * article is one short paragraph among much navigation otherwise comes out empty.
     */
    static int bestBlockOfPageWithoutBody(double[] logits, double threshold) {
        double[] scores = new double[logits.length];
        for (int i = 0; i < logits.length; i++) {
            scores[i] = LinearLayer.sigmoid(logits[i]);
        }
        return bestBlockOfPageWithoutBody(logits, scores, logits.length, threshold);
    }

    /** {@link #bestBlockOfPageWithoutBody(double[], double)} of the first n logits, given their scores. */
    private static int bestBlockOfPageWithoutBody(double[] logits, double[] scores, int n, double threshold) {
        int best = -1;
        for (int i = 0; i < n; i++) {
            if (scores[i] >= threshold) {
                return -1;
            }
            best = best < 0 || logits[i] > logits[best] ? i : best;
        }
        return best >= 0 && scores[best] >= BEST_OF_PAGE_MIN_SCORE ? best : -1;
    }

    /** The block layer's logit of each row: what the sequence layer reads. */
    public static double[] blockLogits(ScoreLayer layer, double[][] features) {
        return layer.logits(features);
    }
}
