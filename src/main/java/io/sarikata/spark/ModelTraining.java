package io.sarikata.spark;

import io.sarikata.features.CountTable;
import io.sarikata.features.FeatureExtractor;
import io.sarikata.features.Stoplist;
import io.sarikata.model.BlockModel;
import io.sarikata.model.GoldPage;
import io.sarikata.model.Label;
import io.sarikata.model.LinearLayer;
import io.sarikata.model.ModelJson;
import io.sarikata.model.SequenceFeatures;
import io.sarikata.model.TrainingPage;
import io.sarikata.segment.Page;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.ml.classification.LogisticRegression;
import org.apache.spark.ml.classification.LogisticRegressionModel;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Learns a {@link BlockModel} with MLlib logistic regression: the block layer on gold and weak labels,
 * then the sequence layer on the block layer's scores in page order. Training reads a bounded sample
 * of pages, so its cost does not grow with the corpus.
 */
public final class ModelTraining {

    public record Settings(int maxTrainingPages, double blockRegularisation, double sequenceRegularisation, long seed) {
        public static final Settings DEFAULTS = new Settings(5_000, 1e-3, 1e-3, 42L);
    }

    private static final StructType ROWS = new StructType()
            .add("label", DataTypes.DoubleType, false)
            .add("weight", DataTypes.DoubleType, false)
            .add("features", SQLDataTypes.VectorType(), false);

    private ModelTraining() {
    }

    public static BlockModel train(SparkSession spark, JavaRDD<Page> pages, Broadcast<CountTable> stats, Stoplist stoplist,
                                   Map<String, GoldPage> gold, List<String> inputs, Settings settings) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Broadcast<Map<String, GoldPage>> goldByStem = jsc.broadcast(gold);
        Broadcast<Stoplist> stoplistB = jsc.broadcast(stoplist);
        long pageCount = pages.count();
        JavaRDD<Page> sample = pageCount > settings.maxTrainingPages()
                ? pages.sample(false, settings.maxTrainingPages() / (double) pageCount, settings.seed())
                : pages;
        JavaRDD<TrainingPage> training = sample
                .flatMap(p -> TrainingPage.of(p, new FeatureExtractor(stoplistB.value()), stats.value().forPage(p.source()),
                        goldByStem.value().get(GoldPage.stemOf(p.source()))).iterator())
                .filter(TrainingPage::hasLabels)
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        Map<String, Long> labelCounts = training
                .flatMap(tp -> labelledSources(tp).iterator())
                .countByValue();
        Map<Label, Long> perClass = new TreeMap<>();
        labelCounts.forEach((k, v) -> perClass.merge(k.endsWith("body") ? Label.BODY : Label.NAV, v, Long::sum));
        if (perClass.getOrDefault(Label.BODY, 0L) == 0 || perClass.getOrDefault(Label.NAV, 0L) == 0) {
            training.unpersist();
            throw new IllegalStateException("cannot learn a model: the input gives no "
                    + (perClass.getOrDefault(Label.BODY, 0L) == 0 ? "body" : "navigation")
                    + " examples (label some pages with --gold, or give more pages per portal)");
        }
        double total = perClass.values().stream().mapToLong(Long::longValue).sum();
        double bodyWeight = total / (2.0 * perClass.get(Label.BODY));
        double navWeight = total / (2.0 * perClass.get(Label.NAV));

        Dataset<Row> blockRows = spark.createDataFrame(training.flatMap(tp -> {
            List<Row> rows = new ArrayList<>();
            for (int i = 0; i < tp.labels().length; i++) {
                if (tp.labels()[i] != null) {
                    rows.add(row(tp.labels()[i], bodyWeight, navWeight, tp.rows()[i]));
                }
            }
            return rows.iterator();
        }), ROWS);
        Map<String, Object> iterations = new LinkedHashMap<>();
        LinearLayer blockLayer = fit(blockRows, jsc.defaultParallelism(), FeatureExtractor.NAMES,
                settings.blockRegularisation(), "block", iterations);

        Broadcast<LinearLayer> blockLayerB = jsc.broadcast(blockLayer);
        Dataset<Row> sequenceRows = spark.createDataFrame(training.flatMap(tp -> {
            LinearLayer layer = blockLayerB.value();
            double[] logits = new double[tp.rows().length];
            for (int i = 0; i < logits.length; i++) {
                logits[i] = layer.logit(tp.rows()[i]);
            }
            double[][] seq = SequenceFeatures.of(logits);
            List<Row> rows = new ArrayList<>();
            for (int i = 0; i < tp.labels().length; i++) {
                if (tp.labels()[i] != null) {
                    rows.add(row(tp.labels()[i], bodyWeight, navWeight, seq[i]));
                }
            }
            return rows.iterator();
        }), ROWS);
        LinearLayer sequenceLayer = fit(sequenceRows, jsc.defaultParallelism(), SequenceFeatures.NAMES,
                settings.sequenceRegularisation(), "sequence", iterations);

        Map<String, Long> portals = new TreeMap<>(training.map(TrainingPage::portal).countByValue());
        portals.replaceAll((k, v) -> v / 2);
        training.unpersist();

        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("created_at", Instant.now().toString());
        summary.put("sarikata_version", Versions.SARIKATA);
        summary.put("spark_version", spark.version());
        summary.put("inputs", inputs);
        summary.put("corpus_pages", pageCount);
        summary.put("training_pages_by_portal", portals);
        summary.put("gold_pages", gold.size());
        summary.put("labelled_blocks", new TreeMap<>(labelCounts));
        summary.put("class_weights", Map.of("body", bodyWeight, "nav", navWeight));
        summary.put("regularisation", Map.of("block", settings.blockRegularisation(), "sequence", settings.sequenceRegularisation()));
        summary.put("stoplist_size", stoplist.words().size());
        summary.put("optimiser_iterations", iterations);
        double threshold = 0.5;
        String id = ModelJson.contentId(stoplist, blockLayer, sequenceLayer, threshold);
        return new BlockModel(id, stoplist, blockLayer, sequenceLayer, threshold, summary);
    }

    /** Per labelled block, "gold-body", "weak-nav" and so on; each page comes twice (with and without statistics). */
    private static List<String> labelledSources(TrainingPage tp) {
        List<String> out = new ArrayList<>();
        for (Label l : tp.labels()) {
            if (l != null) {
                out.add(tp.source() + "-" + l.code());
            }
        }
        return out;
    }

    private static Row row(Label label, double bodyWeight, double navWeight, double[] features) {
        boolean body = label == Label.BODY;
        return RowFactory.create(body ? 1.0 : 0.0, body ? bodyWeight : navWeight, Vectors.dense(features));
    }

    /**
     * One logistic layer. The rows are few (a bounded sample) and every optimiser iteration is a Spark job,
     * so they are packed into one partition per core: more partitions only add scheduling to each iteration.
     * The rows are not cached here: logistic regression caches its own instances of uncached input.
     */
    private static LinearLayer fit(Dataset<Row> rows, int partitions, List<String> names, double regularisation,
                                   String layer, Map<String, Object> iterations) {
        Dataset<Row> packed = rows.coalesce(partitions);
        LogisticRegressionModel lr = new LogisticRegression()
                .setMaxIter(200)
                .setRegParam(regularisation)
                .setElasticNetParam(0.0)
                .setStandardization(true)
                .setWeightCol("weight")
                .fit(packed);
        iterations.put(layer, lr.summary().totalIterations());
        return new LinearLayer(names, lr.coefficients().toArray(), lr.intercept());
    }
}
