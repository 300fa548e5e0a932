package io.sarikata.model;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sarikata.features.FeatureExtractor;
import io.sarikata.features.Stoplist;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ModelJsonTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static BlockModel sample() {
        Map<String, Double> blockWeights = new HashMap<>();
        for (int i = 0; i < FeatureExtractor.NAMES.size(); i++) {
            blockWeights.put(FeatureExtractor.NAMES.get(i), (i - 20) * 0.137);
        }
        LinearLayer block = ModelFixtures.blockLayer(blockWeights, -0.3125);
        LinearLayer sequence = ModelFixtures.sequenceLayer(Map.of("logit_self", 1.25, "logit_prev", 0.5,
                "body_share_after", -0.75), 0.1);
        return ModelFixtures.model(List.of("yang", "di", "dan"), block, sequence, 0.42,
                Map.of("pages", 12, "source", "gold", "body_f1", 0.875));
    }

    private static void assertSameLayer(LinearLayer expected, LinearLayer actual) {
        assertEquals(expected.features(), actual.features());
        assertArrayEquals(expected.weights(), actual.weights());
        assertEquals(expected.intercept(), actual.intercept());
    }

    /** The sample written, changed by {@code edit}, and read back. */
    private static InvalidModelException readEdited(Consumer<ObjectNode> edit) throws Exception {
        ObjectNode root = (ObjectNode) MAPPER.readTree(ModelJson.write(sample()));
        edit.accept(root);
        return assertThrows(InvalidModelException.class, () -> ModelJson.read(MAPPER.writeValueAsString(root), "m.json"));
    }

    @Test
    void writeThenReadGivesTheSameModel() {
        BlockModel model = sample();
        BlockModel read = ModelJson.read(ModelJson.write(model), "m.json");
        assertEquals(model.id(), read.id());
        assertSameLayer((LinearLayer) model.blockLayer(), (LinearLayer) read.blockLayer());
        assertSameLayer((LinearLayer) model.sequenceLayer(), (LinearLayer) read.sequenceLayer());
        assertEquals(0.42, read.threshold());
        assertEquals(List.of("yang", "di", "dan"), read.stoplist().words());
        assertEquals(Map.of("pages", 12, "source", "gold", "body_f1", 0.875), read.training());
        assertEquals(ModelJson.write(model), ModelJson.write(read));
    }

    @Test
    void writtenJsonNamesFormatAndEveryWeight() throws Exception {
        ObjectNode root = (ObjectNode) MAPPER.readTree(ModelJson.write(sample()));
        assertEquals(BlockModel.FORMAT, root.get("format").asText());
        assertEquals(BlockModel.FORMAT_VERSION, root.get("format_version").asInt());
        List<String> names = new ArrayList<>();
        root.get("block_layer").get("weights").fieldNames().forEachRemaining(names::add);
        assertEquals(FeatureExtractor.NAMES, names);
    }

    @Test
    void notJson() {
        InvalidModelException e = assertThrows(InvalidModelException.class, () -> ModelJson.read("{ kacau", "m.json"));
        assertTrue(e.getMessage().startsWith("m.json is not JSON: "), e.getMessage());
        assertThrows(InvalidModelException.class, () -> ModelJson.read("", "m.json"));
    }

    @Test
    void wrongFormat() throws Exception {
        InvalidModelException e = readEdited(root -> root.put("format", "lain"));
        assertEquals("m.json is not a Sarikata model (its \"format\" is not \"sarikata-block-model\")", e.getMessage());
        assertTrue(assertThrows(InvalidModelException.class, () -> ModelJson.read("[1, 2]", "m.json"))
                .getMessage().contains("is not a Sarikata model"));
    }

    @Test
    void wrongFormatVersion() throws Exception {
        InvalidModelException e = readEdited(root -> root.put("format_version", 1));
        assertTrue(e.getMessage().startsWith("m.json has model format version 1 but this build reads version 2"), e.getMessage());
        assertTrue(e.getMessage().contains("retrain"), e.getMessage());
        assertTrue(readEdited(root -> root.remove("format_version")).getMessage().contains("version -1"));
    }

    @Test
    void blockLayerOfOtherFeaturesAsksForRetraining() throws Exception {
        InvalidModelException missing = readEdited(root ->
                ((ObjectNode) root.get("block_layer").get("weights")).remove("comma_density"));
        assertTrue(missing.getMessage().startsWith("m.json: block_layer was trained on features"), missing.getMessage());
        assertTrue(missing.getMessage().contains("retrain it with `sarikata train`"), missing.getMessage());

        InvalidModelException extra = readEdited(root ->
                ((ObjectNode) root.get("block_layer").get("weights")).put("font_size", 1.0));
        assertTrue(extra.getMessage().contains("block_layer") && extra.getMessage().contains("retrain"), extra.getMessage());
    }

    @Test
    void sequenceLayerOfOtherFeaturesIsRefused() throws Exception {
        InvalidModelException e = readEdited(root ->
                ((ObjectNode) root.get("sequence_layer").get("weights")).remove("logit_next2"));
        assertTrue(e.getMessage().startsWith("m.json: sequence_layer was trained on features"), e.getMessage());
    }

    @Test
    void missingFields() throws Exception {
        assertEquals("m.json: \"threshold\" is missing or not a number",
                readEdited(root -> root.remove("threshold")).getMessage());
        assertEquals("m.json: \"stoplist\" is missing or not an array",
                readEdited(root -> root.remove("stoplist")).getMessage());
        assertEquals("m.json: \"id\" is missing or not a string", readEdited(root -> root.remove("id")).getMessage());
        assertEquals("m.json: \"block_layer\" is missing or not an object",
                readEdited(root -> root.remove("block_layer")).getMessage());
        assertEquals("m.json: \"weights\" is missing or not an object",
                readEdited(root -> ((ObjectNode) root.get("sequence_layer")).remove("weights")).getMessage());
        assertEquals("m.json: \"intercept\" is missing or not a number",
                readEdited(root -> ((ObjectNode) root.get("sequence_layer")).remove("intercept")).getMessage());
    }

    @Test
    void nonNumberWeight() throws Exception {
        InvalidModelException e = readEdited(root ->
                ((ObjectNode) root.get("block_layer").get("weights")).put("log_words", "0.5"));
        assertEquals("m.json: weight of log_words is not a number", e.getMessage());
    }

    @Test
    void thresholdOutsideTheOpenIntervalIsRefused() throws Exception {
        assertTrue(readEdited(root -> root.put("threshold", 1.0)).getMessage().contains("threshold must lie strictly between 0 and 1"));
        assertTrue(readEdited(root -> root.put("threshold", 0.0)).getMessage().contains("threshold"));
    }

    @Test
    void missingTrainingIsEmpty() throws Exception {
        ObjectNode root = (ObjectNode) MAPPER.readTree(ModelJson.write(sample()));
        root.remove("training");
        assertEquals(Map.of(), ModelJson.read(MAPPER.writeValueAsString(root), "m.json").training());
    }

    @Test
    void contentIdIsStableAndFollowsWhatDecidesLabels() {
        BlockModel m = sample();
        String id = ModelJson.contentId(m.stoplist(), m.blockLayer(), m.sequenceLayer(), m.threshold());
        assertTrue(id.matches("m-[0-9a-f]{12}"), id);
        assertEquals(id, ModelJson.contentId(new Stoplist(List.of("yang", "di", "dan")), m.blockLayer(),
                m.sequenceLayer(), 0.42));

        double[] weights = ((LinearLayer) m.blockLayer()).weights().clone();
        weights[3] += 0.001;
        LinearLayer changed = new LinearLayer(m.blockLayer().features(), weights, ((LinearLayer) m.blockLayer()).intercept());
        assertNotEquals(id, ModelJson.contentId(m.stoplist(), changed, m.sequenceLayer(), m.threshold()));
        assertNotEquals(id, ModelJson.contentId(m.stoplist(), m.blockLayer(), m.sequenceLayer(), 0.43));
        assertNotEquals(id, ModelJson.contentId(new Stoplist(List.of("yang", "di")), m.blockLayer(), m.sequenceLayer(), 0.42));
        LinearLayer otherIntercept = new LinearLayer(m.sequenceLayer().features(), ((LinearLayer) m.sequenceLayer()).weights(), 0.2);
        assertNotEquals(id, ModelJson.contentId(m.stoplist(), m.blockLayer(), otherIntercept, 0.42));
    }

    @Test
    void aTrainingFieldThatIsNotAnObjectIsAClearError() throws Exception {
        InvalidModelException notObject = readEdited(root -> root.put("training", "teks"));
        assertTrue(notObject.getMessage().startsWith("m.json: "), notObject.getMessage());
        assertTrue(notObject.getMessage().contains("\"training\""), notObject.getMessage());
    }

    @Test
    void nullValuesInTrainingAreKept() throws Exception {
        ObjectNode root = (ObjectNode) MAPPER.readTree(ModelJson.write(sample()));
        root.set("training", MAPPER.createObjectNode().putNull("note"));
        BlockModel read = ModelJson.read(MAPPER.writeValueAsString(root), "m.json");
        assertTrue(read.training().containsKey("note"));
        assertEquals(null, read.training().get("note"));
    }
}
