package io.sarikata.bench;

import io.sarikata.input.PageUnpacker;
import io.sarikata.input.ReaderLimits;
import io.sarikata.model.Label;
import io.sarikata.model.LabelledBlock;
import io.sarikata.page.DecodeResult;
import io.sarikata.page.PageDecoder;
import io.sarikata.segment.Block;
import io.sarikata.segment.Page;
import io.sarikata.sources.InputFile;
import io.sarikata.sources.InputOpener;
import io.sarikata.sources.InputPlanner;
import io.sarikata.jobs.LabelAndWrite;
import io.sarikata.output.ParquetRowWriter;
import io.sarikata.snapshot.StagedCommit;
import io.sarikata.output.StagedDataset;
import io.sarikata.output.TaskOutput;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
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
 *
 * <p>{@link #runOutput} is the floor of the build's own output: the same, but each task segments its pages and
 * writes the build's documents, blocks and rejects ({@link LabelAndWrite}), each block labelled by its length
 * alone. What a build costs beyond it is the statistics, the model and the verification.
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

    /** The floor: one row per page. */
    public static Result run(SparkSession spark, List<String> inputs, String out, ReaderLimits limits,
                             long maxGroupBytes) throws IOException {
        return run(spark, inputs, out, maxGroupBytes, (partition, files) -> writePages(partition, files, out, limits));
    }

    /** The floor of the build's output: its documents, blocks and rejects, labelled by {@link #labelByLength}. */
    public static Result runOutput(SparkSession spark, List<String> inputs, String out, ReaderLimits limits,
                                   long maxGroupBytes) throws IOException {
        return run(spark, inputs, out, maxGroupBytes, (partition, files) -> writeOutput(partition, files, out, limits));
    }

    private static Result run(SparkSession spark, List<String> inputs, String out, long maxGroupBytes,
                              TaskOutput.GroupWriter writer) throws IOException {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        InputPlanner.Listing listing = InputPlanner.list(inputs, conf);
        List<List<InputFile>> groups = InputPlanner.readTasks(listing.files(), maxGroupBytes, jsc.defaultParallelism());
        List<TaskOutput> outputs = TaskOutput.writeGroups(jsc, groups, writer);
        StagedCommit.commit(out, outputs, conf);
        long pages = outputs.stream().mapToLong(TaskOutput::documents).sum();
        long rejects = outputs.stream().mapToLong(TaskOutput::rejects).sum();
        return new Result(pages, rejects + listing.rejects().size(), groups.size());
    }

    /** What the output floor's documents name as their labels' source. */
    static final String LENGTH_RULE = "length-rule";

    /**
     * A block of this many characters or more is body. On the 1 GB bench corpus the build labelled 96 % of its
     * body text so (745 of 777 million characters) and 0.1 % of its navigation text: documents come out about as
     * large as the build's, at no cost per block.
     */
    static final int BODY_CHARS = 100;

    /**
     * Labels by {@link #BODY_CHARS}. Scores are spread as a model's are, nearly unique per block (from the page's id,
     * the block's place and length), so the blocks' score column costs what the build's does: constant scores
     * compressed away, and made the blocks a quarter smaller than the build's.
     */
    static List<LabelledBlock> labelByLength(Page page) {
        List<LabelledBlock> labelled = new ArrayList<>(page.blocks().size());
        long pageSeed = page.docId().hashCode();
        for (Block block : page.blocks()) {
            int length = block.text().length();
            boolean body = length >= BODY_CHARS;
            double spread = (mix(pageSeed * 31 + block.index() * 131071L + length) >>> 11) * 0x1.0p-53;
            labelled.add(new LabelledBlock(block, body ? Label.BODY : Label.NAV, body ? 0.5 + spread / 2 : spread / 2,
                    body ? LENGTH_BODY : LENGTH_NAV));
        }
        return labelled;
    }

    private static final String LENGTH_BODY = LENGTH_RULE + ":body";
    private static final String LENGTH_NAV = LENGTH_RULE + ":nav";

    /** SplitMix64's finaliser. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** One read task of the output floor: its files' documents, blocks and rejects, into the task's staging folder. */
    static TaskOutput writeOutput(int partition, List<InputFile> files, String out, ReaderLimits limits)
            throws IOException {
        return LabelAndWrite.run(partition, files, new LabelAndWrite.Settings(out, limits, ""), LENGTH_RULE,
                FloorJob::labelByLength, io.sarikata.corpus.Stopwords.NONE, null, null);
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
                unpacker.unpack(file.path(), file.portalHint(), () -> opener.open(file.location()), raw -> {
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
