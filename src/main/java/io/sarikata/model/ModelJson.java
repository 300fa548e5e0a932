package io.sarikata.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sarikata.features.Stoplist;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads and writes the model artifact: versioned, readable JSON that names every feature and weight. */
public final class ModelJson {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ModelJson() {
    }

    public static String write(BlockModel model) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", BlockModel.FORMAT);
        root.put("format_version", BlockModel.FORMAT_VERSION);
        root.put("id", model.id());
        root.put("threshold", model.threshold());
        root.set("block_layer", layer(model.blockLayer()));
        root.set("sequence_layer", layer(model.sequenceLayer()));
        ArrayNode stoplist = root.putArray("stoplist");
        model.stoplist().words().forEach(stoplist::add);
        root.set("training", MAPPER.valueToTree(model.training()));
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("model could not be written as JSON", e);
        }
    }

    public static BlockModel read(String json, String origin) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (IOException e) {
            throw new InvalidModelException(origin + " is not JSON: " + e.getMessage().lines().findFirst().orElse(""), e);
        }
        if (root == null || !root.isObject() || !BlockModel.FORMAT.equals(root.path("format").asText())) {
            throw new InvalidModelException(origin + " is not a Sarikata model (its \"format\" is not \"" + BlockModel.FORMAT + "\")");
        }
        int version = root.path("format_version").asInt(-1);
        if (version != BlockModel.FORMAT_VERSION) {
            throw new InvalidModelException(origin + " has model format version " + version
                    + " but this build reads version " + BlockModel.FORMAT_VERSION + "; retrain it with `sarikata train`");
        }
        try {
            List<String> stopwords = new ArrayList<>();
            requireArray(root, "stoplist").forEach(w -> stopwords.add(w.asText()));
            Map<String, Object> training = training(root);
            return new BlockModel(requireText(root, "id"), new Stoplist(stopwords),
                    layer(requireObject(root, "block_layer")), layer(requireObject(root, "sequence_layer")),
                    requireNumber(root, "threshold"), training);
        } catch (InvalidModelException e) {
            throw new InvalidModelException(origin + ": " + e.getMessage(), e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> training(JsonNode root) {
        JsonNode training = root.get("training");
        if (training == null || training.isNull()) {
            return Map.of();
        }
        if (!training.isObject()) {
            throw new InvalidModelException("\"training\" is not an object");
        }
        return MAPPER.convertValue(training, LinkedHashMap.class);
    }

    /** A content hash of what decides labels, so outputs can name the exact model that made them. */
    public static String contentId(Stoplist stoplist, ScoreLayer block, ScoreLayer sequence, double threshold) {
        ObjectNode node = MAPPER.createObjectNode();
        node.set("b", layer(block));
        node.set("s", layer(sequence));
        node.put("t", threshold);
        ArrayNode words = node.putArray("w");
        stoplist.words().forEach(words::add);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(MAPPER.writeValueAsBytes(node));
            return "m-" + HexFormat.of().formatHex(digest, 0, 6);
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode layer(ScoreLayer layer) {
        if (layer instanceof LinearLayer linear) {
            return linear(linear);
        }
        if (layer instanceof TreeEnsemble trees) {
            return trees(trees);
        }
        throw new IllegalArgumentException("no JSON form for " + layer.getClass());
    }

    private static ObjectNode linear(LinearLayer layer) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("kind", "logistic");
        node.put("intercept", layer.intercept());
        ObjectNode weights = node.putObject("weights");
        double[] w = layer.weights();
        for (int i = 0; i < w.length; i++) {
            weights.put(layer.features().get(i), w[i]);
        }
        return node;
    }

    /** Trees name their inputs once; a node's {@code feature} is an index into that list, -1 for a leaf. */
    private static ObjectNode trees(TreeEnsemble ensemble) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("kind", "boosted_trees");
        node.put("base", ensemble.base());
        ArrayNode names = node.putArray("features");
        ensemble.features().forEach(names::add);
        ObjectNode splits = node.putObject("splits_per_feature");
        int[] counts = ensemble.splitCounts();
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > 0) {
                splits.put(ensemble.features().get(i), counts[i]);
            }
        }
        ArrayNode trees = node.putArray("trees");
        for (TreeEnsemble.Tree tree : ensemble.trees()) {
            ObjectNode t = trees.addObject();
            ArrayNode feature = t.putArray("feature");
            ArrayNode threshold = t.putArray("threshold");
            ArrayNode left = t.putArray("left");
            ArrayNode right = t.putArray("right");
            ArrayNode value = t.putArray("value");
            for (int k = 0; k < tree.feature().length; k++) {
                feature.add(tree.feature()[k]);
                threshold.add(tree.threshold()[k]);
                left.add(tree.left()[k]);
                right.add(tree.right()[k]);
                value.add(tree.value()[k]);
            }
        }
        return node;
    }

    private static ScoreLayer layer(JsonNode node) {
        String kind = node.path("kind").asText("logistic");
        return switch (kind) {
            case "logistic" -> linear(node);
            case "boosted_trees" -> trees(node);
            default -> throw new InvalidModelException("unknown layer kind \"" + kind + "\"");
        };
    }

    private static LinearLayer linear(JsonNode node) {
        JsonNode weights = requireObject(node, "weights");
        List<String> names = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        weights.fields().forEachRemaining(e -> {
            if (!e.getValue().isNumber()) {
                throw new InvalidModelException("weight of " + e.getKey() + " is not a number");
            }
            names.add(e.getKey());
            values.add(e.getValue().asDouble());
        });
        return new LinearLayer(names, values.stream().mapToDouble(Double::doubleValue).toArray(),
                requireNumber(node, "intercept"));
    }

    private static TreeEnsemble trees(JsonNode node) {
        List<String> names = new ArrayList<>();
        requireArray(node, "features").forEach(n -> names.add(n.asText()));
        List<TreeEnsemble.Tree> trees = new ArrayList<>();
        for (JsonNode t : requireArray(node, "trees")) {
            trees.add(new TreeEnsemble.Tree(ints(t, "feature"), doubles(t, "threshold"), ints(t, "left"),
                    ints(t, "right"), doubles(t, "value")));
        }
        return new TreeEnsemble(names, requireNumber(node, "base"), trees);
    }

    private static int[] ints(JsonNode node, String field) {
        JsonNode array = requireArray(node, field);
        int[] out = new int[array.size()];
        for (int i = 0; i < out.length; i++) {
            if (!array.get(i).isIntegralNumber()) {
                throw new InvalidModelException("\"" + field + "\" holds something that is not a whole number");
            }
            out[i] = array.get(i).asInt();
        }
        return out;
    }

    private static double[] doubles(JsonNode node, String field) {
        JsonNode array = requireArray(node, field);
        double[] out = new double[array.size()];
        for (int i = 0; i < out.length; i++) {
            if (!array.get(i).isNumber()) {
                throw new InvalidModelException("\"" + field + "\" holds something that is not a number");
            }
            out[i] = array.get(i).asDouble();
        }
        return out;
    }

    private static JsonNode requireObject(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || !v.isObject()) {
            throw new InvalidModelException("\"" + field + "\" is missing or not an object");
        }
        return v;
    }

    private static JsonNode requireArray(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || !v.isArray()) {
            throw new InvalidModelException("\"" + field + "\" is missing or not an array");
        }
        return v;
    }

    private static String requireText(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || !v.isTextual()) {
            throw new InvalidModelException("\"" + field + "\" is missing or not a string");
        }
        return v.asText();
    }

    private static double requireNumber(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || !v.isNumber()) {
            throw new InvalidModelException("\"" + field + "\" is missing or not a number");
        }
        return v.asDouble();
    }

}
