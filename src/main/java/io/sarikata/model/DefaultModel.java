package io.sarikata.model;

import io.sarikata.features.Stoplist;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The model that ships in the jar, learned from real labelled pages (its {@code training} section says which),
 * and what a build without {@code --model} uses. A corpus adapts it: its stoplist is learned from the corpus
 * being labelled, so that stopword density means the same in any language, and its repetition features come
 * from the corpus's own statistics.
 */
public final class DefaultModel {

    /** Where the shipped model lives on the classpath; {@code jobs/train-default-model} writes it. */
    public static final String RESOURCE = "/io/sarikata/model/default-model.json";

    /** How every model is boosted: 60 trees of depth 6 (200 scored the same on the real benchmark sets, 40 or depth 5 lower, at 3x the labelling cost). */
    public static final GradientBoosting.Settings TREES = new GradientBoosting.Settings(60, 6, 0.25, 1.0, 1.0, 0.7, 64, 7L);

    private DefaultModel() {
    }

    public static BlockModel load() {
        try (InputStream in = DefaultModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the default model " + RESOURCE + " is missing from the classpath");
            }
            return ModelJson.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), "default model " + RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The model with a corpus's own stoplist: a new id, and {@code training.adapted} saying from what. */
    public static BlockModel adaptedTo(BlockModel base, Stoplist corpusStoplist, Object corpus) {
        Map<String, Object> training = new LinkedHashMap<>(base.training());
        Map<String, Object> adapted = new LinkedHashMap<>();
        adapted.put("base_model_id", base.id());
        adapted.put("stoplist", "learned from " + corpus);
        training.put("adapted", adapted);
        String id = ModelJson.contentId(corpusStoplist, base.blockLayer(), base.sequenceLayer(), base.threshold());
        return new BlockModel(id, corpusStoplist, base.blockLayer(), base.sequenceLayer(), base.threshold(), training);
    }
}
