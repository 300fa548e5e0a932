package io.sarikata.jobs;

import io.sarikata.JobFailure;
import io.sarikata.sources.HadoopFiles;
import io.sarikata.sources.InputFile;
import io.sarikata.statistics.StatisticsSettings;
import io.sarikata.statistics.StoplistLearning;
import io.sarikata.features.CountTable;
import io.sarikata.features.PageSample;
import io.sarikata.segment.Page;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;

import io.sarikata.features.Stoplist;
import io.sarikata.features.StoplistLearner;
import io.sarikata.input.ReaderLimits;
import io.sarikata.model.BlockModel;
import io.sarikata.model.GoldIndex;
import io.sarikata.model.GoldPage;
import io.sarikata.model.ModelJson;
import org.apache.spark.sql.SparkSession;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Learns a model from a corpus (and labelled pages, where given) and writes the JSON artifact. */
public final class TrainJob {

    private TrainJob() {
    }

    public static BlockModel run(SparkSession spark, List<String> inputs, String goldDir, String modelOut,
                                 ReaderLimits limits, long maxGroupBytes, StatisticsSettings statistics, String provenance,
                                 boolean articleSpanGold) {
        RunReport report = new RunReport();
        Map<String, GoldPage> gold = goldDir == null ? Map.of() : BuildJob.loadGold(goldDir, spark.sparkContext().hadoopConfiguration());
        Corpus corpus = Corpus.load(spark, inputs, limits, maxGroupBytes, statistics, report);
        BlockModel learned = learn(spark, corpus.pages(), corpus.statsBroadcast(), gold, inputs,
                ModelTraining.Settings.DEFAULTS.withArticleSpanGold(articleSpanGold));
        corpus.release();
        BlockModel model = learned;
        if (provenance != null) {
            Map<String, Object> training = new LinkedHashMap<>(learned.training());
            training.put("provenance", provenance);
            model = new BlockModel(learned.id(), learned.stoplist(), learned.blockLayer(), learned.sequenceLayer(),
                    learned.threshold(), training);
        }
        try {
            HadoopFiles.write(modelOut, ModelJson.write(model), spark.sparkContext().hadoopConfiguration());
        } catch (IOException e) {
            throw new JobFailure(JobFailure.OUTPUT, "cannot write model " + modelOut + ": " + e.getMessage(), e);
        }
        return model;
    }

    static BlockModel learn(SparkSession spark, JavaRDD<Page> pages, Broadcast<CountTable> stats,
                            Map<String, GoldPage> gold, List<String> inputs) {
        return learn(spark, pages, stats, gold, inputs, ModelTraining.Settings.DEFAULTS);
    }

    static BlockModel learn(SparkSession spark, JavaRDD<Page> pages, Broadcast<CountTable> stats,
                            Map<String, GoldPage> gold, List<String> inputs, ModelTraining.Settings settings) {
        Stoplist stoplist = StoplistLearning.learn(pages, StoplistLearner.STOPLIST_SIZE);
        try {
            return ModelTraining.train(spark, pages, stats, stoplist, gold, inputs, settings);
        } catch (IllegalStateException e) {
            throw new JobFailure(JobFailure.INPUT, e.getMessage(), e);
        }
    }

    /**
     * The pages a build learns from, read afresh: every gold page, and about {@code maxPages} others chosen
     * by a hash of their source, so that the choice is the same on every run. Single-page files that are
     * not chosen are not opened; bundles are, since their pages are chosen one by one.
     *
     * @param corpusPages the corpus size (an estimate does), which sets the share chosen
     */
    static JavaRDD<Page> trainingPages(JavaSparkContext jsc, List<List<InputFile>> groups, ReaderLimits limits,
                                       Set<String> goldKeys, long corpusPages, int maxPages) {
        Corpus.PageChoice choice = trainingChoice(goldKeys, corpusPages, maxPages);
        return Corpus.readChosen(jsc, Corpus.filesOfChosenPages(groups, choice), limits, choice, null, null);
    }

    /**
     * Gold pages (matched by path, {@link GoldIndex}) and a {@link PageSample} of about {@code maxPages}: within the statistics sample whenever that
     * is the larger, since a smaller share of the same hash is a subset.
     */
    static Corpus.PageChoice trainingChoice(Set<String> goldKeys, long corpusPages, int maxPages) {
        PageSample sample = corpusPages <= maxPages ? PageSample.ALL : new PageSample(maxPages / (double) corpusPages);
        return source -> sample.contains(source) || GoldIndex.find(goldKeys, source) != null;
    }
}
