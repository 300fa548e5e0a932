package io.sarikata.model;

import io.sarikata.features.CorpusStats;
import io.sarikata.features.FeatureExtractor;
import io.sarikata.segment.Block;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Applies a model to one page: block features, block layer, sequence layer, labels with reasons. */
public final class PageLabeler {

    /** Reason of a block kept as body because it is the best of a page that has none. */
    public static final String BEST_OF_PAGE = "page:best_block_of_page_without_body";
    static final double BEST_OF_PAGE_MIN_SCORE = 0.05;

    private final BlockModel model;
    private final FeatureExtractor extractor;

    /** "block:" or "sequence:" and a feature name, made once: every block gets one of these reasons. */
    private final Map<String, String> blockReasons = new HashMap<>();
    private final Map<String, String> sequenceReasons = new HashMap<>();

    public PageLabeler(BlockModel model) {
        this.model = model;
        this.extractor = new FeatureExtractor(model.stoplist());
    }

    private static String reason(Map<String, String> reasons, String prefix, String feature) {
        return reasons.computeIfAbsent(feature, f -> prefix + f);
    }

    public List<LabelledBlock> label(List<Block> blocks, String portal, CorpusStats stats) {
        double[][] features = extractor.extract(blocks, portal, stats);
        double[] logits = blockLogits(model.blockLayer(), features);
        double[][] sequence = SequenceFeatures.of(logits, features);
        List<LabelledBlock> labelled = model.sequenceLayer() instanceof TreeEnsemble trees
                ? labelByTrees(blocks, trees, sequence)
                : labelByLayers(blocks, features, logits, sequence);
        return DatelineLines.joinToNextParagraph(labelled);
    }

    /** Linear layers give the reason from the layer that decided: the block layer, or the sequence layer over it. */
    private List<LabelledBlock> labelByLayers(List<Block> blocks, double[][] features, double[] logits,
                                              double[][] sequence) {
        List<LabelledBlock> labelled = new ArrayList<>(blocks.size());
        for (int i = 0; i < blocks.size(); i++) {
            double score = LinearLayer.sigmoid(model.sequenceLayer().logit(sequence[i]));
            boolean body = score >= model.threshold();
            boolean blockSaysBody = LinearLayer.sigmoid(logits[i]) >= model.threshold();
            String reason = body == blockSaysBody
                    ? reason(blockReasons, "block:", model.blockLayer().strongestFeature(features[i], body))
                    : reason(sequenceReasons, "sequence:", model.sequenceLayer().strongestFeature(sequence[i], body));
            labelled.add(new LabelledBlock(blocks.get(i), body ? Label.BODY : Label.NAV, score, reason));
        }
        return labelled;
    }

    /**
     * Trees give the reason from the walk that scores: the second stage's input that pushed hardest towards the
     * label, "block:" for one of the block's own features, "sequence:" for its place among the page's scores.
     */
    private List<LabelledBlock> labelByTrees(List<Block> blocks, TreeEnsemble trees, double[][] sequence) {
        double[][] pushes = new double[sequence.length][SequenceFeatures.NAMES.size()];
        double[] scores = trees.logitsAndPushes(sequence, pushes);
        int keptBest = bestBlockOfPageWithoutBody(scores, model.threshold());
        List<LabelledBlock> labelled = new ArrayList<>(blocks.size());
        for (int i = 0; i < blocks.size(); i++) {
            double score = LinearLayer.sigmoid(scores[i]);
            boolean body = score >= model.threshold() || i == keptBest;
            String feature = trees.strongest(pushes[i], body);
            String reason = i == keptBest ? BEST_OF_PAGE
                    : SequenceFeatures.CONTEXT.contains(feature)
                    ? reason(sequenceReasons, "sequence:", feature)
                    : reason(blockReasons, "block:", feature);
            labelled.add(new LabelledBlock(blocks.get(i), body ? Label.BODY : Label.NAV, score, reason));
        }
        return labelled;
    }

    /**
     * The block a page with no body keeps as its body: its best-scoring one, when that one is at least
     * {@link #BEST_OF_PAGE_MIN_SCORE} likely; -1 when the page has body or nothing that likely. A page whose
     * article is one short paragraph among much navigation otherwise comes out empty.
     */
    static int bestBlockOfPageWithoutBody(double[] logits, double threshold) {
        int best = -1;
        for (int i = 0; i < logits.length; i++) {
            if (LinearLayer.sigmoid(logits[i]) >= threshold) {
                return -1;
            }
            best = best < 0 || logits[i] > logits[best] ? i : best;
        }
        return best >= 0 && LinearLayer.sigmoid(logits[best]) >= BEST_OF_PAGE_MIN_SCORE ? best : -1;
    }

    /** The block layer's logit of each row: what the sequence layer reads. */
    public static double[] blockLogits(ScoreLayer layer, double[][] features) {
        return layer.logits(features);
    }
}
