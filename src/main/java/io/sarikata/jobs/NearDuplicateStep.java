package io.sarikata.jobs;

import io.sarikata.JobFailure;
import io.sarikata.output.OutputRows;
import io.sarikata.snapshot.SnapshotFiles;
import io.sarikata.snapshot.StagedCommit;
import io.sarikata.corpus.BodyWords;
import io.sarikata.corpus.DuplicateClusters;
import io.sarikata.corpus.MinHash;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.HashPartitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.input_file_name;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.lit;

/**
 * Near-duplicate documents over the whole snapshot, after every page is written (this run's and those an incremental
 * run carried over, so clusters span runs): MinHash signatures of the bodies ({@link MinHash}), LSH buckets of
 * equal bands, candidate pairs verified by their estimated Jaccard, clusters and representatives
 * ({@link DuplicateClusters}). Writes {@code duplicates/} and rewrites the {@code documents/} files whose
 * {@code dup_cluster} and {@code is_dup_representative} change: a document in no cluster is its own, and represents it.
 */
final class NearDuplicateStep {

    public static final String DUPLICATES = "duplicates";
    /** Buckets up to this size give all their pairs; larger ones pair with their first document only. */
    static final int MAX_ALL_PAIRS = 50;

    private NearDuplicateStep() {
    }

    /** A document's signature and what the clusters need of it. */
    record Signed(String docId, String portal, String bodyHash, String date, long[] signature) implements Serializable {
    }

    /** @return the step's summary for {@code _run.json}, with {@code cluster_sizes} (size to clusters) */
    static Map<String, Object> run(SparkSession spark, String out) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        String documentsPath = out + "/" + SnapshotFiles.DOCUMENTS;
        Dataset<Row> documents = spark.read().schema(OutputRows.DOCUMENTS).parquet(documentsPath);
        JavaRDD<Signed> signed = documents.select("doc_id", "portal", "text", "body_hash", "date_written").javaRDD()
                .map(r -> new Signed(r.getString(0), r.getString(1), r.getString(3), r.getString(4),
                        MinHash.signature(BodyWords.of(r.getString(2)))))
                .filter(s -> s.signature() != null)
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        int partitions = Math.max(1, signed.getNumPartitions());
        JavaPairRDD<String, long[]> signatures = signed.mapToPair(s -> new Tuple2<>(s.docId(), s.signature()))
                .partitionBy(new HashPartitioner(partitions)).persist(StorageLevel.MEMORY_AND_DISK_SER());

        JavaPairRDD<String, String> candidates = signed
                .flatMapToPair(s -> {
                    List<Tuple2<Long, String>> keys = new ArrayList<>(MinHash.BANDS);
                    for (long key : MinHash.bandKeys(s.signature())) {
                        keys.add(new Tuple2<>(key, s.docId()));
                    }
                    return keys.iterator();
                })
                .groupByKey()
                .flatMapToPair(bucket -> {
                    List<String> members = new ArrayList<>();
                    bucket._2().forEach(members::add);
                    List<Tuple2<String, String>> pairs = new ArrayList<>();
                    if (members.size() > 1) {
                        for (String[] p : DuplicateClusters.candidatePairs(members, MAX_ALL_PAIRS)) {
                            pairs.add(new Tuple2<>(p[0], p[1]));
                        }
                    }
                    return pairs.iterator();
                })
                .distinct();
        double threshold = MinHash.THRESHOLD;
        List<String[]> pairs = candidates.join(signatures)
                .mapToPair(t -> new Tuple2<>(t._2()._1(), new Tuple2<>(t._1(), t._2()._2())))
                .join(signatures)
                .filter(t -> MinHash.similarity(t._2()._1()._2(), t._2()._2()) >= threshold)
                .map(t -> new String[] {t._2()._1()._1(), t._1()})
                .collect();

        Set<String> inPairs = new HashSet<>();
        pairs.forEach(p -> {
            inPairs.add(p[0]);
            inPairs.add(p[1]);
        });
        Broadcast<Set<String>> inPairsB = jsc.broadcast(inPairs);
        List<DuplicateClusters.Member> members = signed.filter(s -> inPairsB.value().contains(s.docId()))
                .map(s -> new DuplicateClusters.Member(s.docId(), s.date())).collect();
        Map<String, DuplicateClusters.Assignment> assignments = DuplicateClusters.assign(members, pairs);
        Broadcast<Map<String, DuplicateClusters.Assignment>> assignmentsB = jsc.broadcast(new HashMap<>(assignments));

        // Each member's similarity to its representative, in one shuffle of the members' signatures by cluster.
        List<Row> duplicateRows = new ArrayList<>(signed.filter(s -> assignmentsB.value().containsKey(s.docId()))
                .mapToPair(s -> new Tuple2<>(assignmentsB.value().get(s.docId()).cluster(), s))
                .groupByKey()
                .flatMap(cluster -> {
                    Signed representative = null;
                    for (Signed s : cluster._2()) {
                        if (s.docId().equals(cluster._1())) {
                            representative = s;
                        }
                    }
                    List<Row> rows = new ArrayList<>();
                    for (Signed s : cluster._2()) {
                        rows.add(RowFactory.create(cluster._1(), s.docId(), s.portal(), s == representative,
                                MinHash.similarity(s.signature(), representative.signature()),
                                s.bodyHash() != null && s.bodyHash().equals(representative.bodyHash())));
                    }
                    return rows.iterator();
                })
                .collect());
        signed.unpersist();
        signatures.unpersist();
        try {
            writeDuplicates(spark, out, duplicateRows);
            rewriteDocuments(spark, out, documents, assignments);
        } catch (IOException e) {
            throw new JobFailure(JobFailure.OUTPUT, "cannot write output " + out + ": " + e.getMessage(), e);
        }
        assignmentsB.destroy();
        inPairsB.destroy();
        return summary(duplicateRows, pairs.size());
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
                + MinHash.HASHES + " hashes in " + MinHash.BANDS + " LSH bands of " + MinHash.ROWS + " rows");
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
     * Rewrites the documents files holding a row whose cluster columns are not what the clusters say: tasks write
     * every document as its own cluster, and rows carried over from an earlier snapshot hold that run's clusters (or
     * none, from a version without them). Other files are left as they are, so a snapshot with few duplicates
     * rewrites few files. The new files are written beside {@code documents/}, then moved in for the old ones: a
     * failure midway leaves the snapshot unpublished, as any failed write does.
     */
    private static void rewriteDocuments(SparkSession spark, String out, Dataset<Row> documents,
                                         Map<String, DuplicateClusters.Assignment> assignments) throws IOException {
        StructType assignmentSchema = new StructType().add("a_doc_id", DataTypes.StringType, false)
                .add("a_cluster", DataTypes.StringType, false).add("a_representative", DataTypes.BooleanType, false);
        List<Row> rows = new ArrayList<>(assignments.size());
        assignments.forEach((id, a) -> rows.add(RowFactory.create(id, a.cluster(), a.representative())));
        Dataset<Row> clustered = spark.createDataFrame(rows, assignmentSchema);
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
