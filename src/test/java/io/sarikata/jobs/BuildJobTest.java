package io.sarikata.jobs;

import io.sarikata.JobFailure;
import io.sarikata.output.OutputRows;
import io.sarikata.snapshot.SnapshotStore;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sarikata.model.GoldIndex;
import io.sarikata.model.GoldPage;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The build end to end on data-sample plus a handful of broken inputs, through the command line, then
 * read back the way researchers would: with Spark and with DuckDB.
 */
class BuildJobTest {

    @TempDir
    static Path tmp;

    static SparkSession spark;
    static Path input;
    static Path out;
    static JsonNode run;
    static final int SAMPLE_PAGES = 40;
    static final int BROKEN_INPUTS = 5;

    @BeforeAll
    static void build() throws IOException {
        spark = TestSpark.start();
        input = tmp.resolve("dump");
        TestSpark.copyTree(TestSpark.SAMPLE_PAGES, input);
        Path broken = Files.createDirectories(input.resolve("broken"));
        Files.write(broken.resolve("001_empty.txt"), new byte[0]);
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        Arrays.fill(noise, 0, 2048, (byte) 0);
        Files.write(broken.resolve("002_binary.txt"), noise);
        Files.writeString(broken.resolve("003_photo.jpg"), "not a page");
        byte[] gz = gzip("Portal.id - Sebuah halaman yang terpotong di tengah jalan.\n".repeat(50));
        Files.write(broken.resolve("004_truncated.txt.gz"), Arrays.copyOf(gz, gz.length / 2));
        Files.write(broken.resolve("005_whitespace.txt"), "  \n\t\n   ".getBytes(StandardCharsets.UTF_8));
        Files.writeString(input.resolve(".hidden-notes.txt"), "skipped: hidden files are not pages");

        out = tmp.resolve("out");
        TestSpark.Run result = TestSpark.cli("build", "--input", input.toString(), "--gold",
                TestSpark.SAMPLE_GOLD.toString(), "--output", out.toString());
        assertEquals(0, result.exitCode(), result.stderr());
        out = out.resolve(SnapshotStore.LATEST_LINK);
        run = new ObjectMapper().readTree(out.resolve("_run.json").toFile());
    }

    @AfterAll
    static void stop() {
        TestSpark.stop(spark);
    }

    @Test
    void everyInputPageEndsInExactlyOneOfDocumentsOrRejects() {
        JsonNode accounting = run.get("accounting");
        assertEquals(SAMPLE_PAGES + BROKEN_INPUTS, accounting.get("input_pages").asLong());
        assertEquals(SAMPLE_PAGES, accounting.get("documents").asLong());
        assertEquals(BROKEN_INPUTS, accounting.get("rejects").asLong());
        assertTrue(accounting.get("balanced").asBoolean());
        assertEquals(1, run.get("skipped_hidden_files").asLong());
    }

    /** What the README's schema table says: a page's size_bytes is unpacked, the run's input_bytes as stored. */
    @Test
    void sizeBytesCountsPagesUnpackedAndInputBytesFilesAsStored() throws IOException {
        List<Path> listed;
        try (var files = Files.walk(input)) {
            listed = files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith(".")).toList();
        }
        long stored = 0;
        for (Path file : listed) {
            stored += Files.size(file);
        }
        assertEquals(stored, run.get("input_bytes").asLong());
        Path gzPage = listed.stream().filter(f -> f.toString().endsWith(".txt.gz") && !f.startsWith(input.resolve("broken")))
                .findFirst().orElseThrow();
        long unpacked;
        try (var in = new java.util.zip.GZIPInputStream(Files.newInputStream(gzPage))) {
            unpacked = in.readAllBytes().length;
        }
        Row page = spark.read().parquet(out.resolve("documents").toString())
                .where(org.apache.spark.sql.functions.col("source").equalTo(input.relativize(gzPage).toString())).first();
        assertEquals(unpacked, page.getLong(page.fieldIndex("size_bytes")));
        assertTrue(unpacked > Files.size(gzPage), "the page is compressed, so the two sizes differ");
    }

    @Test
    void theAccountingCheckNoticesAMissingPage() {
        RunReport report = new RunReport();
        long oneMore = SAMPLE_PAGES + BROKEN_INPUTS + 1;
        assertFalse(BuildJob.verify(spark, out.toString(), oneMore, oneMore, 0, null, null, report));
        assertEquals(Boolean.FALSE, ((Map<?, ?>) report.get("accounting")).get("balanced"));
        assertTrue(BuildJob.verify(spark, out.toString(), oneMore - 1, oneMore - 1, 0, null, null, new RunReport()));
    }

    /** Issue 18, item 10: gold files that label no input page were ignored (exit 0, the model said gold_pages: 1). */
    @Test
    void goldThatMatchesNoPageIsAnInputError() throws Exception {
        Path gold = Files.createDirectories(tmp.resolve("gold-elsewhere/no-such-portal"));
        Files.writeString(gold.resolve("no-such-page.tsv"), "body\tA line of no page\n");
        TestSpark.Run run = TestSpark.cli("build", "--input", TestSpark.SAMPLE_PAGES.resolve("kabarnusa").toString(),
                "--gold", gold.getParent().toString(), "--output", tmp.resolve("gold-elsewhere-out").toString());
        assertEquals(JobFailure.INPUT, run.exitCode(), run.stderr());
        assertTrue(run.stderr().contains("none of the 1 gold files matches an input page"), run.stderr());
    }

    @Test
    void rejectsSayWhy() {
        Map<String, String> reasonBySource = new HashMap<>();
        for (Row r : spark.read().parquet(out.resolve("rejects").toString()).collectAsList()) {
            reasonBySource.put(Path.of(r.<String>getAs("source")).getFileName().toString(), r.getAs("reason"));
            assertFalse(r.<String>getAs("detail").isBlank(), "every reject has a detail");
        }
        assertEquals(Map.of(
                "001_empty.txt", "empty",
                "002_binary.txt", "binary",
                "003_photo.jpg", "unsupported",
                "004_truncated.txt.gz", "corrupt_archive",
                "005_whitespace.txt", "empty"), reasonBySource);
        assertEquals(2, run.get("rejects_by_reason").get("empty").asLong());
    }

    @Test
    void outputsHaveTheDocumentedSchemas() {
        assertColumns(OutputRows.DOCUMENTS.fields(), spark.read().parquet(out.resolve("documents").toString()));
        assertColumns(OutputRows.BLOCKS.fields(), spark.read().parquet(out.resolve("blocks").toString()));
        assertColumns(OutputRows.REJECTS.fields(), spark.read().parquet(out.resolve("rejects").toString()));
        assertTrue(Files.isDirectory(out.resolve("documents").resolve("portal=kabarnusa.com")), "partitioned by portal");
        assertTrue(Files.isRegularFile(out.resolve("model.json")));
    }

    private static void assertColumns(StructField[] expected, Dataset<Row> actual) {
        Map<String, String> want = new HashMap<>();
        for (StructField f : expected) {
            want.put(f.name(), f.dataType().typeName());
        }
        Map<String, String> got = new HashMap<>();
        for (StructField f : actual.schema().fields()) {
            got.put(f.name(), f.dataType().typeName());
        }
        assertEquals(want, got);
    }

    @Test
    void duckDbReadsTheParquetAndBodyTextMatchesBodyBlocks() throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement st = db.createStatement()) {
            String documents = "read_parquet('" + out.resolve("documents") + "/**/*.parquet', hive_partitioning = true)";
            String blocks = "read_parquet('" + out.resolve("blocks") + "/**/*.parquet', hive_partitioning = true)";
            try (ResultSet rs = st.executeQuery("SELECT count(*), count(DISTINCT doc_id), count(DISTINCT portal) FROM " + documents)) {
                rs.next();
                assertEquals(SAMPLE_PAGES, rs.getLong(1));
                assertEquals(SAMPLE_PAGES, rs.getLong(2), "doc_id is unique");
                assertEquals(4, rs.getLong(3));
            }
            try (ResultSet rs = st.executeQuery("SELECT count(*) FROM " + documents + " d JOIN (SELECT doc_id, "
                    + "string_agg(text, chr(10) ORDER BY block_index) AS body, count(*) AS n FROM " + blocks
                    + " WHERE label = 'body' GROUP BY doc_id) b USING (doc_id) "
                    + "WHERE d.text = b.body AND d.n_body_blocks = b.n")) {
                rs.next();
                assertEquals(SAMPLE_PAGES, rs.getLong(1), "documents.text is the body blocks joined by newlines");
            }
            try (ResultSet rs = st.executeQuery("SELECT min(score), max(score), count(*) FILTER (WHERE reason = '') FROM " + blocks)) {
                rs.next();
                assertTrue(rs.getDouble(1) >= 0 && rs.getDouble(2) <= 1);
                assertEquals(0, rs.getLong(3), "every block says why");
            }
        }
    }

    @Test
    void blocksKeepTheirLineNumbersInTheDecodedPage() {
        // kabarnusa pages have empty lines between some blocks; block line numbers must skip them as the file does.
        List<Row> rows = spark.read().parquet(out.resolve("blocks").toString())
                .where("portal = 'kabarnusa.com'").select("doc_id", "block_index", "line_start", "line_end")
                .collectAsList();
        long gaps = rows.stream().filter(r -> r.getInt(2) != r.getInt(1) + 1).count();
        assertTrue(gaps > 0, "some blocks sit after empty lines");
        assertTrue(rows.stream().allMatch(r -> r.getInt(2) == r.getInt(3) && r.getInt(2) > r.getInt(1) - 1));
    }

    @Test
    void labelsAgreeWithGoldOnTheSamplePages() throws IOException {
        Map<String, GoldPage> gold = GoldSet.load(TestSpark.SAMPLE_GOLD.toString(), spark.sparkContext().hadoopConfiguration());
        Map<String, GoldPage> goldByDoc = new HashMap<>();
        for (Row r : spark.read().parquet(out.resolve("documents").toString()).select("doc_id", "source").collectAsList()) {
            goldByDoc.put(r.getString(0), GoldIndex.lookup(gold, r.getString(1)));
        }
        long right = 0;
        long total = 0;
        for (Row r : spark.read().parquet(out.resolve("blocks").toString()).select("doc_id", "block_index", "label").collectAsList()) {
            GoldPage page = goldByDoc.get(r.getString(0));
            total++;
            if (page.labels().get(r.getInt(1)).code().equals(r.getString(2))) {
                right++;
            }
        }
        assertEquals(1329, total);
        assertTrue(right / (double) total >= 0.99, "block accuracy " + right / (double) total);
    }

    @Test
    void rebuildingWithTheWrittenModelGivesTheSameIdsAndLabels() {
        Path again = tmp.resolve("again");
        TestSpark.Run result = TestSpark.cli("build", "--input", input.toString(), "--model",
                out.resolve("model.json").toString(), "--output", again.toString());
        assertEquals(0, result.exitCode(), result.stderr());
        String cols = "doc_id, block_index, label, score";
        Dataset<Row> first = spark.read().parquet(out.resolve("blocks").toString()).selectExpr(cols.split(", "));
        again = again.resolve(SnapshotStore.LATEST_LINK);
        Dataset<Row> second = spark.read().parquet(again.resolve("blocks").toString()).selectExpr(cols.split(", "));
        assertEquals(0, first.exceptAll(second).count());
        assertEquals(0, second.exceptAll(first).count());
        assertEquals(run.get("model_id").asText(), spark.read().parquet(again.resolve("documents").toString())
                .select("model_id").distinct().first().getString(0));
    }

    @Test
    void failuresGiveOneLineAndAnExitCode() throws IOException {
        TestSpark.Run missing = TestSpark.cli("build", "--input", tmp.resolve("nowhere").toString(), "--output", tmp.resolve("x").toString());
        assertEquals(JobFailure.INPUT, missing.exitCode());
        assertEquals("sarikata: input not found: " + tmp.resolve("nowhere"), missing.stderr().strip());
        assertFalse(Files.exists(tmp.resolve("x")), "a missing --input leaves no output root behind");

        Path badModel = Files.writeString(tmp.resolve("bad-model.json"), "{\"format\": \"something-else\"}");
        TestSpark.Run invalid = TestSpark.cli("build", "--input", input.toString(), "--model", badModel.toString(),
                "--output", tmp.resolve("y").toString());
        assertEquals(JobFailure.MODEL, invalid.exitCode());
        assertTrue(invalid.stderr().startsWith("sarikata: invalid model: "), invalid.stderr());
        assertEquals(1, invalid.stderr().strip().lines().count(), "no stack trace without --verbose");

        TestSpark.Run usage = TestSpark.cli("build", "--output", tmp.resolve("z").toString());
        assertEquals(JobFailure.USAGE, usage.exitCode());
        assertTrue(usage.stderr().contains("--input"), usage.stderr());

        for (String[] flag : new String[][] {{"--stats-sample-mb", "0"}, {"--task-mb", "0"}, {"--max-stats-keys", "-1"}}) {
            TestSpark.Run wrong = TestSpark.cli("build", "--input", input.toString(), "--output", tmp.resolve("z").toString(),
                    flag[0], flag[1]);
            assertEquals(JobFailure.USAGE, wrong.exitCode(), String.join(" ", flag));
            assertTrue(wrong.stderr().contains(flag[0] + " must be"), wrong.stderr());
        }
    }

    /** Flags and inputs the README promises exit codes for: each gives its code and one line. */
    @Test
    void wrongFlagsGoldAndModelPathsGiveTheirExitCodes() throws Exception {
        for (String[] flag : new String[][] {{"--max-page-bytes", "0"}, {"--max-page-bytes", "-5"}, {"--max-line-chars", "0"}}) {
            TestSpark.Run wrong = TestSpark.cli("build", "--input", input.toString(), "--output", tmp.resolve("flags").toString(),
                    flag[0], flag[1]);
            assertEquals(JobFailure.USAGE, wrong.exitCode(), String.join(" ", flag));
            assertEquals("sarikata: " + flag[0] + " must be at least 1, got " + flag[1] + " (see: sarikata build --help)",
                    wrong.stderr().strip());
        }
        assertFalse(Files.exists(tmp.resolve("flags")));

        TestSpark.Run folder = TestSpark.cli("build", "--input", input.toString(), "--model", out.toString(),
                "--output", tmp.resolve("model-folder").toString());
        assertEquals(JobFailure.MODEL, folder.exitCode(), folder.stderr());
        assertTrue(folder.stderr().strip().startsWith("sarikata: model " + out + " is a directory"), folder.stderr());
        assertEquals(1, folder.stderr().strip().lines().count(), folder.stderr());

        // A gold file one row short of its page's blocks: exit 3 and one line, not a task failure's trace.
        Path gold = Files.createDirectories(tmp.resolve("short-gold"));
        Path goldFile;
        try (var files = Files.list(TestSpark.SAMPLE_GOLD.resolve("wartaselat"))) {
            goldFile = files.sorted().findFirst().orElseThrow();
        }
        List<String> rows = Files.readAllLines(goldFile);
        Files.write(gold.resolve(goldFile.getFileName()), rows.subList(0, rows.size() - 1));
        TestSpark.Captured<TestSpark.Run> failedTask = TestSpark.capturingTaskFailures(spark, () -> TestSpark.cli("build", "--input",
                input.resolve("wartaselat").toString(), "--gold", gold.toString(), "--output", tmp.resolve("short-gold-out").toString()));
        assertTrue(failedTask.log().contains("rows but the page has"), failedTask.log());
        TestSpark.Run mismatched = failedTask.value();
        assertEquals(JobFailure.INPUT, mismatched.exitCode(), mismatched.stderr());
        List<String> lines = mismatched.stderr().lines().filter(l -> l.startsWith("sarikata:")).toList();
        assertEquals(1, lines.size(), mismatched.stderr());
        assertTrue(lines.get(0).startsWith("sarikata: gold does not match its page: gold "), lines.get(0));
        assertTrue(lines.get(0).contains("rows but the page has"), lines.get(0));
    }

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }
}
