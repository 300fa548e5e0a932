package io.sarikata.snapshot;

import io.sarikata.sources.ContentHashes;
import io.sarikata.JobFailure;
import io.sarikata.output.OutputRows;
import io.sarikata.output.ParquetRowWriter;
import io.sarikata.output.StagedDataset;
import io.sarikata.output.TaskOutput;
import io.sarikata.sources.HadoopFiles;
import io.sarikata.sources.InputFile;
import io.sarikata.statistics.CorpusStatistics;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sarikata.model.BlockModel;
import io.sarikata.model.ModelJson;
import io.sarikata.input.Reject;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import io.sarikata.features.KeyCounter;
import io.sarikata.features.PageSample;
import io.sarikata.features.StatKeys;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.apache.spark.sql.functions.broadcast;

/**
 * What a snapshot holds besides its datasets, so that the next run can build on it: the manifest of
 * input files it read, and its corpus statistics (every key, not only the repeated ones).
 */
public final class SnapshotFiles {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    public static final String DOCUMENTS = "documents";
    public static final String BLOCKS = "blocks";
    public static final String REJECTS = "rejects";
    public static final String MANIFEST = "manifest";
    public static final String STATISTICS_KEYS = "corpus_stats/keys";
    public static final String STATISTICS_PORTALS = "corpus_stats/portals";
    public static final String STATISTICS_SAMPLE = "corpus_stats/sample.json";
    public static final String MODEL = "model.json";
    public static final String RUN_REPORT = "_run.json";

    static final StructType MANIFEST_SCHEMA = new StructType()
            .add("input_file", DataTypes.StringType, false)
            .add("size_bytes", DataTypes.LongType, false)
            .add("modified_ms", DataTypes.LongType, false)
            .add("model_id", DataTypes.StringType, false)
            // SHA-256 of the file's bytes for --incremental-check content, else empty (absent in older snapshots).
            .add("content_sha256", DataTypes.StringType, false);
    static final StructType KEYS_SCHEMA = new StructType()
            .add("key", DataTypes.LongType, false)
            .add("pages", DataTypes.IntegerType, false);
    static final StructType PORTALS_SCHEMA = new StructType()
            .add("portal", DataTypes.StringType, false)
            .add("pages", DataTypes.LongType, false);
    private static final StructType INPUT_FILES = new StructType().add("input_file", DataTypes.StringType, false);

    private SnapshotFiles() {
    }

    /** Rows of the previous snapshot for the input files an incremental run reuses. */
    public record Reused(Dataset<Row> documents, Dataset<Row> blocks, Dataset<Row> rejects, long pages) {
    }

    /**
     * Everything but the datasets: the manifest, the corpus statistics (with the pages they counted of each
     * of {@code portals}, and the sample they were counted on) and the model.
     */
    public static void write(SparkSession spark, String out, List<InputFile> listed, Map<String, String> contentHashes,
                             String modelId, CorpusStatistics.Result stats, Set<String> portals, BlockModel model) {
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        try {
            // The listing is on the driver already: written from there, one file, without a Spark job.
            try (ParquetRowWriter manifest = ParquetRowWriter.create(new Path(out + "/" + MANIFEST + "/part-00000.zstd.parquet"),
                    MANIFEST_SCHEMA, conf)) {
                for (InputFile f : listed) {
                    String hash = contentHashes.getOrDefault(f.path(), ContentHashes.NONE);
                    manifest.write(c -> c.string(0, f.path()).longValue(1, f.size()).longValue(2, f.modifiedMs()).string(3, modelId)
                            .string(4, hash));
                }
            }
            Set<Long> portalKeys = portals.stream().map(StatKeys::portalKey).collect(Collectors.toSet());
            writeKeys(stats.keyCounts(), portalKeys, out, conf);
            Map<Long, Integer> counted = countsOf(stats.keyCounts(), portalKeys);
            try (ParquetRowWriter writer = ParquetRowWriter.create(new Path(out + "/" + STATISTICS_PORTALS + "/part-00000.zstd.parquet"),
                    PORTALS_SCHEMA, conf)) {
                for (String portal : new TreeSet<>(portals)) {
                    long pages = counted.getOrDefault(StatKeys.portalKey(portal), 0);
                    writer.write(c -> c.string(0, portal).longValue(1, pages));
                }
            }
            HadoopFiles.write(out + "/" + STATISTICS_SAMPLE, MAPPER.writeValueAsString(
                    Map.of("share", stats.table().sample().share(), "chosen_by", "a hash of each page's source")), conf);
            HadoopFiles.write(out + "/" + MODEL, ModelJson.write(model), conf);
        } catch (IOException e) {
            throw new JobFailure(JobFailure.OUTPUT, "cannot write output " + out + ": " + e.getMessage(), e);
        }
    }

    /**
     * Every block and shape key's page count, written from the tasks that hold them. Portal keys are left
     * out: the portals file has their counts by name, which the next run turns back into keys.
     */
    private static void writeKeys(JavaRDD<KeyCounter> keyCounts, Set<Long> portalKeys, String out, Configuration conf)
            throws IOException {
        List<TaskOutput> outputs = keyCounts.mapPartitionsWithIndex((partition, counters) -> {
            Path staging = StagedCommit.stagingFolderOfThisTask(out, partition);
            List<String> written = new ArrayList<>();
            try (StagedDataset keys = new StagedDataset(STATISTICS_KEYS, KEYS_SCHEMA, false, staging, partition,
                    new Configuration(), written)) {
                while (counters.hasNext()) {
                    counters.next().forEach((key, count) -> {
                        if (portalKeys.contains(key)) {
                            return;
                        }
                        try {
                            keys.write(null, c -> c.longValue(0, key).integer(1, count));
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
                }
            }
            return List.of(new TaskOutput(staging.toString(), written, Map.of(), Map.of(), Map.of())).iterator();
        }, false).collect();
        StagedCommit.commit(out, outputs, conf);
        StagedCommit.ensureDataset(out, STATISTICS_KEYS, KEYS_SCHEMA, conf);
    }

    /** The counts of {@code keys} (a handful: the portals), looked up in the tasks that hold the counters. */
    private static Map<Long, Integer> countsOf(JavaRDD<KeyCounter> keyCounts, Set<Long> keys) {
        Map<Long, Integer> counts = new HashMap<>();
        keyCounts.map(counter -> {
            Map<Long, Integer> found = new HashMap<>();
            for (long key : keys) {
                int n = counter.get(key);
                if (n > 0) {
                    found.put(key, n);
                }
            }
            return found;
        }).collect().forEach(counts::putAll);
        return counts;
    }

    /** Entries the listing could not read (symlink loops, unlistable folders), written by the driver. */
    public static void writeRejects(String out, List<Reject> rejects, Configuration conf) throws IOException {
        if (rejects.isEmpty()) {
            return;
        }
        try (ParquetRowWriter writer = ParquetRowWriter.create(new Path(out + "/" + REJECTS + "/part-listing.zstd.parquet"),
                OutputRows.REJECTS, conf)) {
            for (Reject reject : rejects) {
                writer.write(OutputRows.reject(reject, reject.source()));
            }
        }
    }

    /**
     * Copies the previous snapshot's rows of unchanged input files into this one, in few files, so nightly
     * runs do not pile up small files. Returns the pages copied (documents and rejects).
     */
    public static long copyReused(SparkSession spark, String previous, String out, List<InputFile> files, long maxGroupBytes) {
        Reused reused = reuse(spark, previous, files);
        long bytes = files.stream().mapToLong(InputFile::size).sum();
        int partitions = (int) Math.max(1, Math.min(Integer.MAX_VALUE, (bytes + maxGroupBytes - 1) / maxGroupBytes));
        reused.documents().coalesce(partitions).write().mode(SaveMode.Append).option("compression", "zstd")
                .partitionBy(OutputRows.PARTITION_COLUMN).parquet(out + "/" + DOCUMENTS);
        reused.blocks().coalesce(partitions).write().mode(SaveMode.Append).option("compression", "zstd")
                .partitionBy(OutputRows.PARTITION_COLUMN).parquet(out + "/" + BLOCKS);
        reused.rejects().coalesce(1).write().mode(SaveMode.Append).option("compression", "zstd")
                .parquet(out + "/" + REJECTS);
        return reused.pages();
    }

    /**
     * The previous snapshot's manifest, by input file. Listing is on the driver already; this is its twin. A file the
     * snapshot holds no row of is left out, so that it is read again: every file gives at least a document or a
     * reject, so its rows were lost (earlier versions cut a file's name at a '!' after {@code .tar}, and reused
     * nothing of {@code x.tgz!dir/page.txt} night after night).
     */
    public static Map<String, IncrementalPlan.Seen> readManifest(SparkSession spark, org.apache.hadoop.fs.Path snapshot) {
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        Map<String, IncrementalPlan.Seen> seen = new HashMap<>();
        Set<String> withRows = new java.util.HashSet<>();
        try {
            DriverParquet.read(snapshot + "/" + MANIFEST, List.of(MANIFEST_SCHEMA.fieldNames()), conf, r -> seen.put(
                    r.getString("input_file", 0), new IncrementalPlan.Seen(r.getLong("size_bytes", 0),
                            r.getLong("modified_ms", 0), r.getString("model_id", 0),
                            DriverParquet.string(r, "content_sha256", ContentHashes.NONE))));
            // Distinct values only: as many as the manifest has files, however many pages they hold.
            for (String dataset : List.of(DOCUMENTS, REJECTS)) {
                DriverParquet.read(snapshot + "/" + dataset, List.of("input_file"), conf,
                        r -> withRows.add(r.getString("input_file", 0)));
            }
        } catch (IOException e) {
            throw new JobFailure(JobFailure.INPUT, "cannot read the previous snapshot " + snapshot + ": " + e.getMessage(), e);
        }
        seen.keySet().retainAll(withRows);
        return seen;
    }

    /** A snapshot's statistics; one from before sampling has no sample file and counted every page. */
    public static CorpusStatistics.Prior readStatistics(SparkSession spark, String snapshot) {
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        // Read when counting: a first Spark query costs seconds on a cold driver, which planning the run need not wait for.
        java.util.function.Supplier<Dataset<Row>> keys = () -> spark.read().schema(KEYS_SCHEMA).parquet(snapshot + "/" + STATISTICS_KEYS);
        Map<String, Long> portals = new TreeMap<>();
        PageSample sample = PageSample.ALL;
        String samplePath = snapshot + "/" + STATISTICS_SAMPLE;
        try {
            DriverParquet.read(snapshot + "/" + STATISTICS_PORTALS, List.of("portal", "pages"), conf,
                    r -> portals.put(r.getString("portal", 0), r.getLong("pages", 0)));
            if (HadoopFiles.exists(samplePath, conf)) {
                sample = new PageSample(MAPPER.readTree(HadoopFiles.read(samplePath, conf)).path("share").asDouble(0));
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new JobFailure(JobFailure.INPUT, "cannot read the previous snapshot's statistics in " + snapshot + ": "
                    + e.getMessage(), e);
        }
        return new CorpusStatistics.Prior(keys, portals, sample);
    }

    public static Reused reuse(SparkSession spark, String snapshot, List<InputFile> files) {
        Dataset<Row> reusedFiles = broadcast(spark.createDataFrame(
                files.stream().map(f -> RowFactory.create(f.path())).toList(), INPUT_FILES));
        // Explicit schemas: the portal partition column stays a string even when a portal's name looks like a number.
        // A join puts its key first: the columns are put back in the order the tasks write them.
        Dataset<Row> documents = inOrder(spark.read().schema(OutputRows.DOCUMENTS).parquet(snapshot + "/" + DOCUMENTS)
                .join(reusedFiles, "input_file", "left_semi"), OutputRows.DOCUMENTS);
        Dataset<Row> blocks = inOrder(spark.read().schema(OutputRows.BLOCKS).parquet(snapshot + "/" + BLOCKS)
                .join(documents.select("doc_id"), "doc_id", "left_semi"), OutputRows.BLOCKS);
        Dataset<Row> rejects = inOrder(spark.read().schema(OutputRows.REJECTS).parquet(snapshot + "/" + REJECTS)
                .join(reusedFiles, "input_file", "left_semi"), OutputRows.REJECTS);
        return new Reused(documents, blocks, rejects, documents.count() + rejects.count());
    }

    private static Dataset<Row> inOrder(Dataset<Row> rows, StructType schema) {
        return rows.select(java.util.Arrays.stream(schema.fieldNames()).map(org.apache.spark.sql.functions::col)
                .toArray(org.apache.spark.sql.Column[]::new));
    }
}
