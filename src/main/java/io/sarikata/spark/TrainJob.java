package io.sarikata.spark;

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

/** Learns a model from a corpus (and labelled pages, where given) and writes the JSON artifact. */
public final class TrainJob {

    private TrainJob() {
    }

    public static BlockModel run(SparkSession spark, List<String> inputs, String goldDir, String modelOut,
                                 ReaderLimits limits, long maxGroupBytes, int maxStatsKeys) {
        RunReport report = new RunReport();
        Map<String, GoldPage> gold = goldDir == null ? Map.of() : BuildJob.loadGold(goldDir, spark.sparkContext().hadoopConfiguration());
        Corpus corpus = Corpus.load(spark, inputs, limits, maxGroupBytes, maxStatsKeys, report);
        BlockModel model = learn(spark, corpus, gold, inputs);
        corpus.release();
        try {
            HadoopFiles.write(modelOut, ModelJson.write(model), spark.sparkContext().hadoopConfiguration());
        } catch (IOException e) {
            throw new JobFailure(JobFailure.OUTPUT, "cannot write model " + modelOut + ": " + e.getMessage(), e);
        }
        return model;
    }

    static BlockModel learn(SparkSession spark, Corpus corpus, Map<String, GoldPage> gold, List<String> inputs) {
        Stoplist stoplist = StoplistLearning.learn(corpus.pages(), StoplistLearner.STOPLIST_SIZE);
        try {
            return ModelTraining.train(spark, corpus.pages(), corpus.statsBroadcast(), stoplist, gold, inputs,
                    ModelTraining.Settings.DEFAULTS);
        } catch (IllegalStateException e) {
            throw new JobFailure(JobFailure.INPUT, e.getMessage(), e);
        }
    }
}
