package io.sarikata.spark;

import io.sarikata.features.CountTable;
import io.sarikata.features.FeatureExtractor;
import io.sarikata.features.Stoplist;
import io.sarikata.model.BlockModel;
import io.sarikata.model.GoldPage;
import io.sarikata.model.Label;
import io.sarikata.model.LayerRows;
import io.sarikata.model.LinearLayer;
import io.sarikata.model.LogisticFit;
import io.sarikata.model.ModelJson;
import io.sarikata.model.SequenceFeatures;
import io.sarikata.model.TrainingPage;
import io.sarikata.segment.Page;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Learns a {@link BlockModel} of two logistic layers ({@link LogisticFit}, the optimum MLlib's logistic
 * regression defines): the block layer on gold and weak labels, then the sequence layer on the block layer's
 * scores in page order. Training reads a bounded sample of pages, so its cost does not grow with the corpus.
 */
public final class ModelTraining {

    public record Settings(int maxTrainingPages, double blockRegularisation, double sequenceRegularisation, long seed) {
        public static final Settings DEFAULTS = new Settings(5_000, 1e-3, 1e-3, 42L);
    }

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
                // Kept as objects: each layer's single fitting task reads them all, and deserialising them there
                // took a third of the block layer's 1.1 s and half of the sequence layer's 0.65 s (100 MB bench).
                .persist(StorageLevel.MEMORY_AND_DISK());
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
        long labelledRows = perClass.values().stream().mapToLong(Long::longValue).sum();
        double total = labelledRows;
        double bodyWeight = total / (2.0 * perClass.get(Label.BODY));
        double navWeight = total / (2.0 * perClass.get(Label.NAV));

        Map<String, Object> iterations = new LinkedHashMap<>();
        LinearLayer blockLayer = fitInOneTask(training, FeatureExtractor.NAMES, labelledRows,
                settings.blockRegularisation(), "block", iterations, (tp, rows) -> {
                    for (int i = 0; i < tp.labels().length; i++) {
                        addLabelled(rows, tp.labels()[i], tp.rows()[i], bodyWeight, navWeight);
                    }
                });
        LinearLayer sequenceLayer = fitInOneTask(training, SequenceFeatures.NAMES, labelledRows,
                settings.sequenceRegularisation(), "sequence", iterations, (tp, rows) -> {
                    double[] logits = new double[tp.rows().length];
                    for (int i = 0; i < logits.length; i++) {
                        logits[i] = blockLayer.logit(tp.rows()[i]);
                    }
                    double[][] sequence = SequenceFeatures.of(logits);
                    for (int i = 0; i < tp.labels().length; i++) {
                        addLabelled(rows, tp.labels()[i], sequence[i], bodyWeight, navWeight);
                    }
                });

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

    private static void addLabelled(LayerRows rows, Label label, double[] features, double bodyWeight,
                                    double navWeight) {
        if (label != null) {
            boolean body = label == Label.BODY;
            rows.add(features, body, body ? bodyWeight : navWeight);
        }
    }

    /** What a training page gives one layer: its labelled rows, in that layer's features. */
    @FunctionalInterface
    private interface RowsOfPage extends Serializable {
        void addTo(TrainingPage page, LayerRows rows);
    }

    /**
     * One logistic layer, fitted in a single task that gathers the sample's labelled rows ({@link LogisticFit}).
     * The rows are bounded by the sample's size (about 275,000 of 46 features for 5000 pages, 100 MB), and
     * fitting them through MLlib made every optimiser iteration a Spark job of its own: 45-50 jobs and two
     * feature summaries; learning at 1 GB went from 6.4-9.5 s to 3.5-4.6 s.
     */
    private static LinearLayer fitInOneTask(JavaRDD<TrainingPage> training, List<String> names, long labelledRows,
                                            double regularisation, String layer, Map<String, Object> iterations,
                                            RowsOfPage rowsOfPage) {
        LogisticFit.Fit fit = training.coalesce(1).mapPartitions(pages -> {
            LayerRows rows = new LayerRows(names.size(), Math.toIntExact(labelledRows));
            while (pages.hasNext()) {
                rowsOfPage.addTo(pages.next(), rows);
            }
            return List.of(LogisticFit.fit(rows, names, regularisation)).iterator();
        }).collect().get(0);
        iterations.put(layer, fit.iterations());
        return fit.layer();
    }
}
