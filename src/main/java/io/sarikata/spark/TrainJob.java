package io.sarikata.spark;

import io.sarikata.features.CountTable;
import io.sarikata.features.Hash64;
import io.sarikata.segment.Page;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.broadcast.Broadcast;

import io.sarikata.features.Stoplist;
import io.sarikata.features.StoplistLearner;
import io.sarikata.input.ReaderLimits;
import io.sarikata.model.BlockModel;
import io.sarikata.model.GoldPage;
import io.sarikata.model.ModelJson;
import org.apache.spark.sql.SparkSession;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Learns a model from a corpus (and labelled pages, where given) and writes the JSON artifact. */
public final class TrainJob {

    private TrainJob() {
    }

    public static BlockModel run(SparkSession spark, List<String> inputs, String goldDir, String modelOut,
                                 ReaderLimits limits, long maxGroupBytes, int maxStatsKeys) {
        RunReport report = new RunReport();
        Map<String, GoldPage> gold = goldDir == null ? Map.of() : BuildJob.loadGold(goldDir, spark.sparkContext().hadoopConfiguration());
        Corpus corpus = Corpus.load(spark, inputs, limits, maxGroupBytes, maxStatsKeys, report);
        BlockModel model = learn(spark, corpus.pages(), corpus.statsBroadcast(), gold, inputs);
        corpus.release();
        try {
            HadoopFiles.write(modelOut, ModelJson.write(model), spark.sparkContext().hadoopConfiguration());
        } catch (IOException e) {
            throw new JobFailure(JobFailure.OUTPUT, "cannot write model " + modelOut + ": " + e.getMessage(), e);
        }
        return model;
    }

    static BlockModel learn(SparkSession spark, JavaRDD<Page> pages, Broadcast<CountTable> stats,
                            Map<String, GoldPage> gold, List<String> inputs) {
        Stoplist stoplist = StoplistLearning.learn(pages, StoplistLearner.STOPLIST_SIZE);
        try {
            return ModelTraining.train(spark, pages, stats, stoplist, gold, inputs, ModelTraining.Settings.DEFAULTS);
        } catch (IllegalStateException e) {
            throw new JobFailure(JobFailure.INPUT, e.getMessage(), e);
        }
    }

    /**
     * The pages a build learns from: every gold page, and about {@code maxPages} others chosen by a hash of
     * their source, so that the choice is the same on every run.
     *
     * @param corpusPages the corpus size (an estimate does), which sets the share chosen
     */
    static JavaRDD<Page> trainingPages(JavaRDD<Page> pages, Set<String> goldStems, long corpusPages, int maxPages) {
        double share = corpusPages <= maxPages ? 1.0 : maxPages / (double) corpusPages;
        return pages.filter(p -> isTrainingPage(p.source(), goldStems, share));
    }

    static boolean isTrainingPage(String source, Set<String> goldStems, double share) {
        return share >= 1 || goldStems.contains(GoldPage.stemOf(source))
                || (Hash64.of(source, 'x', "") >>> 11) * 0x1.0p-53 < share;
    }
}
