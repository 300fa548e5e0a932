package io.sarikata.model;

import io.sarikata.features.FeatureExtractor;
import io.sarikata.features.Stoplist;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * The learned classifier: the stoplist it measures density with, a block layer over
 * {@link FeatureExtractor#NAMES}, a sequence layer over {@link SequenceFeatures#NAMES}, and the body
 * threshold. {@code training} says what it was learned from and how well it did there.
 */
public record BlockModel(String id, Stoplist stoplist, ScoreLayer blockLayer, ScoreLayer sequenceLayer,
                         double threshold, Map<String, Object> training) implements Serializable {

    public static final String FORMAT = "sarikata-block-model";
    public static final int FORMAT_VERSION = 2;

    public BlockModel {
        requireFeatures("block_layer", blockLayer, FeatureExtractor.NAMES);
        requireFeatures("sequence_layer", sequenceLayer, SequenceFeatures.NAMES);
        if (!(threshold > 0 && threshold < 1)) {
            throw new InvalidModelException("threshold must lie strictly between 0 and 1, got " + threshold);
        }
        // Insertion order kept for the artifact; null values (JSON null) allowed.
        training = training == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(training));
    }

    private static void requireFeatures(String layerName, ScoreLayer layer, List<String> expected) {
        if (!layer.features().equals(expected)) {
            throw new InvalidModelException(layerName + " was trained on features " + layer.features()
                    + " but this build computes " + expected + "; retrain it with `sarikata train`");
        }
    }
}
