package io.sarikata.bench;

import io.sarikata.input.PageUnpacker;
import io.sarikata.input.ReaderLimits;
import io.sarikata.page.DecodeResult;
import io.sarikata.page.PageDecoder;
import io.sarikata.spark.InputFile;
import io.sarikata.spark.InputOpener;
import io.sarikata.spark.InputPlanner;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import io.sarikata.spark.ParquetRowWriter;
import io.sarikata.spark.StagedCommit;
import io.sarikata.spark.StagedDataset;
import io.sarikata.spark.TaskOutput;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The least a build must do, as a yardstick for it: list the inputs and pack them into read tasks as the
 * build does ({@link InputPlanner}), then in each task open, unpack ({@link PageUnpacker}) and decode
 * ({@link PageDecoder}) every page and write one Parquet row per page ({@code source}, {@code text}: the
 * decoded lines joined by newlines) with the build's own writer ({@link StagedDataset}, zstd), committed as the
 * build commits. No segmentation, statistics, model or verification.
 */
public final class FloorJob {

    static final StructType SCHEMA = new StructType()
            .add("source", DataTypes.StringType, false)
            .add("text", DataTypes.StringType, false);

    /** Pages written, pages rejected by the readers, read tasks. */
    public record Result(long pages, long rejects, int tasks) {
    }

    private FloorJob() {
    }

    public static Result run(SparkSession spark, List<String> inputs, String out, ReaderLimits limits,
                             long maxGroupBytes) throws IOException {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        InputPlanner.Listing listing = InputPlanner.list(inputs, conf);
        List<List<InputFile>> groups = InputPlanner.readTasks(listing.files(), maxGroupBytes, jsc.defaultParallelism());
        List<TaskOutput> outputs = TaskOutput.writeGroups(jsc, groups,
                (partition, files) -> writePages(partition, files, out, limits));
        StagedCommit.commit(out, outputs, conf);
        long pages = outputs.stream().mapToLong(TaskOutput::documents).sum();
        long rejects = outputs.stream().mapToLong(TaskOutput::rejects).sum();
        return new Result(pages, rejects + listing.rejects().size(), groups.size());
    }

    /** One read task of the floor: its files' pages, one row each, into the task's staging folder. */
    static TaskOutput writePages(int partition, List<InputFile> files, String out, ReaderLimits limits)
            throws IOException {
        Path staging = StagedCommit.stagingFolderOfThisTask(out, partition);
        Configuration conf = new Configuration();
        InputOpener opener = new InputOpener();
        PageUnpacker unpacker = new PageUnpacker(limits);
        PageDecoder decoder = new PageDecoder(limits);
        List<String> written = new ArrayList<>();
        long[] pages = {0};
        long[] rejects = {0};
        try (StagedDataset dataset = new StagedDataset("pages", SCHEMA, false, staging, partition, conf, written)) {
            for (InputFile file : files) {
                unpacker.unpack(file.path(), file.portalHint(), () -> opener.open(file.path()), raw -> {
                    if (decoder.decode(raw) instanceof DecodeResult.Decoded decoded) {
                        String text = String.join("\n", decoded.page().lines());
                        write(dataset, c -> c.string(0, raw.source()).string(1, text));
                        pages[0]++;
                    } else {
                        rejects[0]++;
                    }
                }, reject -> rejects[0]++);
            }
        }
        return new TaskOutput(staging.toString(), written, Map.of("", pages[0]), Map.of("rejected", rejects[0]), Map.of());
    }

    private static void write(StagedDataset dataset, ParquetRowWriter.Row row) {
        try {
            dataset.write(null, row);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
