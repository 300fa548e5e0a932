package io.sarikata.bench;

import io.sarikata.input.PageUnpacker;
import io.sarikata.input.RawPage;
import io.sarikata.input.ReaderLimits;
import io.sarikata.page.DecodeResult;
import io.sarikata.page.PageDecoder;
import io.sarikata.spark.InputFile;
import io.sarikata.spark.InputPlanner;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.LongAccumulator;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The least a build must do, as a yardstick for it: list the inputs and pack them into read tasks as the
 * build does ({@link InputPlanner}), then in each task open, unpack ({@link PageUnpacker}) and decode
 * ({@link PageDecoder}) every page and write one Parquet row per page ({@code source}, {@code text}: the
 * decoded lines joined by newlines), zstd-compressed. No segmentation, statistics, model or verification;
 * pages stream through a task one input file at a time.
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
        // The build's task layout (Corpus.load): about maxGroupBytes per task, at least two tasks per core.
        List<List<InputFile>> groups = InputPlanner.group(listing.files(), maxGroupBytes, jsc.defaultParallelism() * 2);
        LongAccumulator pages = jsc.sc().longAccumulator("floor pages");
        LongAccumulator rejects = jsc.sc().longAccumulator("floor rejects");
        JavaRDD<Row> rows = jsc.parallelize(groups, Math.max(1, groups.size()))
                .flatMap(group -> new Rows(group, limits, pages, rejects));
        spark.createDataFrame(rows, SCHEMA).write().mode(SaveMode.ErrorIfExists).option("compression", "zstd")
                .parquet(out);
        return new Result(pages.value(), rejects.value() + listing.rejects().size(), groups.size());
    }

    /** A task's rows, one input file unpacked at a time. */
    private static final class Rows implements Iterator<Row> {
        private final Iterator<InputFile> files;
        private final PageUnpacker unpacker;
        private final PageDecoder decoder;
        private final LongAccumulator pages;
        private final LongAccumulator rejects;
        private final Configuration conf = new Configuration();
        private final ArrayDeque<Row> ready = new ArrayDeque<>();

        Rows(List<InputFile> files, ReaderLimits limits, LongAccumulator pages, LongAccumulator rejects) {
            this.files = files.iterator();
            this.unpacker = new PageUnpacker(limits);
            this.decoder = new PageDecoder(limits);
            this.pages = pages;
            this.rejects = rejects;
        }

        @Override
        public boolean hasNext() {
            while (ready.isEmpty() && files.hasNext()) {
                InputFile file = files.next();
                Path path = new Path(file.path());
                unpacker.unpack(file.path(), file.portalHint(), () -> path.getFileSystem(conf).open(path),
                        this::decode, reject -> rejects.add(1));
            }
            return !ready.isEmpty();
        }

        private void decode(RawPage raw) {
            DecodeResult result = decoder.decode(raw);
            if (result instanceof DecodeResult.Decoded decoded) {
                ready.add(RowFactory.create(raw.source(), String.join("\n", decoded.page().lines())));
                pages.add(1);
            } else {
                rejects.add(1);
            }
        }

        @Override
        public Row next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return ready.poll();
        }
    }
}
