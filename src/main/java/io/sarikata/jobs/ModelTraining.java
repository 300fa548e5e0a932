package io.sarikata.jobs;

import io.sarikata.Versions;
import io.sarikata.features.CountTable;
import io.sarikata.features.FeatureExtractor;
import io.sarikata.features.Stoplist;
import io.sarikata.model.BlockModel;
import io.sarikata.model.DefaultModel;
import io.sarikata.model.GoldIndex;
import io.sarikata.model.GradientBoosting;
import io.sarikata.model.ScoreLayer;
import io.sarikata.model.TwoStageFit;
import io.sarikata.model.GoldPage;
import io.sarikata.model.Label;
import io.sarikata.model.ModelJson;
import io.sarikata.model.TrainingPage;
import io.sarikata.segment.Page;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Learns a {@link BlockModel} of two stages of boosted trees ({@link TwoStageFit}): the block stage on gold and
 * weak labels, then the sequence stage on the block stage's scores in page order. Training reads a bounded sample
 * of pages, so its cost does not grow with the corpus.
 */
public final class ModelTraining {

    /**
     * @param articleSpanGold gold labels follow {@link io.sarikata.model.ArticleSpan}: body lines before the first paragraph and after
     *                        the last are taken as navigation (for gold made under another convention)
     */
    public record Settings(int maxTrainingPages, GradientBoosting.Settings trees, long seed, boolean articleSpanGold)
            implements Serializable {
        public static final Settings DEFAULTS = new Settings(5_000, DefaultModel.TREES, 42L, false);

        public Settings withArticleSpanGold(boolean articleSpan) {
            return new Settings(maxTrainingPages, trees, seed, articleSpan);
        }
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
        boolean articleSpan = settings.articleSpanGold();
        JavaRDD<TrainingPage> training = sample
                .flatMap(p -> TrainingPage.of(p, new FeatureExtractor(stoplistB.value()), stats.value().forPage(p.source()),
                        GoldIndex.lookup(goldByStem.value(), p.source()), articleSpan).iterator())
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
        // Each page is offered twice (with and without statistics).
        long goldPages = gold.isEmpty() ? 0 : training.filter(tp -> "gold".equals(tp.source())).count() / 2;
        if (!gold.isEmpty() && goldPages == 0) {
            training.unpersist();
            throw new IllegalStateException("none of the " + gold.size() + " gold files matches an input page (a gold file"
                    + " <site>/<id>.tsv labels the page whose path below the input root, without extensions, ends in <site>/<id>)");
        }
        Layers layers = fitLayers(training, settings.trees());
        ScoreLayer blockLayer = layers.stages().block();
        ScoreLayer sequenceLayer = layers.stages().sequence();
        Map<String, Long> portals = new TreeMap<>(layers.pagesByPortal());
        portals.replaceAll((k, v) -> v / 2);
        training.unpersist();

        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("sarikata_version", Versions.SARIKATA);
        summary.put("spark_version", spark.version());
        summary.put("inputs", inputs);
        summary.put("corpus_pages", pageCount);
        summary.put("training_pages_by_portal", portals);
        summary.put("gold_pages", goldPages);
        summary.put("gold_files", gold.size());
        summary.put("labelled_blocks", new TreeMap<>(labelCounts));
        summary.put("gold_convention", settings.articleSpanGold()
                ? "article span: gold body lines before the first paragraph and after the last taken as navigation"
                : "as labelled");
        summary.put("boosting", settings.trees());
        summary.put("stoplist_size", stoplist.words().size());
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

    /** Both stages, and the training pages of each portal (each page counted twice, as it is offered twice). */
    private record Layers(TwoStageFit.Stages stages, Map<String, Long> pagesByPortal) implements Serializable {
    }

    /**
     * Both stages, fitted in a single task that gathers the sample's training pages ({@link TwoStageFit}): the
     * cache's own objects, so keeping them costs nothing. The rows are bounded by the sample's size.
     */
    private static Layers fitLayers(JavaRDD<TrainingPage> training, GradientBoosting.Settings trees) {
        return training.coalesce(1).mapPartitions(pages -> {
            List<TrainingPage> kept = new ArrayList<>();
            Map<String, Long> portals = new TreeMap<>();
            pages.forEachRemaining(page -> {
                kept.add(page);
                portals.merge(page.portal(), 1L, Long::sum);
            });
            return List.of(new Layers(TwoStageFit.fit(kept, trees), portals)).iterator();
        }).collect().get(0);
    }
}
