package io.sarikata.spark;

import io.sarikata.features.CountTable;
import io.sarikata.features.FeatureExtractor;
import io.sarikata.features.Stoplist;
import io.sarikata.model.BlockModel;
import io.sarikata.model.GoldIndex;
import io.sarikata.model.GoldPage;
import io.sarikata.model.Label;
import io.sarikata.model.LayerRows;
import io.sarikata.model.LinearLayer;
import io.sarikata.model.LogisticFit;
import io.sarikata.model.ModelJson;
import io.sarikata.model.PageLabeler;
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
                        GoldIndex.lookup(goldByStem.value(), p.source())).iterator())
                .filter(TrainingPage::hasLabels)
                // Kept as objects: the single fitting task reads them all, and deserialising them there took a
                // third of the block layer's 1.1 s and half of the sequence layer's 0.65 s (100 MB bench).
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
        double bodyWeight = labelledRows / (2.0 * perClass.get(Label.BODY));
        double navWeight = labelledRows / (2.0 * perClass.get(Label.NAV));

        Layers layers = fitLayers(training, labelledRows, bodyWeight, navWeight, settings.blockRegularisation(),
                settings.sequenceRegularisation());
        LinearLayer blockLayer = layers.block().layer();
        LinearLayer sequenceLayer = layers.sequence().layer();
        Map<String, Object> iterations = new LinkedHashMap<>();
        iterations.put("block", layers.block().iterations());
        iterations.put("sequence", layers.sequence().iterations());
        Map<String, Long> portals = new TreeMap<>(layers.pagesByPortal());
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

    /** Adds the page's labelled rows, one per labelled block, in a layer's features ({@code features[i]} for block i). */
    private static void addLabelled(LayerRows rows, TrainingPage page, double[][] features, double bodyWeight,
                                    double navWeight) {
        for (int i = 0; i < page.labels().length; i++) {
            Label label = page.labels()[i];
            if (label != null) {
                boolean body = label == Label.BODY;
                rows.add(features[i], body, body ? bodyWeight : navWeight);
            }
        }
    }

    /** Both layers, and the training pages of each portal (each page counted twice, as it is offered twice). */
    private record Layers(LogisticFit.Fit block, LogisticFit.Fit sequence, Map<String, Long> pagesByPortal)
            implements Serializable {
    }

    /**
     * Both logistic layers, fitted in a single task that gathers the sample's labelled rows ({@link LogisticFit}):
     * the block layer's, then from the same pages (the cache's own objects, so keeping them costs nothing) the
     * sequence layer's over the block layer's scores. The rows are bounded by the sample's size (about 275,000 of
     * 46 features for 5000 pages, 100 MB). Through MLlib every optimiser iteration was a Spark job, 45-50 of them
     * and two feature summaries: learning at 1 GB went from 6.4-9.5 s to 3.5-4.6 s with a task per layer.
     */
    private static Layers fitLayers(JavaRDD<TrainingPage> training, long labelledRows, double bodyWeight,
                                    double navWeight, double blockRegularisation, double sequenceRegularisation) {
        int rowCount = Math.toIntExact(labelledRows);
        return training.coalesce(1).mapPartitions(pages -> {
            List<TrainingPage> kept = new ArrayList<>();
            Map<String, Long> portals = new TreeMap<>();
            LayerRows blockRows = new LayerRows(FeatureExtractor.NAMES.size(), rowCount);
            while (pages.hasNext()) {
                TrainingPage page = pages.next();
                kept.add(page);
                portals.merge(page.portal(), 1L, Long::sum);
                addLabelled(blockRows, page, page.rows(), bodyWeight, navWeight);
            }
            LogisticFit.Fit block = LogisticFit.fit(blockRows, FeatureExtractor.NAMES, blockRegularisation);
            LayerRows sequenceRows = new LayerRows(SequenceFeatures.NAMES.size(), rowCount);
            for (TrainingPage page : kept) {
                double[][] sequence = SequenceFeatures.of(PageLabeler.blockLogits(block.layer(), page.rows()));
                addLabelled(sequenceRows, page, sequence, bodyWeight, navWeight);
            }
            LogisticFit.Fit sequence = LogisticFit.fit(sequenceRows, SequenceFeatures.NAMES, sequenceRegularisation);
            return List.of(new Layers(block, sequence, portals)).iterator();
        }).collect().get(0);
    }
}
