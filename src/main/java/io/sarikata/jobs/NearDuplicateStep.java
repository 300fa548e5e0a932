package io.sarikata.jobs;

import io.sarikata.JobFailure;
import io.sarikata.corpus.BodyWords;
import io.sarikata.corpus.DuplicateClusters;
import io.sarikata.corpus.MinHash;
import io.sarikata.output.OutputRows;
import io.sarikata.snapshot.SnapshotFiles;
import io.sarikata.snapshot.StagedCommit;
import io.sarikata.sources.HadoopFiles;
import io.sarikata.sources.InputFile;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.FilterFunction;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import scala.Tuple2;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.input_file_name;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.size;

/**
 * Near-duplicate documents over the whole snapshot, after every page is written (this run's and those an incremental
 * run carried over, so clusters span runs): the labelling tasks write each document's MinHash signature
 * ({@link MinHash}) to {@code signatures/}, and this step reads those, never the text: LSH buckets of equal bands,
 * candidate pairs verified by their estimated Jaccard, clusters and representatives ({@link DuplicateClusters}).
 * Writes {@code duplicates/} and rewrites the {@code documents/} files whose {@code dup_cluster} and
 * {@code is_dup_representative} change: a document in no cluster is its own, and represents it.
 */
final class NearDuplicateStep {

    public static final String DUPLICATES = "duplicates";
    /** The documents' signatures ({@link OutputRows#SIGNATURES}), written by the labelling tasks. */
    public static final String SIGNATURES = "signatures";
    /** In {@link #SIGNATURES}: the {@link MinHash#METHOD} its signatures were made with. */
    static final String METHOD_FILE = "_method";
    /** Buckets up to this size give all their pairs; larger ones pair with their first document only. */
    static final int MAX_ALL_PAIRS = 50;

    private static final StructType PAIR = new StructType().add("a", DataTypes.StringType, false)
            .add("b", DataTypes.StringType, false);
    private static final StructType IDS = new StructType().add("doc_id", DataTypes.StringType, false);

    private NearDuplicateStep() {
    }

    /**
     * Carries the signatures of the documents an incremental run reuses over from the previous snapshot, or, when
     * that snapshot has none made by this {@link MinHash#METHOD} (an older version's), makes them from the
     * carried-over documents' text, once.
     *
     * @param reused the input files whose rows were carried over
     */
    static void carryOver(SparkSession spark, String previous, String out, List<InputFile> reused, long maxGroupBytes)
            throws IOException {
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        Dataset<Row> files = broadcast(spark.createDataFrame(
                reused.stream().map(f -> RowFactory.create(f.path())).toList(),
                new StructType().add("input_file", DataTypes.StringType, false)));
        Dataset<Row> rows;
        if (madeByThisMethod(previous, conf)) {
            rows = spark.read().schema(OutputRows.SIGNATURES).parquet(previous + "/" + SIGNATURES)
                    .join(files, "input_file", "left_semi");
        } else {
            rows = spark.read().schema(OutputRows.DOCUMENTS).parquet(previous + "/" + SnapshotFiles.DOCUMENTS)
                    .join(files, "input_file", "left_semi")
                    .select("doc_id", "input_file", "portal", "body_hash", "date_written", "text")
                    .flatMap((FlatMapFunction<Row, Row>) r -> {
                        long[] signature = MinHash.signature(BodyWords.encode(r.getString(5)));
                        return signature == null ? java.util.Collections.emptyIterator()
                                : List.of(RowFactory.create(r.getString(0), r.getString(1), r.getString(2),
                                r.isNullAt(3) ? "" : r.getString(3), r.getString(4), MinHash.toBytes(signature))).iterator();
                    }, Encoders.row(OutputRows.SIGNATURES));
        }
        long bytes = reused.stream().mapToLong(InputFile::size).sum();
        int partitions = (int) Math.max(1, Math.min(Integer.MAX_VALUE, (bytes + maxGroupBytes - 1) / maxGroupBytes));
        rows.select(Arrays.stream(OutputRows.SIGNATURES.fieldNames()).map(functions::col).toArray(Column[]::new))
                .coalesce(partitions).write().mode(SaveMode.Append).option("compression", "zstd")
                .parquet(out + "/" + SIGNATURES);
    }

    private static boolean madeByThisMethod(String snapshot, Configuration conf) throws IOException {
        String marker = snapshot + "/" + SIGNATURES + "/" + METHOD_FILE;
        return HadoopFiles.exists(marker, conf) && HadoopFiles.read(marker, conf).strip().equals(MinHash.METHOD);
    }

    /**
     * @param carriedOver whether rows of an earlier snapshot were carried over: their cluster columns are that run's,
     *                    so every documents file is checked; otherwise tasks wrote each document as its own cluster
     * @return the step's summary for {@code _run.json}, with {@code cluster_sizes} (size to clusters)
     */
    static Map<String, Object> run(SparkSession spark, String out, boolean carriedOver) {
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        try {
            StagedCommit.ensureDataset(out, SIGNATURES, OutputRows.SIGNATURES, conf);
            HadoopFiles.write(out + "/" + SIGNATURES + "/" + METHOD_FILE, MinHash.METHOD + "\n", conf);
        } catch (IOException e) {
            throw new JobFailure(JobFailure.OUTPUT, "cannot write output " + out + ": " + e.getMessage(), e);
        }
        Dataset<Row> signatures = spark.read().schema(OutputRows.SIGNATURES).parquet(out + "/" + SIGNATURES);

        // LSH: one row per document and band, grouped by band key; buckets of two or more give candidate pairs.
        List<Row> candidates = signatures.select("doc_id", "minhash")
                .flatMap((FlatMapFunction<Row, Tuple2<Long, String>>) r -> {
                    long[] keys = MinHash.bandKeys(MinHash.fromBytes((byte[]) r.get(1)));
                    List<Tuple2<Long, String>> rows = new ArrayList<>(keys.length);
                    for (long key : keys) {
                        rows.add(new Tuple2<>(key, r.getString(0)));
                    }
                    return rows.iterator();
                }, Encoders.tuple(Encoders.LONG(), Encoders.STRING()))
                .toDF("band_key", "doc_id")
                .groupBy("band_key").agg(collect_list("doc_id").as("members"))
                .where(size(col("members")).gt(1))
                .select("members")
                .flatMap((FlatMapFunction<Row, Row>) r -> {
                    List<Row> pairs = new ArrayList<>();
                    for (String[] p : DuplicateClusters.candidatePairs(r.getList(0), MAX_ALL_PAIRS)) {
                        pairs.add(RowFactory.create(p[0], p[1]));
                    }
                    return pairs.iterator();
                }, Encoders.row(PAIR))
                .distinct()
                .collectAsList();

        // Verification: the candidates' signatures, joined to the (small) candidate list in each scan's tasks.
        List<String[]> pairs = new ArrayList<>();
        Map<String, Signed> members = new HashMap<>();
        if (!candidates.isEmpty()) {
            double threshold = MinHash.THRESHOLD;
            Dataset<Row> withA = signatures.select(col("doc_id").as("a"), col("minhash").as("a_minhash"))
                    .join(broadcast(spark.createDataFrame(candidates, PAIR)), "a");
            for (Row r : signatures.select(col("doc_id").as("b"), col("minhash").as("b_minhash"))
                    .join(broadcast(withA), "b")
                    .filter((FilterFunction<Row>) r -> MinHash.similarity(
                            MinHash.fromBytes((byte[]) r.getAs("a_minhash")),
                            MinHash.fromBytes((byte[]) r.getAs("b_minhash"))) >= threshold)
                    .select("a", "b").collectAsList()) {
                pairs.add(new String[] {r.getString(0), r.getString(1)});
            }
            Set<String> inPairs = new HashSet<>();
            pairs.forEach(p -> {
                inPairs.add(p[0]);
                inPairs.add(p[1]);
            });
            if (!inPairs.isEmpty()) {
                for (Row r : signatures.join(broadcast(spark.createDataFrame(
                                inPairs.stream().map(RowFactory::create).toList(), IDS)), "doc_id", "left_semi")
                        .select("doc_id", "portal", "body_hash", "date_written", "minhash").collectAsList()) {
                    members.put(r.getString(0), new Signed(r.getString(0), r.getString(1), r.getString(2),
                            r.getString(3), MinHash.fromBytes((byte[]) r.get(4))));
                }
            }
        }
        List<DuplicateClusters.Member> clusterMembers = new ArrayList<>();
        members.values().forEach(s -> clusterMembers.add(new DuplicateClusters.Member(s.docId(), s.date())));
        Map<String, DuplicateClusters.Assignment> assignments = DuplicateClusters.assign(clusterMembers, pairs);

        // Each member's similarity to its representative.
        List<Row> duplicateRows = new ArrayList<>();
        assignments.forEach((id, a) -> {
            Signed s = members.get(id);
            Signed representative = members.get(a.cluster());
            duplicateRows.add(RowFactory.create(a.cluster(), id, s.portal(), a.representative(),
                    MinHash.similarity(s.signature(), representative.signature()),
                    !s.bodyHash().isEmpty() && s.bodyHash().equals(representative.bodyHash())));
        });
        try {
            writeDuplicates(spark, out, duplicateRows);
            rewriteDocuments(spark, out, assignments, carriedOver);
        } catch (IOException e) {
            throw new JobFailure(JobFailure.OUTPUT, "cannot write output " + out + ": " + e.getMessage(), e);
        }
        return summary(duplicateRows, pairs.size());
    }

    /** A cluster member's signature and what the duplicates rows need of it. */
    record Signed(String docId, String portal, String bodyHash, String date, long[] signature) {
    }

    private static Map<String, Object> summary(List<Row> duplicateRows, int verifiedPairs) {
        Map<String, Long> sizes = new HashMap<>();
        long exact = 0;
        for (Row r : duplicateRows) {
            sizes.merge(r.getString(0), 1L, Long::sum);
            if (!r.getBoolean(3) && r.getBoolean(5)) {
                exact++;
            }
        }
        Map<Long, Long> clustersBySize = new TreeMap<>();
        sizes.values().forEach(n -> clustersBySize.merge(n, 1L, Long::sum));
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("method", "MinHash of " + MinHash.SHINGLE_WORDS + "-word shingles of the body (dateline left out), "
                + MinHash.HASHES + " values by one-permutation hashing with optimal densification, in " + MinHash.BANDS
                + " LSH bands of " + MinHash.ROWS + " rows (" + MinHash.METHOD + ")");
        summary.put("jaccard_threshold", MinHash.THRESHOLD);
        summary.put("representative", "earliest date_written (none last), then smallest doc_id");
        summary.put("verified_pairs", verifiedPairs);
        summary.put("clusters", sizes.size());
        summary.put("documents_in_clusters", duplicateRows.size());
        summary.put("duplicates_besides_representatives", duplicateRows.size() - sizes.size());
        summary.put("exact_copies_of_representatives", exact);
        summary.put("cluster_sizes", clustersBySize);
        return summary;
    }

    private static void writeDuplicates(SparkSession spark, String out, List<Row> rows) throws IOException {
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        if (rows.isEmpty()) {
            StagedCommit.ensureDataset(out, DUPLICATES, OutputRows.DUPLICATES, conf);
            return;
        }
        rows.sort((a, b) -> a.getString(0).equals(b.getString(0)) ? a.getString(1).compareTo(b.getString(1))
                : a.getString(0).compareTo(b.getString(0)));
        spark.createDataFrame(rows, OutputRows.DUPLICATES).coalesce(1).write().mode(SaveMode.ErrorIfExists)
                .option("compression", "zstd").parquet(out + "/" + DUPLICATES);
    }

    /**
     * Rewrites the documents files holding a row whose cluster columns are not what the clusters say. Tasks write
     * every document as its own cluster, so after a build that carried nothing over only the files of documents
     * represented by another need it, and with no clusters no file is read; rows carried over from an earlier
     * snapshot hold that run's clusters (or none, from a version without them), so then every file is checked.
     * Other files are left as they are, so a snapshot with few duplicates rewrites few files. The new files are
     * written beside {@code documents/}, then moved in for the old ones: a failure midway leaves the snapshot
     * unpublished, as any failed write does.
     */
    private static void rewriteDocuments(SparkSession spark, String out, Map<String, DuplicateClusters.Assignment> assignments,
                                         boolean carriedOver) throws IOException {
        if (!carriedOver && assignments.values().stream().allMatch(DuplicateClusters.Assignment::representative)) {
            return;
        }
        Dataset<Row> documents = spark.read().schema(OutputRows.DOCUMENTS).parquet(out + "/" + SnapshotFiles.DOCUMENTS);
        StructType assignmentSchema = new StructType().add("a_doc_id", DataTypes.StringType, false)
                .add("a_cluster", DataTypes.StringType, false).add("a_representative", DataTypes.BooleanType, false);
        List<Row> rows = new ArrayList<>(assignments.size());
        assignments.forEach((id, a) -> rows.add(RowFactory.create(id, a.cluster(), a.representative())));
        Dataset<Row> clustered = broadcast(spark.createDataFrame(rows, assignmentSchema));
        Column cluster = coalesce(col("a_cluster"), col("doc_id"));
        Column representative = coalesce(col("a_representative"), lit(true));
        Column current = col("dup_cluster").equalTo(cluster).and(col("is_dup_representative").equalTo(representative));
        List<String> staleFiles = new ArrayList<>();
        for (Row r : documents.select(col("doc_id"), col("dup_cluster"), col("is_dup_representative"),
                        input_file_name().as("file"))
                .join(clustered, col("doc_id").equalTo(col("a_doc_id")), "left")
                .filter(not(coalesce(current, lit(false)))).select("file").distinct().collectAsList()) {
            staleFiles.add(r.getString(0));
        }
        if (staleFiles.isEmpty()) {
            return;
        }
        Path folder = new Path(out, SnapshotFiles.DOCUMENTS);
        Path next = new Path(out, SnapshotFiles.DOCUMENTS + ".clustered");
        List<Column> columns = new ArrayList<>();
        for (StructField f : OutputRows.DOCUMENTS.fields()) {
            columns.add(col(f.name()));
        }
        spark.read().schema(OutputRows.DOCUMENTS).option("basePath", folder.toString())
                .parquet(staleFiles.toArray(String[]::new))
                .drop(OutputRows.SNAPSHOT_COLUMNS.toArray(String[]::new))
                .join(clustered, col("doc_id").equalTo(col("a_doc_id")), "left")
                .withColumn("dup_cluster", cluster).withColumn("is_dup_representative", representative)
                .select(columns.toArray(Column[]::new))
                .write().mode(SaveMode.ErrorIfExists).option("compression", "zstd")
                .partitionBy(OutputRows.PARTITION_COLUMN).parquet(next.toString());
        FileSystem fs = folder.getFileSystem(spark.sparkContext().hadoopConfiguration());
        var written = fs.listFiles(next, true);
        List<Path[]> moves = new ArrayList<>();
        while (written.hasNext()) {
            Path file = written.next().getPath();
            if (file.getName().endsWith(".parquet")) {
                moves.add(new Path[] {file, new Path(new Path(folder, file.getParent().getName()),
                        "clustered-" + file.getName())});
            }
        }
        for (String stale : staleFiles) {
            if (!fs.delete(new Path(stale), false)) {
                throw new IOException("cannot remove " + stale);
            }
        }
        for (Path[] move : moves) {
            fs.mkdirs(move[1].getParent());
            if (!fs.rename(move[0], move[1])) {
                throw new IOException("cannot move " + move[0] + " to " + move[1]);
            }
        }
        fs.delete(next, true);
    }
}
