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
        if (model.sequenceLayer() instanceof TreeEnsemble trees) {
            return labelByTrees(blocks, trees, sequence);
        }
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
        List<LabelledBlock> labelled = new ArrayList<>(blocks.size());
        for (int i = 0; i < blocks.size(); i++) {
            double score = LinearLayer.sigmoid(scores[i]);
            boolean body = score >= model.threshold();
            String feature = trees.strongest(pushes[i], body);
            String reason = SequenceFeatures.CONTEXT.contains(feature)
                    ? reason(sequenceReasons, "sequence:", feature)
                    : reason(blockReasons, "block:", feature);
            labelled.add(new LabelledBlock(blocks.get(i), body ? Label.BODY : Label.NAV, score, reason));
        }
        return labelled;
    }

    /** The block layer's logit of each row: what the sequence layer reads. */
    public static double[] blockLogits(ScoreLayer layer, double[][] features) {
        return layer.logits(features);
    }
}
