package io.sarikata.model;

import io.sarikata.features.FeatureExtractor;
import io.sarikata.features.Stoplist;

import java.util.List;
import java.util.Map;

/** Hand-built layers and models for the model tests: every weight zero unless named. */
final class ModelFixtures {

    private ModelFixtures() {
    }

    static LinearLayer layer(List<String> features, Map<String, Double> weights, double intercept) {
        double[] w = new double[features.size()];
        weights.forEach((name, value) -> {
            int i = features.indexOf(name);
            if (i < 0) {
                throw new IllegalArgumentException("no feature " + name);
            }
            w[i] = value;
        });
        return new LinearLayer(features, w, intercept);
    }

    static LinearLayer blockLayer(Map<String, Double> weights, double intercept) {
        return layer(FeatureExtractor.NAMES, weights, intercept);
    }

    static LinearLayer sequenceLayer(Map<String, Double> weights, double intercept) {
        return layer(SequenceFeatures.NAMES, weights, intercept);
    }

    static BlockModel model(List<String> stopwords, LinearLayer block, LinearLayer sequence, double threshold,
                            Map<String, Object> training) {
        Stoplist stoplist = new Stoplist(stopwords);
        return new BlockModel(ModelJson.contentId(stoplist, block, sequence, threshold), stoplist, block, sequence,
                threshold, training);
    }
}
