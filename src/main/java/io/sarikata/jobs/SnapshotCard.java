package io.sarikata.jobs;

import io.sarikata.JobFailure;
import io.sarikata.output.ContentCounts;
import io.sarikata.output.OutputRows;
import io.sarikata.snapshot.SnapshotFiles;
import io.sarikata.sources.HadoopFiles;
import io.sarikata.corpus.CorpusSummary;
import io.sarikata.corpus.DatasetCard;
import io.sarikata.corpus.HtmlReport;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.floor;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

/**
 * Counts what the snapshot holds (the labelling tasks' counts, or two aggregations over its files when rows were
 * carried over) and writes the dataset card {@code README.md} and {@code report.html} into it.
 */
final class SnapshotCard {

    public static final String CARD = "README.md";
    public static final String REPORT = "report.html";
    /** Upper ends of the blocks-per-page bins; the last bin is open. */
    private static final int[] BLOCK_BINS = {5, 10, 20, 40, 80, 160};

    private SnapshotCard() {
    }

    /**
     * What the card and report show of the snapshot {@code out}.
     *
     * @param fromTasks the labelling tasks' counts of what they wrote, or null when rows were carried over from an
     *                  earlier snapshot: then the snapshot's blocks and documents are counted ({@link #countSnapshot})
     */
    static CorpusSummary summarize(SparkSession spark, String out, RunReport report, Map<String, Object> duplicates,
                                   String modelId, List<String> inputs, ContentCounts fromTasks) {
        ContentCounts counts = fromTasks != null ? fromTasks : countSnapshot(spark, out);
        Map<String, Double> bodyShare = new TreeMap<>();
        counts.labelsByPortal().forEach((portal, n) -> bodyShare.put(portal,
                n[0] + n[1] == 0 ? 0 : (double) n[0] / (n[0] + n[1])));
        Map<String, Long> pages = new TreeMap<>();
        Map<String, Long> languages = new TreeMap<>();
        Map<String, Map<String, Long>> languagesByPortal = new TreeMap<>();
        long[] blockBins = new long[BLOCK_BINS.length + 1];
        counts.documents().forEach((portal, byLanguage) -> byLanguage.forEach((language, byBlocks) -> byBlocks.forEach(
                (blocks, n) -> {
                    pages.merge(portal, n, Long::sum);
                    languages.merge(language, n, Long::sum);
                    languagesByPortal.computeIfAbsent(portal, k -> new TreeMap<>()).merge(language, n, Long::sum);
                    blockBins[blockBin(blocks)] += n;
                })));
        Map<String, Long> blocksPerPage = new LinkedHashMap<>();
        for (int i = 0; i < blockBins.length; i++) {
            String label = i == BLOCK_BINS.length ? "over " + BLOCK_BINS[i - 1]
                    : (i == 0 ? 1 : BLOCK_BINS[i - 1] + 1) + "-" + BLOCK_BINS[i];
            blocksPerPage.put(label, blockBins[i]);
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> accounting = (Map<String, Object>) report.get("accounting");
        @SuppressWarnings("unchecked")
        Map<Long, Long> clusterSizes = (Map<Long, Long>) duplicates.get("cluster_sizes");
        @SuppressWarnings("unchecked")
        Map<String, Long> blocksByLabel = (Map<String, Long>) report.get("blocks_by_label");
        @SuppressWarnings("unchecked")
        Map<String, Long> rejectsByReason = (Map<String, Long>) report.get("rejects_by_reason");
        Map<String, List<String[]>> schemas = new LinkedHashMap<>();
        schemas.put(SnapshotFiles.DOCUMENTS, columns(OutputRows.DOCUMENTS));
        schemas.put(SnapshotFiles.BLOCKS, columns(OutputRows.BLOCKS));
        schemas.put(SnapshotFiles.REJECTS, columns(OutputRows.REJECTS));
        schemas.put(NearDuplicateStep.DUPLICATES, columns(OutputRows.DUPLICATES));
        return new CorpusSummary(String.valueOf(report.get("run_id")), String.valueOf(report.get("started_at")), inputs,
                modelId, String.valueOf(report.get("model_source")), (Long) accounting.get("input_pages"),
                (Long) accounting.get("documents"), (Long) accounting.get("rejects"), new TreeMap<>(blocksByLabel),
                new TreeMap<>(rejectsByReason), pages, bodyShare, counts.scoreBins().clone(), blocksPerPage, languages,
                languagesByPortal, clusterSizes, (Double) duplicates.get("jaccard_threshold"), counts.emptyBodies(),
                counts.dated() == 0 ? null
                        : new CorpusSummary.DateRange(counts.earliestDate(), counts.latestDate(), counts.dated()),
                schemas);
    }

    /**
     * The snapshot's counts from its files, in two aggregations: blocks by portal, label and score bin; documents by
     * portal, language and block count.
     */
    static ContentCounts countSnapshot(SparkSession spark, String out) {
        ContentCounts counts = new ContentCounts();
        Dataset<Row> blocks = spark.read().schema(OutputRows.BLOCKS).parquet(out + "/" + SnapshotFiles.BLOCKS);
        for (Row r : blocks.groupBy(col("portal"), col("label"),
                        least(floor(col("score").multiply(ContentCounts.SCORE_BINS)), lit(ContentCounts.SCORE_BINS - 1))
                                .as("bin"))
                .count().collectAsList()) {
            counts.addBlocks(r.getString(0), r.getString(1).equals("body"), (int) r.getLong(2), r.getLong(3));
        }
        Dataset<Row> documents = spark.read().schema(OutputRows.DOCUMENTS).parquet(out + "/" + SnapshotFiles.DOCUMENTS);
        for (Row r : documents.groupBy("portal", "language", "n_blocks")
                .agg(count(lit(1)), min("date_written"), max("date_written"), count("date_written"),
                        sum(when(col("n_body_blocks").equalTo(0), 1).otherwise(0)))
                .collectAsList()) {
            counts.addDocuments(r.getString(0), r.isNullAt(1) ? "unknown" : r.getString(1), r.getInt(2), r.getLong(3));
            counts.addDates(r.getString(4), r.getString(5), r.getLong(6), r.getLong(7));
        }
        return counts;
    }

    private static int blockBin(int blocks) {
        for (int i = 0; i < BLOCK_BINS.length; i++) {
            if (blocks <= BLOCK_BINS[i]) {
                return i;
            }
        }
        return BLOCK_BINS.length;
    }

    private static List<String[]> columns(StructType schema) {
        List<String[]> columns = new ArrayList<>();
        for (StructField f : schema.fields()) {
            columns.add(new String[] {f.name(), f.dataType().simpleString()});
        }
        return columns;
    }

    /** Writes the card and the report; returns what {@code _run.json} records of them. */
    static Map<String, Object> write(SparkSession spark, String out, CorpusSummary summary) {
        try {
            HadoopFiles.write(out + "/" + CARD, DatasetCard.render(summary), spark.sparkContext().hadoopConfiguration());
            HadoopFiles.write(out + "/" + REPORT, HtmlReport.render(summary), spark.sparkContext().hadoopConfiguration());
        } catch (IOException e) {
            throw new JobFailure(JobFailure.OUTPUT, "cannot write " + out + "/" + CARD + ": " + e.getMessage(), e);
        }
        Map<String, Object> written = new LinkedHashMap<>();
        written.put("card", CARD);
        written.put("report", REPORT);
        written.put("languages", summary.languages());
        written.put("languages_by_portal", summary.languagesByPortal());
        written.put("body_share_by_portal", summary.bodyShareByPortal());
        written.put("documents_with_empty_body", summary.emptyBodies());
        written.put("distinct_documents", summary.distinctDocuments());
        if (summary.datesWritten() != null) {
            written.put("dates_written", Map.of("earliest", summary.datesWritten().earliest(),
                    "latest", summary.datesWritten().latest(), "documents", summary.datesWritten().documents()));
        }
        return written;
    }
}
