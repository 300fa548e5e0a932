package io.sarikata.model;

import io.sarikata.features.FeatureExtractor;
import io.sarikata.features.Stoplist;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DefaultModelTest {

    @Test
    void theShippedModelLoadsWithTreesOverTodaysFeaturesAndSaysWhereItCameFrom() {
        BlockModel model = DefaultModel.load();
        assertEquals(FeatureExtractor.NAMES, model.blockLayer().features());
        assertEquals(SequenceFeatures.NAMES, model.sequenceLayer().features());
        assertInstanceOf(TreeEnsemble.class, model.blockLayer());
        assertTrue(String.valueOf(model.training().get("provenance")).contains("dragnet"), "provenance names the data");
        assertTrue(String.valueOf(model.training().get("provenance")).contains("AGPLv3"), "and its terms");
        assertEquals(model.id(), ModelJson.contentId(model.stoplist(), model.blockLayer(), model.sequenceLayer(), model.threshold()));
    }

    @Test
    void adaptingTakesTheCorpusStoplistAndGivesANewId() {
        BlockModel base = DefaultModel.load();
        Stoplist corpus = new Stoplist(List.of("yang", "dan", "di"));
        BlockModel adapted = DefaultModel.adaptedTo(base, corpus, "data-sample/pages");
        assertEquals(corpus.words(), adapted.stoplist().words());
        assertNotEquals(base.id(), adapted.id());
        assertEquals(Map.of("base_model_id", base.id(), "stoplist", "learned from data-sample/pages"),
                adapted.training().get("adapted"));
        assertEquals(adapted.id(), DefaultModel.adaptedTo(base, corpus, "elsewhere").id(), "the id follows what labels");
    }
}
