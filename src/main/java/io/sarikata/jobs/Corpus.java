package io.sarikata.jobs;

import io.sarikata.JobFailure;
import io.sarikata.sources.FileGroup;
import io.sarikata.sources.InputFile;
import io.sarikata.sources.InputPlanner;
import io.sarikata.sources.PageReading;
import io.sarikata.sources.ReadItem;
import io.sarikata.statistics.CorpusStatistics;
import io.sarikata.statistics.StatisticsSettings;
import io.sarikata.features.CountTable;
import io.sarikata.features.PageSample;
import io.sarikata.input.PageUnpacker;
import io.sarikata.input.ReaderLimits;
import io.sarikata.segment.Page;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The pages of a run, read once and kept: what every job starts from. {@code itemKinds} counts what
 * reading gave ("page", "reject:<reason>"), which is the input side of the accounting check.
 */
public record Corpus(JavaRDD<ReadItem> items, JavaRDD<Page> pages, Map<String, Long> itemKinds,
                     CorpusStatistics.Result stats, Broadcast<CountTable> statsBroadcast) {

    /** How often long runs log their progress, in seconds; 0 turns it off. */
    public static final int PROGRESS_SECONDS = 30;

    public static Corpus load(SparkSession spark, List<String> inputs, ReaderLimits limits, long maxGroupBytes,
                              StatisticsSettings statistics, RunReport report) {
        return load(spark, inputs, limits, maxGroupBytes, statistics, PROGRESS_SECONDS, report);
    }

    public static Corpus load(SparkSession spark, List<String> inputs, ReaderLimits limits, long maxGroupBytes,
                              StatisticsSettings statistics, int progressSeconds, RunReport report) {
        InputPlanner.Listing listing = list(inputs, spark.sparkContext().hadoopConfiguration());
        if (listing.files().isEmpty()) {
            throw new JobFailure(JobFailure.INPUT, "no input files under " + String.join(", ", inputs));
        }
        return load(spark, listing.files(), listing, limits, maxGroupBytes, statistics, progressSeconds, report);
    }

    /** Reads {@code files} and keeps their pages; counts the corpus on its statistics sample. */
    private static Corpus load(SparkSession spark, List<InputFile> files, InputPlanner.Listing listing,
                               ReaderLimits limits, long maxGroupBytes, StatisticsSettings statistics,
                               int progressSeconds, RunReport report) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        List<List<InputFile>> groups = plan(jsc, files, listing, maxGroupBytes, report, "list_inputs");
        LongAccumulator pagesRead = jsc.sc().longAccumulator("pages read");
        LongAccumulator bytesRead = jsc.sc().longAccumulator("bytes read");
        JavaRDD<ReadItem> items = read(jsc, groups, limits, pagesRead, bytesRead)
                .union(jsc.parallelize(listing.rejects().stream().map(ReadItem::of).toList(), 1))
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        Map<String, Long> itemKinds;
        try (ProgressLog progress = new ProgressLog("reading", pagesRead, bytesRead, bytes(files), progressSeconds)) {
            itemKinds = new TreeMap<>(items.map(i -> i.isPage() ? "page" : "reject:" + i.reject().reason()).countByValue());
        }
        report.stepDone("read_pages");

        JavaRDD<Page> pages = items.filter(ReadItem::isPage).map(ReadItem::page);
        PageSample sample = statistics.sampleFor(bytes(files));
        CorpusStatistics.Result stats = CorpusStatistics.count(pages.filter(p -> sample.contains(p.source())), null,
                statistics.maxKeys(), sample);
        report.put("corpus_statistics", statisticsSummary(stats, null));
        report.stepDone("corpus_statistics");
        return new Corpus(items, pages, itemKinds, stats, jsc.broadcast(stats.table()));
    }

    /** Packs {@code files} into read tasks and records what will be read, ending the report's {@code step}. */
    static List<List<InputFile>> plan(JavaSparkContext jsc, List<InputFile> files, InputPlanner.Listing listing,
                                      long maxGroupBytes, RunReport report, String step) {
        List<List<InputFile>> groups = InputPlanner.readTasks(files, maxGroupBytes, jsc.defaultParallelism());
        report.put("input_root", listing.root())
                .put("input_files", listing.files().size())
                .put("input_bytes", bytes(listing.files()))
                .put("skipped_hidden_files", listing.skippedHidden())
                .put("read_files", files.size()).put("read_bytes", bytes(files)).put("read_tasks", groups.size());
        report.stepDone(step);
        return groups;
    }

    /** Every page and reject of the groups, one task per group, read afresh each time the RDD is computed. */
    static JavaRDD<ReadItem> read(JavaSparkContext jsc, List<List<InputFile>> groups, ReaderLimits limits,
                                  LongAccumulator pagesRead, LongAccumulator bytesRead) {
        return jsc.parallelize(FileGroup.of(groups), Math.max(1, groups.size()))
                .flatMap(group -> PageReading.read(group.files(), limits, pagesRead, bytesRead));
    }

    /** Decides, by its source, whether a page is read. */
    @FunctionalInterface
    interface PageChoice extends Serializable {
        boolean chosen(String source);
    }

    /**
     * The groups' files that may hold chosen pages: single-page files whose path is chosen, and every bundle,
     * since a bundle's pages are chosen one by one.
     */
    static List<List<InputFile>> filesOfChosenPages(List<List<InputFile>> groups, PageChoice choice) {
        return groups.stream()
                .map(g -> g.stream().filter(f -> PageUnpacker.isBundle(f.path()) || choice.chosen(f.path())).toList())
                .filter(g -> !g.isEmpty())
                .toList();
    }

    /** The chosen pages of the groups ({@link #filesOfChosenPages} first, so unchosen files are never opened). */
    static JavaRDD<Page> readChosen(JavaSparkContext jsc, List<List<InputFile>> groups, ReaderLimits limits,
                                    PageChoice choice, LongAccumulator pagesRead, LongAccumulator bytesRead) {
        return read(jsc, groups, limits, pagesRead, bytesRead)
                .filter(ReadItem::isPage).map(ReadItem::page)
                .filter(p -> choice.chosen(p.source()));
    }

    static Map<String, Object> statisticsSummary(CorpusStatistics.Result stats, CorpusStatistics.Prior prior) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("sample_share", stats.table().sample().share());
        summary.put("counted_pages", stats.countedPages());
        summary.put("repeated_keys", stats.repeatedKeys());
        summary.put("kept_keys", stats.table().size());
        summary.put("truncated", stats.truncated());
        summary.put("added_to_previous_run", prior != null);
        return summary;
    }

    static long bytes(List<InputFile> files) {
        return files.stream().mapToLong(InputFile::size).sum();
    }

    public long inputPages() {
        return itemKinds.values().stream().mapToLong(Long::longValue).sum();
    }

    public void release() {
        items.unpersist();
        stats.keyCounts().unpersist();
        statsBroadcast.destroy();
    }

    static InputPlanner.Listing list(List<String> inputs, Configuration conf) {
        try {
            return InputPlanner.list(inputs, conf);
        } catch (FileNotFoundException e) {
            throw new JobFailure(JobFailure.INPUT, e.getMessage(), e);
        } catch (IOException e) {
            throw new JobFailure(JobFailure.INPUT, "cannot list inputs: " + e.getMessage(), e);
        }
    }
}
