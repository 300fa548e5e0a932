package io.sarikata.jobs;

import io.sarikata.JobFailure;
import io.sarikata.Versions;
import io.sarikata.statistics.StatisticsSettings;
import io.sarikata.statistics.StoplistLearning;
import io.sarikata.eval.BlockClassifier;
import io.sarikata.eval.BoilerpipeArticle;
import io.sarikata.eval.EvalTable;
import io.sarikata.eval.JusText;
import io.sarikata.eval.KeepEverything;
import io.sarikata.eval.ModelClassifier;
import io.sarikata.eval.Scores;
import io.sarikata.features.CountTable;
import io.sarikata.features.Hash64;
import io.sarikata.features.Stoplist;
import io.sarikata.features.StoplistLearner;
import io.sarikata.input.ReaderLimits;
import io.sarikata.model.BlockModel;
import io.sarikata.model.DefaultModel;
import io.sarikata.model.GoldIndex;
import io.sarikata.model.GoldPage;
import io.sarikata.model.Label;
import io.sarikata.segment.Page;
import org.apache.spark.sql.SparkSession;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Scores the learned model against labelled pages, beside the baselines a user would otherwise run
 * (keep everything, jusText, boilerpipe's ArticleExtractor), per portal and overall. With leave-one-portal-out,
 * each portal is scored by a model trained without its labels: how the tool does on a portal it never saw.
 */
public final class EvalJob {

    public static final String LEARNED = "learned_model";

    /** @param portalFolds with leave-one-portal-out: portals held out together in this many folds (by a hash of
     *                    their name); 0 holds out one portal at a time */
    public record Options(List<String> inputs, String goldDir, String modelPath, boolean leaveOnePortalOut,
                          String reportPath, ReaderLimits limits, long maxGroupBytes, StatisticsSettings statistics,
                          int portalFolds) {
        public Options(List<String> inputs, String goldDir, String modelPath, boolean leaveOnePortalOut,
                       String reportPath, ReaderLimits limits, long maxGroupBytes, StatisticsSettings statistics) {
            this(inputs, goldDir, modelPath, leaveOnePortalOut, reportPath, limits, maxGroupBytes, statistics, 0);
        }
    }

    public record Result(EvalTable table, Map<String, Object> report) {
    }


    private EvalJob() {
    }

    public static Result run(SparkSession spark, Options options) {
        if (options.modelPath() != null && options.leaveOnePortalOut()) {
            throw new JobFailure(JobFailure.USAGE, "give either --model or --leave-one-portal-out, not both");
        }
        var conf = spark.sparkContext().hadoopConfiguration();
        BlockModel given = options.modelPath() == null ? null : BuildJob.loadModel(options.modelPath(), conf);
        Map<String, GoldPage> gold = BuildJob.loadGold(options.goldDir(), conf);
        if (gold.isEmpty()) {
            throw new JobFailure(JobFailure.INPUT, "no gold pages (*.tsv) under " + options.goldDir());
        }
        RunReport reading = new RunReport();
        Corpus corpus = Corpus.load(spark, options.inputs(), options.limits(), options.maxGroupBytes(),
                options.statistics(), reading);
        Set<String> keys = Set.copyOf(gold.keySet());
        List<Page> labelledPages = new ArrayList<>(corpus.pages().filter(p -> GoldIndex.find(keys, p.source()) != null).collect());
        labelledPages.sort((a, b) -> a.source().compareTo(b.source()));
        Map<String, String> goldKeyBySource;
        try {
            goldKeyBySource = GoldIndex.match(keys, labelledPages.stream().map(Page::source).toList());
        } catch (IllegalArgumentException e) {
            throw new JobFailure(JobFailure.INPUT, e.getMessage(), e);
        }
        Map<String, Label[]> goldLabels = new LinkedHashMap<>();
        for (Page page : labelledPages) {
            try {
                goldLabels.put(page.docId(), gold.get(goldKeyBySource.get(page.source())).alignTo(page.blocks()));
            } catch (IllegalArgumentException e) {
                throw new JobFailure(JobFailure.INPUT, e.getMessage(), e);
            }
        }

        CountTable stats = corpus.stats().table();
        Stoplist corpusStoplist = StoplistLearning.learn(corpus.pages(), StoplistLearner.STOPLIST_SIZE);
        Stoplist baselineStoplist = StoplistLearning.learn(corpus.pages(), JusText.STOPLIST_SIZE);
        EvalTable table = new EvalTable();
        List<Map<String, Object>> learnedErrors = new ArrayList<>();
        List<Map<String, Object>> pageScores = new ArrayList<>();
        Map<String, Object> models = new LinkedHashMap<>();
        String mode;
        if (options.leaveOnePortalOut()) {
            int folds = options.portalFolds();
            mode = folds > 0 ? "leave-portals-out in " + folds + " folds of portals" : "leave-one-portal-out";
            Map<String, List<Page>> byPortal = new TreeMap<>();
            labelledPages.forEach(p -> byPortal.computeIfAbsent(folds > 0 ? "fold " + portalFold(p.portal(), folds) : p.portal(),
                    k -> new ArrayList<>()).add(p));
            for (Map.Entry<String, List<Page>> heldOut : byPortal.entrySet()) {
                Map<String, GoldPage> trainingGold = new LinkedHashMap<>(gold);
                heldOut.getValue().forEach(p -> trainingGold.remove(goldKeyBySource.get(p.source())));
                BlockModel model = ModelTraining.train(spark, corpus.pages(), corpus.statsBroadcast(), corpusStoplist,
                        trainingGold, options.inputs(), ModelTraining.Settings.DEFAULTS);
                models.put(heldOut.getKey(), Map.of("model_id", model.id(), "gold_pages", trainingGold.size()));
                score(table, heldOut.getValue(), goldLabels, goldKeyBySource, classifiers(model, stats, baselineStoplist),
                        pageScores, learnedErrors);
            }
        } else {
            BlockModel model = given;
            mode = "given model";
            if (model == null) {
                mode = "shipped model with the input's stoplist (what build does without --model)";
                model = DefaultModel.adaptedTo(DefaultModel.load(), corpusStoplist, options.inputs());
            }
            models.put("all", Map.of("model_id", model.id()));
            score(table, labelledPages, goldLabels, goldKeyBySource, classifiers(model, stats, baselineStoplist), pageScores,
                    learnedErrors);
        }
        corpus.release();

        Map<String, Object> report = new LinkedHashMap<>();
        report.put("job", "eval");
        report.put("mode", mode);
        report.put("sarikata_version", Versions.SARIKATA);
        report.put("inputs", options.inputs());
        report.put("gold", options.goldDir());
        report.put("gold_pages", gold.size());
        report.put("corpus_statistics", reading.get("corpus_statistics"));
        report.put("models", models);
        report.put("stoplist_for_baselines", baselineStoplist.words().size() + " words learned from the input (jusText's own stoplists are not available)");
        report.put("scores", table.toMap());
        pageScores.sort((a, b) -> ((String) a.get("source")).compareTo((String) b.get("source")));
        report.put("page_scores", pageScores);
        report.put("learned_model_errors", learnedErrors);
        if (options.reportPath() != null) {
            JsonReport.write(options.reportPath(), report, conf);
        }
        return new Result(table, report);
    }

    /** The fold a portal is held out in: the same on every run. */
    static int portalFold(String portal, int folds) {
        return Math.floorMod(Hash64.of(portal, 'f', ""), folds);
    }

    /** The learned model first, then the baselines, all on the same blocks. */
    static List<BlockClassifier> classifiers(BlockModel model, CountTable stats, Stoplist baselineStoplist) {
        return List.of(new ModelClassifier(LEARNED, model, stats), new KeepEverything(),
                new JusText(baselineStoplist), new BoilerpipeArticle());
    }

    /**
     * Scores every classifier on every page: into the table, and per page into {@code pageScores} (one entry per
     * page: its source, portal, gold file and each classifier's scores); the learned model's wrong blocks are
     * listed so a reader can see what it misses.
     */
    private static void score(EvalTable table, List<Page> pages, Map<String, Label[]> gold, Map<String, String> goldKeyBySource,
                              List<BlockClassifier> classifiers, List<Map<String, Object>> pageScores,
                              List<Map<String, Object>> learnedErrors) {
        for (Page page : pages) {
            Label[] expected = gold.get(page.docId());
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("source", page.source());
            entry.put("portal", page.portal());
            entry.put("gold", goldKeyBySource.get(page.source()));
            entry.put("blocks", page.blocks().size());
            Map<String, Object> byClassifier = new LinkedHashMap<>();
            for (BlockClassifier c : classifiers) {
                Label[] predicted = c.classify(page);
                Scores onPage = new Scores();
                onPage.add(page.blocks(), expected, predicted);
                table.scores(page.portal(), c.name()).addAll(onPage);
                byClassifier.put(c.name(), onPage.toPageMap());
                if (c.name().equals(LEARNED)) {
                    for (int i = 0; i < predicted.length; i++) {
                        if (predicted[i] != expected[i]) {
                            Map<String, Object> error = new LinkedHashMap<>();
                            error.put("source", page.source());
                            error.put("line", page.blocks().get(i).lineStart());
                            error.put("gold", expected[i].code());
                            error.put("predicted", predicted[i].code());
                            error.put("text", page.blocks().get(i).text());
                            learnedErrors.add(error);
                        }
                    }
                }
            }
            entry.put("scores", byClassifier);
            pageScores.add(entry);
        }
    }
}
