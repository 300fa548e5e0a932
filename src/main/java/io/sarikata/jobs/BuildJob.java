package io.sarikata.jobs;

import io.sarikata.sources.ContentHashes;
import io.sarikata.JobFailure;
import io.sarikata.Versions;
import io.sarikata.output.OutputRows;
import io.sarikata.output.TaskOutput;
import io.sarikata.output.WriteFailures;
import io.sarikata.snapshot.IncrementalPlan;
import io.sarikata.snapshot.SnapshotFiles;
import io.sarikata.snapshot.SnapshotStore;
import io.sarikata.snapshot.StagedCommit;
import io.sarikata.sources.HadoopFiles;
import io.sarikata.sources.InputFile;
import io.sarikata.sources.InputPlanner;
import io.sarikata.statistics.CorpusStatistics;
import io.sarikata.statistics.StoplistLearning;
import io.sarikata.features.CountTable;
import io.sarikata.features.PageSample;
import io.sarikata.model.BlockModel;
import io.sarikata.model.DefaultModel;
import io.sarikata.features.StoplistLearner;
import io.sarikata.model.GoldPage;
import io.sarikata.model.InvalidModelException;
import io.sarikata.model.ModelJson;
import io.sarikata.segment.Page;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The corpus build: list inputs, read and segment pages in tasks, count the corpus, learn or load the
 * model, label every block, write documents, blocks and rejects, and prove that every input page
 * ended in exactly one of documents or rejects.
 */
public final class BuildJob {

    private BuildJob() {
    }

    public static RunReport run(SparkSession spark, BuildOptions options) {
        SnapshotStore store;
        try {
            store = new SnapshotStore(options.output(), spark.sparkContext().hadoopConfiguration(),
                    spark.conf().get(SnapshotStore.FAULT_KEY, ""));
        } catch (IOException e) {
            throw new JobFailure(JobFailure.OUTPUT, "cannot write to output " + options.output() + ": " + e.getMessage(), e);
        }
        try {
            return build(spark, options, store);
        } catch (Throwable e) { // Spark's own exceptions are checked ones, thrown unchecked
            // A full disk or a forbidden folder, in a task or here: exit 5 with one line, and this run's unpublished
            // files removed at once, since they only take space.
            JobFailure failure = e instanceof JobFailure f ? f : WriteFailures.outputFailure(e, options.output());
            if (failure == null) {
                throw e;
            }
            if (failure.exitCode() == JobFailure.OUTPUT) {
                store.discardUnpublished();
            }
            throw failure;
        } finally {
            store.close();
        }
    }

    private static RunReport build(SparkSession spark, BuildOptions options, SnapshotStore store) {
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
        // Listed before the output root is touched: a wrong --input leaves nothing there.
        InputPlanner.Listing listing = Corpus.list(options.inputs(), conf);
        if (listing.files().isEmpty() && listing.rejects().isEmpty()) {
            throw new JobFailure(JobFailure.INPUT, "no input files under " + String.join(", ", options.inputs()));
        }
        Path snapshot;
        String previousRun;
        try {
            snapshot = store.begin();
            previousRun = store.latest();
        } catch (IOException e) {
            throw new JobFailure(JobFailure.OUTPUT, "cannot write to output " + options.output() + ": " + e.getMessage(), e);
        }
        String out = snapshot.toString();
        report.put("run_id", snapshot.getName()).put("snapshot", out);

        report.stepDone("list_inputs");
        Map<String, String> hashes = null;
        if (options.checkContent()) {
            hashes = ContentHashes.of(jsc, InputPlanner.readTasks(listing.files(), options.maxGroupBytes(), jsc.defaultParallelism()));
            report.stepDone("content_hashes");
        }
        Map<String, IncrementalPlan.Seen> seen = options.incremental() && previousRun != null
                ? SnapshotFiles.readManifest(spark, store.snapshot(previousRun)) : Map.of();
        IncrementalPlan plan = !options.incremental() ? IncrementalPlan.full(listing.files(), "full build")
                : previousRun == null ? IncrementalPlan.full(listing.files(), "no earlier snapshot: full build")
                : IncrementalPlan.compare(listing.files(), seen, previousRun, givenModel.id(), hashes);
        // The manifest keeps a hash it holds for a file reused by size and time, so a later content check can use it.
        Map<String, String> manifestHashes = hashes != null ? hashes : new java.util.HashMap<>();
        if (hashes == null) {
            plan.reuse().forEach(f -> manifestHashes.put(f.path(), seen.get(f.path()).contentHash()));
        }
        String previous = plan.previousRun() == null ? null : store.snapshot(plan.previousRun()).toString();
        report.put("incremental", Map.of("plan", plan.why(), "reused_files", plan.reuse().size(),
                "read_files", plan.read().size(), "removed_files", plan.removedFiles()));

        CorpusStatistics.Prior prior = previous == null ? null : SnapshotFiles.readStatistics(spark, previous);
        // Reading the previous snapshot's manifest and statistics is its own step, so listing is timed alone.
        List<List<InputFile>> groups = Corpus.plan(jsc, plan.read(), listing, options.maxGroupBytes(), report,
                "read_previous_snapshot");
        long readBytes = Corpus.bytes(plan.read());

        // Pass 1 counts the corpus, or a sample of it when it is large (the sample an earlier snapshot was counted
        // on, when adding to it); pages are not kept, pass 2 reads them again: cheaper than caching them.
        PageSample sample = prior != null ? prior.sample() : options.statistics().sampleFor(readBytes);
        List<List<InputFile>> countedGroups = Corpus.filesOfChosenPages(groups, sample::contains);
        // Progress of reading: a bundle's pages are all read, though only the sample's are counted.
        LongAccumulator sampleReadPages = jsc.sc().longAccumulator("pages read for counting");
        LongAccumulator sampleReadBytes = jsc.sc().longAccumulator("bytes read for counting");
        CorpusStatistics.Result stats;
        try (ProgressLog progress = new ProgressLog("counting", sampleReadPages, sampleReadBytes,
                Corpus.bytes(countedGroups.stream().flatMap(List::stream).toList()), options.progressSeconds())) {
            stats = CorpusStatistics.count(Corpus.readChosen(jsc, countedGroups, options.limits(), sample::contains,
                    sampleReadPages, sampleReadBytes), prior, options.statistics().maxKeys(), sample);
        }
        report.put("corpus_statistics", Corpus.statisticsSummary(stats, prior));
        report.stepDone("corpus_statistics");
        Broadcast<CountTable> statsB = jsc.broadcast(stats.table());

        BlockModel model = givenModel;
        if (model == null) {
            JavaRDD<Page> training = TrainJob.trainingPages(jsc, groups, options.limits(), Set.copyOf(gold.keySet()),
                    Math.round(stats.countedPages() / sample.share()), ModelTraining.Settings.DEFAULTS.maxTrainingPages())
                    .persist(StorageLevel.MEMORY_AND_DISK_SER());
            if (options.learnFromInput() || !gold.isEmpty()) {
                model = TrainJob.learn(spark, training, statsB, gold, options.inputs());
                report.put("model_source", "learned from the input in this run");
            } else {
                model = DefaultModel.adaptedTo(DefaultModel.load(),
                        StoplistLearning.learn(training, StoplistLearner.STOPLIST_SIZE), options.inputs());
                report.put("model_source", "shipped model " + model.training().get("adapted"));
            }
            training.unpersist();
            report.stepDone("learn_model");
        } else {
            report.put("model_source", options.modelPath());
        }
        report.put("model_id", model.id());
        Broadcast<BlockModel> modelB = jsc.broadcast(model);

        // Pass 2 labels every page and writes documents, blocks and rejects from the same task.
        LabelAndWrite.Settings settings = new LabelAndWrite.Settings(out, options.limits(),
                spark.conf().get(FAULT_INJECTION_KEY, ""));
        LongAccumulator labelledPages = jsc.sc().longAccumulator("pages labelled");
        LongAccumulator labelledBytes = jsc.sc().longAccumulator("bytes labelled");
        List<TaskOutput> outputs;
        try (ProgressLog progress = new ProgressLog("labelling", labelledPages, labelledBytes, readBytes, options.progressSeconds())) {
            outputs = TaskOutput.writeGroups(jsc, groups, (partition, files) -> LabelAndWrite.run(partition, files,
                    settings, modelB.value(), statsB.value(), labelledPages, labelledBytes));
        }
        Map<String, Long> pagesByPortal = TaskOutput.sum(outputs, TaskOutput::documentsByPortal);
        long readThisRun = pagesByPortal.values().stream().mapToLong(Long::longValue).sum()
                + outputs.stream().mapToLong(TaskOutput::rejects).sum() + listing.rejects().size();
        long reusedPages = 0;
        try {
            StagedCommit.commit(out, outputs, conf);
            SnapshotFiles.writeRejects(out, listing.rejects(), conf);
            if (previous != null && !plan.reuse().isEmpty()) {
                reusedPages = SnapshotFiles.copyReused(spark, previous, out, plan.reuse(), options.maxGroupBytes());
                NearDuplicateStep.carryOver(spark, previous, out, plan.reuse(), options.maxGroupBytes());
            }
            StagedCommit.ensureDataset(out, SnapshotFiles.DOCUMENTS, OutputRows.DOCUMENTS, conf);
            StagedCommit.ensureDataset(out, SnapshotFiles.BLOCKS, OutputRows.BLOCKS, conf);
            StagedCommit.ensureDataset(out, SnapshotFiles.REJECTS, OutputRows.REJECTS, conf);
        } catch (IOException e) {
            throw new JobFailure(JobFailure.OUTPUT, "cannot write output " + out + ": " + e.getMessage(), e);
        }
        report.stepDone("label_and_write");
        Map<String, Object> duplicates = NearDuplicateStep.run(spark, out, reusedPages > 0);
        report.put("near_duplicates", duplicates);
        report.stepDone("near_duplicates");
        // The statistics keep the counts of every portal counted so far; the report counts the documents the snapshot
        // holds, read back when rows were carried over (adding the previous run's counts counted deleted files too).
        Set<String> countedPortals = new TreeSet<>(pagesByPortal.keySet());
        if (prior != null) {
            countedPortals.addAll(prior.pagesByPortal().keySet());
        }
        report.put("pages_by_portal", reusedPages == 0 ? pagesByPortal
                : countBy(spark, out + "/" + SnapshotFiles.DOCUMENTS, OutputRows.PARTITION_COLUMN));
        SnapshotFiles.write(spark, out, listing.files(), manifestHashes, model.id(), stats, countedPortals, model);
        statsB.destroy();
        stats.keyCounts().unpersist();
        report.stepDone("snapshot_files");

        long inputPages = readThisRun + reusedPages;
        // Rows copied from the previous run are not in this run's task counts: then the breakdowns are read back.
        boolean fromTasks = reusedPages == 0;
        Map<String, Long> rejectsByReason = TaskOutput.sum(outputs, TaskOutput::rejectsByReason);
        listing.rejects().forEach(r -> rejectsByReason.merge(r.reason(), 1L, Long::sum));
        boolean balanced = verify(spark, out, inputPages, readThisRun, reusedPages,
                fromTasks ? TaskOutput.sum(outputs, TaskOutput::blocksByLabel) : null,
                fromTasks ? rejectsByReason : null, report);
        report.stepDone("verify_outputs");
        if (balanced) {
            report.put("corpus", SnapshotCard.write(spark, out,
                    SnapshotCard.summarize(spark, out, report, duplicates, model.id(), options.inputs(),
                            fromTasks ? TaskOutput.content(outputs) : null)));
            report.stepDone("card_and_report");
        }
        report.put("finished_at", Instant.now().toString());
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
     * rejects; records the counts in the report. Blocks by label and rejects by reason are read back too
     * unless given (from the tasks that wrote every row).
     */
    static boolean verify(SparkSession spark, String out, long inputPages, long readThisRun, long reusedPages,
                          Map<String, Long> blocksByLabel, Map<String, Long> rejectsByReason, RunReport report) {
        long documents = spark.read().parquet(out + "/" + SnapshotFiles.DOCUMENTS).count();
        long rejects = spark.read().parquet(out + "/" + SnapshotFiles.REJECTS).count();
        if (blocksByLabel == null) {
            blocksByLabel = countBy(spark, out + "/" + SnapshotFiles.BLOCKS, "label");
        }
        if (rejectsByReason == null) {
            rejectsByReason = countBy(spark, out + "/" + SnapshotFiles.REJECTS, "reason");
        }
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

    private static Map<String, Long> countBy(SparkSession spark, String dataset, String column) {
        Map<String, Long> counts = new TreeMap<>();
        spark.read().parquet(dataset).groupBy(column).count().collectAsList()
                .forEach(r -> counts.put(r.getString(0), r.getLong(1)));
        return counts;
    }

    /**
     * Tests set this Spark setting to a piece of a page's source to make labelling that page fail, which
     * kills the build midway through writing, as a crash would.
     */
    public static final String FAULT_INJECTION_KEY = "spark.sarikata.test.failOnSource";
    /** A {@link #FAULT_INJECTION_KEY} value starting with this fails writing that page as a full disk does. */
    public static final String DISK_FULL = "disk-full:";

    static void failIfInjected(String failOnSource, String source) throws IOException {
        if (failOnSource.startsWith(DISK_FULL) && source.contains(failOnSource.substring(DISK_FULL.length()))) {
            throw new IOException("No space left on device (injected on " + source + ")");
        }
        if (!failOnSource.isEmpty() && source.contains(failOnSource)) {
            throw new IllegalStateException("injected failure on " + source + " (" + FAULT_INJECTION_KEY + ")");
        }
    }

    static BlockModel loadModel(String path, Configuration conf) {
        try {
            if (HadoopFiles.isDirectory(path, conf)) {
                throw new JobFailure(JobFailure.MODEL, "model " + path + " is a directory, not a model file: name its JSON file"
                        + " (a snapshot's is " + path.replaceAll("/+$", "") + "/model.json)");
            }
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
