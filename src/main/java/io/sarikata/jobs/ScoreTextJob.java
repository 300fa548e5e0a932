package io.sarikata.jobs;

import io.sarikata.JobFailure;
import io.sarikata.Versions;
import io.sarikata.sources.HadoopFiles;
import io.sarikata.eval.GoldText;
import io.sarikata.eval.ShingleScore;
import io.sarikata.eval.TextScores;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Scores a snapshot's documents against gold texts the way the article-extraction-benchmark does
 * ({@link ShingleScore}): each gold file {@code <site>/<id>.txt} is matched to the document whose source ends in
 * {@code /<site>/<id>.<ext>} (optionally {@code .gz}), its article is the text before the comments marker
 * ({@link GoldText}), and the document's {@code text} is scored against it in the tasks that read the documents.
 * Gold pages no document matched score as if nothing was extracted.
 */
public final class ScoreTextJob {

    public record Options(String documentsDir, String goldDir, String reportPath) {
    }

    public record Result(TextScores scores, Map<String, Object> report) {
    }

    /** What a task found for one gold page. */
    record Match(String key, String source, String docId, ShingleScore.Counts counts) implements Serializable {
    }


    private ScoreTextJob() {
    }

    public static Result run(SparkSession spark, Options options) {
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        Map<String, Object> goldSummary = new LinkedHashMap<>();
        Map<String, String> gold = loadGold(options.goldDir(), conf, goldSummary);
        if (gold.isEmpty()) {
            throw new JobFailure(JobFailure.INPUT, "no gold texts (*.txt) under " + options.goldDir());
        }
        Dataset<Row> documents = readDocuments(spark, options.documentsDir());
        int[] depths = gold.keySet().stream().mapToInt(k -> k.split("/", -1).length).distinct()
                .map(d -> -d).sorted().map(d -> -d).toArray();

        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Broadcast<HashMap<String, String>> goldBroadcast = jsc.broadcast(new HashMap<>(gold));
        List<Match> matches = documents.select(functions.col("source"), functions.col("text"), functions.col("doc_id"))
                .toJavaRDD()
                .mapPartitions((Iterator<Row> rows) -> scoreMatching(rows, goldBroadcast.value(), depths))
                .collect();
        goldBroadcast.destroy();

        Map<String, Match> byKey = new TreeMap<>();
        for (Match m : matches) {
            Match earlier = byKey.putIfAbsent(m.key(), m);
            if (earlier != null) {
                throw new JobFailure(JobFailure.INPUT, "two documents match the gold text " + m.key() + ": "
                        + earlier.source() + " and " + m.source());
            }
        }
        TextScores scores = new TextScores();
        List<String> noDocument = new ArrayList<>();
        for (Map.Entry<String, String> g : new TreeMap<>(gold).entrySet()) {
            Match m = byKey.get(g.getKey());
            if (m == null) {
                noDocument.add(g.getKey());
                scores.add(new TextScores.Page(g.getKey(), null, null, ShingleScore.score(g.getValue(), "")));
            } else {
                scores.add(new TextScores.Page(m.key(), m.source(), m.docId(), m.counts()));
            }
        }

        Map<String, Object> report = new LinkedHashMap<>();
        report.put("job", "score-text");
        report.put("metric", "article-extraction-benchmark: 4-gram shingles of \\w+ tokens, multiset overlap, "
                + "precision and recall averaged over pages, F1 of the averages");
        report.put("sarikata_version", Versions.SARIKATA);
        report.put("documents", options.documentsDir());
        report.put("gold_text", options.goldDir());
        report.put("gold", goldSummary);
        report.put("no_document", noDocument);
        report.putAll(scores.toMap());
        if (options.reportPath() != null) {
            JsonReport.write(options.reportPath(), report, conf);
        }
        return new Result(scores, report);
    }

    /** The documents that match a gold page, each scored against it. */
    static Iterator<Match> scoreMatching(Iterator<Row> rows, Map<String, String> gold, int[] depths) {
        List<Match> out = new ArrayList<>();
        while (rows.hasNext()) {
            Row row = rows.next();
            String source = row.getString(0);
            String key = goldKeyOf(source, gold, depths);
            if (key != null) {
                String text = row.isNullAt(1) ? "" : row.getString(1);
                out.add(new Match(key, source, row.isNullAt(2) ? null : row.getString(2), ShingleScore.score(gold.get(key), text)));
            }
        }
        return out.iterator();
    }

    /** The gold key a source matches: the longest tail of its path key that names a gold page, or null. */
    static String goldKeyOf(String source, Map<String, String> gold, int[] depthsLongestFirst) {
        if (source == null) {
            return null;
        }
        String key = GoldText.pathKey(source);
        for (int depth : depthsLongestFirst) {
            String tail = GoldText.lastParts(key, depth);
            if (tail != null && gold.containsKey(tail)) {
                return tail;
            }
        }
        return null;
    }

    /** Gold articles by key (the file's path under the root, without {@code .txt}); notes how they were decoded. */
    static Map<String, String> loadGold(String dir, Configuration conf, Map<String, Object> summary) {
        Map<String, String> gold = new TreeMap<>();
        Map<String, Integer> charsets = new TreeMap<>();
        int cut = 0;
        try {
            Path root = new Path(dir);
            FileSystem fs = root.getFileSystem(conf);
            if (!fs.exists(root)) {
                throw new JobFailure(JobFailure.INPUT, "gold text folder not found: " + dir);
            }
            String rootPath = fs.makeQualified(root).toUri().getPath();
            String prefix = rootPath.endsWith("/") ? rootPath : rootPath + "/";
            RemoteIterator<LocatedFileStatus> files = fs.listFiles(root, true);
            while (files.hasNext()) {
                Path file = files.next().getPath();
                String path = file.toUri().getPath();
                if (!path.endsWith(".txt") || !path.startsWith(prefix) || file.getName().startsWith(".")
                        || file.getName().startsWith("_")) {
                    continue;
                }
                byte[] bytes;
                try (InputStream in = fs.open(file)) {
                    bytes = in.readAllBytes();
                }
                GoldText.Decoded decoded = GoldText.decode(bytes);
                GoldText.Article article = GoldText.article(decoded.text());
                charsets.merge(decoded.charset(), 1, Integer::sum);
                if (article.cutAtComments()) {
                    cut++;
                }
                String relative = path.substring(prefix.length());
                gold.put(relative.substring(0, relative.length() - ".txt".length()), article.text());
            }
        } catch (IOException e) {
            throw new JobFailure(JobFailure.INPUT, "cannot read gold texts in " + dir + ": " + e.getMessage(), e);
        }
        summary.put("pages", gold.size());
        summary.put("charsets", charsets);
        summary.put("cut_at_comments_marker", cut);
        return gold;
    }

    /** The documents dataset with its {@code source}, {@code text} and {@code doc_id} columns. */
    static Dataset<Row> readDocuments(SparkSession spark, String dir) {
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        try {
            if (!HadoopFiles.exists(dir, conf)) {
                throw new JobFailure(JobFailure.INPUT, "documents folder not found: " + dir);
            }
        } catch (IOException e) {
            throw new JobFailure(JobFailure.INPUT, "cannot open " + dir + ": " + e.getMessage(), e);
        }
        Dataset<Row> documents;
        try {
            documents = spark.read().parquet(dir);
        } catch (Exception e) {
            // Spark throws AnalysisException, checked and undeclared, for a folder without Parquet files.
            if (e instanceof AnalysisException) {
                throw new JobFailure(JobFailure.INPUT, "no documents Parquet in " + dir + ": "
                        + String.valueOf(e.getMessage()).lines().findFirst().orElse(""), e);
            }
            throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
        }
        List<String> columns = Arrays.asList(documents.columns());
        TreeSet<String> missing = new TreeSet<>(List.of("source", "text", "doc_id"));
        columns.forEach(missing::remove);
        if (!missing.isEmpty()) {
            throw new JobFailure(JobFailure.INPUT, dir + " is not a documents dataset: no column " + String.join(", ", missing));
        }
        return documents;
    }
}
