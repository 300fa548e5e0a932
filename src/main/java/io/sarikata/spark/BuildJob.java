package io.sarikata.spark;

import io.sarikata.features.CountTable;
import io.sarikata.model.BlockModel;
import io.sarikata.model.GoldPage;
import io.sarikata.model.InvalidModelException;
import io.sarikata.model.LabelledBlock;
import io.sarikata.model.ModelJson;
import io.sarikata.model.PageLabeler;
import io.sarikata.segment.Page;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import scala.Tuple2;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The corpus build: list inputs, read and segment pages in tasks, count the corpus, learn or load the
 * model, label every block, write documents, blocks and rejects, and prove that every input page
 * ended in exactly one of documents or rejects.
 */
public final class BuildJob {

    private BuildJob() {
    }

    public static RunReport run(SparkSession spark, BuildOptions options) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        RunReport report = new RunReport()
                .put("job", "build")
                .put("started_at", Instant.now().toString())
                .put("sarikata_version", Versions.SARIKATA)
                .put("spark_version", spark.version())
                .put("inputs", options.inputs())
                .put("output", options.output());
        if (options.incremental() && options.modelPath() == null) {
            throw new JobFailure(JobFailure.USAGE, "--incremental needs --model: a model learned anew each night would relabel everything");
        }

        BlockModel givenModel = options.modelPath() == null ? null : loadModel(options.modelPath(), conf);
        Map<String, GoldPage> gold = options.goldDir() == null ? Map.of() : loadGold(options.goldDir(), conf);
        SnapshotStore store;
        Path snapshot;
        String previousRun;
        try {
            store = new SnapshotStore(options.output(), conf);
            previousRun = store.latest();
            snapshot = store.begin();
        } catch (IOException e) {
            throw new JobFailure(JobFailure.OUTPUT, "cannot write to output " + options.output() + ": " + e.getMessage(), e);
        }
        String out = snapshot.toString();
        report.put("run_id", snapshot.getName()).put("snapshot", out);

        InputPlanner.Listing listing = Corpus.list(options.inputs(), conf);
        if (listing.files().isEmpty() && listing.rejects().isEmpty()) {
            throw new JobFailure(JobFailure.INPUT, "no input files under " + String.join(", ", options.inputs()));
        }
        IncrementalPlan plan = !options.incremental() ? IncrementalPlan.full(listing.files(), "full build")
                : previousRun == null ? IncrementalPlan.full(listing.files(), "no earlier snapshot: full build")
                : IncrementalPlan.compare(listing.files(), SnapshotFiles.readManifest(spark, store.snapshot(previousRun)),
                previousRun, givenModel.id());
        String previous = plan.previousRun() == null ? null : store.snapshot(plan.previousRun()).toString();
        report.put("incremental", Map.of("plan", plan.why(), "reused_files", plan.reuse().size(),
                "read_files", plan.read().size(), "removed_files", plan.removedFiles()));

        CorpusStatistics.Prior prior = previous == null ? null : SnapshotFiles.readStatistics(spark, previous);
        Corpus corpus = Corpus.load(spark, plan.read(), listing, prior, options.limits(), options.maxGroupBytes(),
                options.maxStatsKeys(), options.progressSeconds(), report);
        Broadcast<CountTable> statsB = corpus.statsBroadcast();

        BlockModel model = givenModel;
        if (model == null) {
            model = TrainJob.learn(spark, corpus, gold, options.inputs());
            report.put("model_source", "learned from the input in this run");
            report.stepDone("learn_model");
        } else {
            report.put("model_source", options.modelPath());
        }
        report.put("model_id", model.id());
        Broadcast<BlockModel> modelB = jsc.broadcast(model);
        String modelId = model.id();

        String failOnSource = spark.conf().get(FAULT_INJECTION_KEY, "");
        // Labelling runs once per dataset written: it costs less than caching every labelled page serialised.
        JavaRDD<Tuple2<Page, List<LabelledBlock>>> labelled = corpus.pages()
                .map(p -> {
                    failIfInjected(failOnSource, p.source());
                    return new Tuple2<>(p, new PageLabeler(modelB.value()).label(p.blocks(), p.portal(), statsB.value()));
                });
        Dataset<Row> documents = spark.createDataFrame(labelled.map(t -> OutputRows.document(t._1(), t._2(), modelId)),
                OutputRows.DOCUMENTS);
        Dataset<Row> blocks = spark.createDataFrame(labelled.flatMap(t -> OutputRows.blocks(t._1(), t._2()).iterator()),
                OutputRows.BLOCKS);
        Dataset<Row> rejects = spark.createDataFrame(corpus.items().filter(i -> !i.isPage()).map(ReadItem::reject)
                .map(OutputRows::reject), OutputRows.REJECTS);
        long reusedPages = 0;
        if (previous != null && !plan.reuse().isEmpty()) {
            SnapshotFiles.Reused reused = SnapshotFiles.reuse(spark, previous, plan.reuse());
            reusedPages = reused.pages();
            int partitions = Math.max(1, (int) Math.min(Integer.MAX_VALUE,
                    (listing.files().stream().mapToLong(InputFile::size).sum() + options.maxGroupBytes() - 1) / options.maxGroupBytes()));
            // Reused rows are rewritten with the new ones into few files, so nightly runs do not pile up small files.
            documents = documents.unionByName(reused.documents()).coalesce(partitions);
            blocks = blocks.unionByName(reused.blocks()).coalesce(partitions);
            rejects = rejects.unionByName(reused.rejects());
        }
        long inputPages = corpus.inputPages() + reusedPages;

        SnapshotFiles.write(spark, out, documents, blocks, rejects, listing.files(), modelId, corpus.stats(), model);
        report.stepDone("label_and_write");

        boolean balanced = verify(spark, out, inputPages, corpus.inputPages(), reusedPages, report);
        report.stepDone("verify_outputs");
        report.put("finished_at", Instant.now().toString());
        corpus.release();
        try {
            HadoopFiles.write(out + "/" + SnapshotFiles.RUN_REPORT, report.toJson(), conf);
        } catch (IOException e) {
            throw new JobFailure(JobFailure.OUTPUT, "cannot write " + out + "/_run.json: " + e.getMessage(), e);
        }
        if (!balanced) {
            throw new JobFailure(JobFailure.ACCOUNTING, "pages lost: " + report.get("accounting")
                    + " (see " + out + "/_run.json); the snapshot was not published");
        }
        try {
            store.publish(snapshot, options.keepSnapshots());
        } catch (IOException e) {
            throw new JobFailure(JobFailure.OUTPUT, "cannot publish " + out + ": " + e.getMessage(), e);
        }
        return report;
    }

    /**
     * Reads the written snapshot back and checks that every input page is in exactly one of documents or
     * rejects; records the counts in the report.
     */
    static boolean verify(SparkSession spark, String out, long inputPages, long readThisRun, long reusedPages,
                          RunReport report) {
        long documents = spark.read().parquet(out + "/" + SnapshotFiles.DOCUMENTS).count();
        long rejects = spark.read().parquet(out + "/" + SnapshotFiles.REJECTS).count();
        Map<String, Long> blocksByLabel = new TreeMap<>();
        spark.read().parquet(out + "/" + SnapshotFiles.BLOCKS).groupBy("label").count().collectAsList()
                .forEach(r -> blocksByLabel.put(r.getString(0), r.getLong(1)));
        Map<String, Long> rejectsByReason = new TreeMap<>();
        spark.read().parquet(out + "/" + SnapshotFiles.REJECTS).groupBy("reason").count().collectAsList()
                .forEach(r -> rejectsByReason.put(r.getString(0), r.getLong(1)));
        Map<String, Object> accounting = new LinkedHashMap<>();
        accounting.put("input_pages", inputPages);
        accounting.put("read_this_run", readThisRun);
        accounting.put("reused_from_previous_run", reusedPages);
        accounting.put("documents", documents);
        accounting.put("rejects", rejects);
        accounting.put("balanced", inputPages == documents + rejects);
        report.put("accounting", accounting)
                .put("blocks_by_label", blocksByLabel)
                .put("rejects_by_reason", rejectsByReason);
        return inputPages == documents + rejects;
    }

    /**
     * Tests set this Spark setting to a piece of a page's source to make labelling that page fail, which
     * kills the build midway through writing, as a crash would.
     */
    public static final String FAULT_INJECTION_KEY = "spark.sarikata.test.failOnSource";

    private static void failIfInjected(String failOnSource, String source) {
        if (!failOnSource.isEmpty() && source.contains(failOnSource)) {
            throw new IllegalStateException("injected failure on " + source + " (" + FAULT_INJECTION_KEY + ")");
        }
    }

    static BlockModel loadModel(String path, Configuration conf) {
        try {
            return ModelJson.read(HadoopFiles.read(path, conf), path);
        } catch (FileNotFoundException e) {
            throw new JobFailure(JobFailure.MODEL, "model not found: " + path);
        } catch (IOException e) {
            throw new JobFailure(JobFailure.MODEL, "cannot read model " + path + ": " + e.getMessage(), e);
        } catch (InvalidModelException e) {
            throw new JobFailure(JobFailure.MODEL, "invalid model: " + e.getMessage(), e);
        }
    }

    static Map<String, GoldPage> loadGold(String dir, Configuration conf) {
        try {
            return GoldSet.load(dir, conf);
        } catch (FileNotFoundException e) {
            throw new JobFailure(JobFailure.INPUT, "gold folder not found: " + dir);
        } catch (IOException | IllegalArgumentException e) {
            throw new JobFailure(JobFailure.INPUT, "cannot read gold pages in " + dir + ": " + e.getMessage(), e);
        }
    }
}
