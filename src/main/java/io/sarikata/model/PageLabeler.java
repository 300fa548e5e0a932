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

    /** The block layer's logit of each row: what the sequence layer reads. */
    public static double[] blockLogits(ScoreLayer layer, double[][] features) {
        double[] logits = new double[features.length];
        for (int i = 0; i < features.length; i++) {
            logits[i] = layer.logit(features[i]);
        }
        return logits;
    }
}
