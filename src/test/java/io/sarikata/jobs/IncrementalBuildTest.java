package io.sarikata.jobs;

import io.sarikata.JobFailure;
import io.sarikata.output.OutputRows;
import io.sarikata.snapshot.SnapshotFiles;
import io.sarikata.snapshot.StagedCommit;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Nightly incremental builds: only new and changed files are read; the rest is carried over row for row. */
class IncrementalBuildTest {

    @TempDir
    static Path tmp;

    static SparkSession spark;
    static Path model;
    static Path otherModel;

    @BeforeAll
    static void start() {
        spark = TestSpark.start();
        model = tmp.resolve("model.json");
        otherModel = tmp.resolve("other-model.json");
        assertEquals(0, TestSpark.cli("train", "--input", TestSpark.SAMPLE_PAGES.toString(), "--gold",
                TestSpark.SAMPLE_GOLD.toString(), "--model-out", model.toString()).exitCode());
        assertEquals(0, TestSpark.cli("train", "--input", TestSpark.SAMPLE_PAGES.toString(),
                "--model-out", otherModel.toString()).exitCode());
    }

    @AfterAll
    static void stop() {
        TestSpark.stop(spark);
    }

    private static JsonNode build(Path dump, Path root, Path withModel, String... extra) throws IOException {
        List<String> args = new java.util.ArrayList<>(List.of("build", "--input", dump.toString(), "--model",
                withModel.toString(), "--output", root.toString()));
        args.addAll(List.of(extra));
        TestSpark.Run run = TestSpark.cli(args.toArray(String[]::new));
        assertEquals(0, run.exitCode(), run.stderr());
        return new ObjectMapper().readTree(root.resolve("latest").resolve("_run.json").toFile());
    }

    private static Dataset<Row> blocks(Path root, String runId) {
        return spark.read().parquet(root.resolve("snapshots").resolve(runId).resolve("blocks").toString())
                .select("doc_id", "block_index", "line_start", "text", "label", "score", "reason");
    }

    @Test
    void readsOnlyWhatChangedAndCarriesTheRestOverUnchanged() throws Exception {
        Path dump = tmp.resolve("dump");
        TestSpark.copyTree(TestSpark.SAMPLE_PAGES.resolve("kabarnusa"), dump.resolve("kabarnusa"));
        TestSpark.copyTree(TestSpark.SAMPLE_PAGES.resolve("wartaselat"), dump.resolve("wartaselat"));
        Path root = tmp.resolve("nightly");
        JsonNode first = build(dump, root, model);
        assertEquals(20, first.get("accounting").get("documents").asLong());

        Path changed;
        try (Stream<Path> s = Files.list(dump.resolve("kabarnusa"))) {
            changed = s.filter(p -> p.toString().endsWith(".txt")).sorted().findFirst().orElseThrow();
        }
        Files.writeString(changed, Files.readString(changed) + "\nTerkini\n- Sebuah Judul Baru Yang Ditambahkan");
        Path removed;
        try (Stream<Path> s = Files.list(dump.resolve("wartaselat"))) {
            removed = s.sorted().findFirst().orElseThrow();
        }
        Files.delete(removed);
        Files.copy(TestSpark.SAMPLE_PAGES.resolve("lintasmetro-2026-11.tgz"), dump.resolve("lintasmetro-2026-11.tgz"));
        Thread.sleep(1100); // run ids have one-second resolution

        JsonNode second = build(dump, root, model, "--incremental");
        JsonNode incremental = second.get("incremental");
        assertEquals(17, incremental.get("reused_files").asLong(), incremental.toString());
        assertEquals(2, incremental.get("read_files").asLong());
        assertEquals(1, incremental.get("removed_files").asLong());
        assertEquals(29, second.get("accounting").get("documents").asLong());
        assertEquals(11, second.get("accounting").get("read_this_run").asLong(), "one changed page and a bundle of ten");
        assertTrue(second.get("accounting").get("balanced").asBoolean());
        assertEquals(10, second.get("pages_by_portal").get("lintasmetro.co.id").asLong(), second.toString());
        assertEquals(9, second.get("pages_by_portal").get("wartaselat.id").asLong(),
                "the documents the snapshot holds: reused ones counted, a file gone not");
        assertEquals(29, sum(second.get("pages_by_portal")), second.get("pages_by_portal").toString());
        long kabarnusaKey = io.sarikata.features.StatKeys.portalKey("kabarnusa.com");
        assertEquals(0, spark.read().parquet(root.resolve("snapshots").resolve(first.get("run_id").asText())
                        .resolve(SnapshotFiles.STATISTICS_KEYS).toString()).where("key = " + kabarnusaKey).count(),
                "portal sizes are stored by name, not as keys, so that snapshots of either form add up alike");

        Dataset<Row> before = blocks(root, first.get("run_id").asText());
        Dataset<Row> after = blocks(root, second.get("run_id").asText());
        String changedDoc = io.sarikata.segment.Page.docId(dump.relativize(changed).toString());
        String removedDoc = io.sarikata.segment.Page.docId(dump.relativize(removed).toString());
        Dataset<Row> untouched = before.where("doc_id NOT IN ('" + changedDoc + "', '" + removedDoc + "')");
        assertEquals(0, untouched.exceptAll(after).count(), "rows of unchanged files are carried over exactly");
        assertTrue(after.where("doc_id = '" + changedDoc + "' AND text = '- Sebuah Judul Baru Yang Ditambahkan'").count() == 1, "the changed page was read again");
        assertEquals(0, after.where("doc_id = '" + removedDoc + "'").count(), "a file gone from the dump is gone from the corpus");

        for (String dataset : List.of(SnapshotFiles.DOCUMENTS, SnapshotFiles.REJECTS, SnapshotFiles.BLOCKS)) {
            assertEquals(1, columnOrders(root.resolve("latest").resolve(dataset)).size(),
                    dataset + ": carried-over files have the columns in the order of new ones");
        }

        Thread.sleep(1100);
        JsonNode third = build(dump, root, model, "--incremental");
        assertEquals(0, third.get("incremental").get("read_files").asLong());
        Dataset<Row> again = blocks(root, third.get("run_id").asText());
        assertEquals(0, after.exceptAll(again).count());
        assertEquals(0, again.exceptAll(after).count(), "same inputs and model give identical rows");
        try (Stream<Path> files = Files.walk(root)) {
            List<Path> checksums = files.filter(f -> f.getFileName().toString().endsWith(".crc")).toList();
            assertEquals(List.of(), checksums, "no Hadoop checksum side files, also where Spark copied the reused rows");
        }
        assertTrue(Files.notExists(tmp.resolve(".model.json.crc")), "train writes its model without one too");

        Thread.sleep(1100);
        JsonNode fourth = build(dump, root, otherModel, "--incremental");
        assertEquals(0, fourth.get("incremental").get("reused_files").asLong());
        assertTrue(fourth.get("incremental").get("plan").asText().startsWith("the model changed"));
        assertEquals(29, fourth.get("accounting").get("documents").asLong());
    }

    @Test
    void aLargeInputIsCountedOnASampleThatIncrementalRunsKeep() throws Exception {
        Path dump = tmp.resolve("sampled-dump");
        TestSpark.copyTree(TestSpark.SAMPLE_PAGES.resolve("kabarnusa"), dump.resolve("kabarnusa"));
        TestSpark.copyTree(TestSpark.SAMPLE_PAGES.resolve("wartaselat"), dump.resolve("wartaselat"));
        TestSpark.copyTree(TestSpark.SAMPLE_PAGES.resolve("suarakampung"), dump.resolve("suarakampung"));
        JsonNode full = build(dump, tmp.resolve("counted-fully"), model);
        assertEquals(1.0, full.get("corpus_statistics").get("sample_share").asDouble(), "under 100 MB: every page");
        assertEquals(30, full.get("corpus_statistics").get("counted_pages").asLong());

        // About a third of the input's bytes: the statistics count a third of the pages, every page is labelled.
        Path root = tmp.resolve("counted-on-a-sample");
        JsonNode sampled = build(dump, root, model, "--stats-sample-mb", "0.025");
        JsonNode stats = sampled.get("corpus_statistics");
        double share = stats.get("sample_share").asDouble();
        assertTrue(share > 0.2 && share < 0.5, stats.toString());
        long counted = stats.get("counted_pages").asLong();
        assertTrue(counted > 0 && counted < 30, stats.toString());
        assertEquals(30, sampled.get("accounting").get("documents").asLong());
        String snapshot = root.resolve("latest").toString();
        assertEquals(share, new ObjectMapper().readTree(Path.of(snapshot, SnapshotFiles.STATISTICS_SAMPLE).toFile())
                .get("share").asDouble());
        assertEquals(counted, spark.read().parquet(snapshot + "/" + SnapshotFiles.STATISTICS_PORTALS)
                .agg(org.apache.spark.sql.functions.sum("pages")).first().getLong(0), "portal sizes are the pages counted");

        // Templates repeat on most pages, so a third of the pages finds them as well: labels barely move.
        Dataset<Row> fullLabels = blocks(tmp.resolve("counted-fully"), full.get("run_id").asText()).select("doc_id", "block_index", "label");
        Dataset<Row> sampledLabels = blocks(root, sampled.get("run_id").asText()).select("doc_id", "block_index", "label");
        long blocks = fullLabels.count();
        long same = fullLabels.intersect(sampledLabels).count();
        assertTrue(same >= 0.95 * blocks, same + " of " + blocks + " blocks keep their label");

        // An incremental run adds the new pages it samples to the counts, on the same sample.
        Files.copy(TestSpark.SAMPLE_PAGES.resolve("lintasmetro-2026-11.tgz"), dump.resolve("lintasmetro-2026-11.tgz"));
        Thread.sleep(1100);
        JsonNode next = build(dump, root, model, "--incremental", "--stats-sample-mb", "100");
        assertEquals(share, next.get("corpus_statistics").get("sample_share").asDouble(), "the sample of the counts it adds to");
        assertTrue(next.get("corpus_statistics").get("added_to_previous_run").asBoolean());
        assertEquals(40, next.get("accounting").get("documents").asLong());
    }

    /**
     * A folder named like a bundle member's source ({@code x.tgz!dir}): the input file was cut out of the source at
     * the '!', the next incremental run neither reused nor read the page, and the accounting still balanced.
     */
    @Test
    void pagesUnderPathsWithBangsAreReusedToo() throws Exception {
        Path dump = tmp.resolve("bang-dump");
        TestSpark.copyTree(TestSpark.SAMPLE_PAGES.resolve("wartaselat"), dump.resolve("wartaselat"));
        Path odd;
        try (Stream<Path> s = Files.list(dump.resolve("wartaselat"))) {
            odd = s.sorted().findFirst().orElseThrow();
        }
        Files.createDirectories(dump.resolve("x.tgz!dir"));
        Files.move(odd, dump.resolve("x.tgz!dir").resolve(odd.getFileName()));
        Path root = tmp.resolve("bang-nightly");
        JsonNode first = build(dump, root, model);
        assertEquals(10, first.get("accounting").get("documents").asLong());
        assertEquals(1, spark.read().parquet(root.resolve("latest").resolve("documents").toString())
                .where("input_file LIKE '%x.tgz!dir/%' AND input_file = source").count(), "input_file is the listed file");

        Thread.sleep(1100);
        JsonNode second = build(dump, root, model, "--incremental");
        assertEquals(10, second.get("incremental").get("reused_files").asLong(), second.get("incremental").toString());
        assertEquals(10, second.get("accounting").get("documents").asLong(), "no page lost");

        // Rows a snapshot lost (as earlier versions lost these) are not taken as reused: their files are read again.
        Path documents = root.resolve("latest").resolve("documents");
        try (Stream<Path> s = Files.walk(documents)) {
            for (Path f : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
        StagedCommit.ensureDataset(root.resolve("latest").toString(), SnapshotFiles.DOCUMENTS, OutputRows.DOCUMENTS,
                new org.apache.hadoop.conf.Configuration());
        Thread.sleep(1100);
        JsonNode third = build(dump, root, model, "--incremental");
        assertEquals(10, third.get("incremental").get("read_files").asLong(), third.get("incremental").toString());
        assertEquals(10, third.get("accounting").get("documents").asLong());
    }

    /** The column orders of a dataset's Parquet files, each file read on its own. */
    private static java.util.Set<List<String>> columnOrders(Path dataset) throws IOException {
        java.util.Set<List<String>> orders = new java.util.HashSet<>();
        try (Stream<Path> files = Files.walk(dataset)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".parquet")).toList()) {
                orders.add(List.of(spark.read().parquet(f.toString()).columns()));
            }
        }
        return orders;
    }

    /** Issue 18, item 12: the same training gives the same model.json, byte for byte (it held the time it was made). */
    @Test
    void trainingTwiceWritesTheSameBytes() throws Exception {
        Path again = tmp.resolve("model-again.json");
        assertEquals(0, TestSpark.cli("train", "--input", TestSpark.SAMPLE_PAGES.toString(), "--gold",
                TestSpark.SAMPLE_GOLD.toString(), "--model-out", again.toString()).exitCode());
        assertEquals(Files.readString(model), Files.readString(again));
        assertEquals(40, new ObjectMapper().readTree(again.toFile()).get("training").get("gold_pages").asInt(),
                "the gold pages that labelled an input page");
    }

    private static long sum(JsonNode counts) {
        long total = 0;
        for (JsonNode n : counts) {
            total += n.asLong();
        }
        return total;
    }

    private static Dataset<Row> rows(Path root, String dataset) {
        return spark.read().parquet(root.resolve("latest").resolve(dataset).toString());
    }

    /**
     * The same dump under two absolute paths (another mount point, another checkout): every row is the same, the
     * statistics are counted on the same sample, and an incremental run from the other place reuses every file.
     */
    @Test
    void aDumpMountedElsewhereGivesTheSameRowsAndIsReused() throws Exception {
        Path here = tmp.resolve("mount-a/dump");
        Path there = tmp.resolve("elsewhere/mnt-b/dump-copy");
        for (Path dump : List.of(here, there)) {
            TestSpark.copyTree(TestSpark.SAMPLE_PAGES, dump);
        }
        // A mount keeps modification times; the copy takes them over.
        try (Stream<Path> files = Files.walk(here)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(there.resolve(here.relativize(f).toString()), Files.getLastModifiedTime(f));
            }
        }
        // A small sample, so that which pages are counted depends on their names.
        JsonNode a = build(here, tmp.resolve("out-a"), model, "--stats-sample-mb", "0.03");
        JsonNode b = build(there, tmp.resolve("out-b"), model, "--stats-sample-mb", "0.03");
        assertEquals(here.toAbsolutePath().toString(), a.get("input_root").asText());
        assertEquals(there.toAbsolutePath().toString(), b.get("input_root").asText());
        assertTrue(a.get("corpus_statistics").get("sample_share").asDouble() < 1, a.get("corpus_statistics").toString());
        assertEquals(a.get("corpus_statistics"), b.get("corpus_statistics"));
        assertEquals(a.get("accounting"), b.get("accounting"));
        assertEquals(a.get("pages_by_portal"), b.get("pages_by_portal"));
        for (String dataset : List.of(SnapshotFiles.DOCUMENTS, SnapshotFiles.BLOCKS, SnapshotFiles.REJECTS,
                SnapshotFiles.MANIFEST)) {
            Dataset<Row> rowsA = rows(tmp.resolve("out-a"), dataset);
            Dataset<Row> rowsB = rows(tmp.resolve("out-b"), dataset);
            assertTrue(rowsA.count() > 0 || dataset.equals(SnapshotFiles.REJECTS), dataset);
            assertEquals(0, rowsA.exceptAll(rowsB).count(), dataset + " differ");
            assertEquals(0, rowsB.exceptAll(rowsA).count(), dataset + " differ");
        }
        assertEquals(0, rows(tmp.resolve("out-a"), SnapshotFiles.DOCUMENTS)
                .where("source LIKE '%mount-a%' OR input_file LIKE '/%'").count(), "no row names the mount point");

        Thread.sleep(1100);
        JsonNode moved = build(there, tmp.resolve("out-a"), model, "--incremental");
        assertEquals(0, moved.get("incremental").get("read_files").asLong(), moved.get("incremental").toString());
        assertEquals(a.get("accounting").get("documents"), moved.get("accounting").get("documents"));
    }

    /** Issue 18, item 8: an edit that keeps a file's size and modification time is found by the content check only. */
    @Test
    void aContentCheckFindsEditsThatKeepSizeAndTime() throws Exception {
        Path dump = tmp.resolve("content-dump");
        TestSpark.copyTree(TestSpark.SAMPLE_PAGES.resolve("kabarnusa"), dump.resolve("kabarnusa"));
        Path root = tmp.resolve("content-nightly");
        JsonNode first = build(dump, root, model, "--incremental-check", "content");
        assertTrue(first.get("timings_ms").has("content_hashes"), first.get("timings_ms").toString());
        assertEquals(64, rows(root, SnapshotFiles.MANIFEST).first().getString(4).length(), "a SHA-256 per input file");

        Path edited;
        Path touched;
        try (Stream<Path> s = Files.list(dump.resolve("kabarnusa"))) {
            List<Path> pages = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
            edited = pages.get(0);
            touched = pages.get(1);
        }
        String text = Files.readString(edited);
        int at = text.indexOf('a');
        var time = Files.getLastModifiedTime(edited);
        Files.writeString(edited, text.substring(0, at) + "o" + text.substring(at + 1)); // same size
        Files.setLastModifiedTime(edited, time);
        String editedDoc = io.sarikata.segment.Page.docId(dump.relativize(edited).toString());
        String editedBlock = blocks(root, first.get("run_id").asText())
                .where("doc_id = '" + editedDoc + "'").orderBy("block_index").collectAsList().stream()
                .map(r -> r.getString(3)).filter(t -> t.contains("a")).findFirst().orElseThrow();

        Thread.sleep(1100);
        JsonNode byTime = build(dump, root, model, "--incremental");
        assertEquals(0, byTime.get("incremental").get("read_files").asLong(), "by size and time, the edit is missed");

        // A touched file keeps its bytes: the content check reuses it (its hash was carried over by the run by time).
        Files.setLastModifiedTime(touched, java.nio.file.attribute.FileTime.fromMillis(time.toMillis() + 60_000));
        Thread.sleep(1100);
        JsonNode byContent = build(dump, root, model, "--incremental", "--incremental-check", "content");
        assertEquals(1, byContent.get("incremental").get("read_files").asLong(), byContent.get("incremental").toString());
        assertTrue(byContent.get("incremental").get("plan").asText().endsWith("(by size and content hash)"));
        assertEquals(0, blocks(root, byContent.get("run_id").asText()).where("doc_id = '" + editedDoc + "'")
                .where(org.apache.spark.sql.functions.col("text").equalTo(editedBlock)).count(), "the edited page was read again");
        assertTrue(byContent.get("accounting").get("balanced").asBoolean());
    }

    @Test
    void incrementalNeedsAFixedModel() {
        TestSpark.Run run = TestSpark.cli("build", "--input", TestSpark.SAMPLE_PAGES.toString(), "--output",
                tmp.resolve("x").toString(), "--incremental");
        assertEquals(JobFailure.USAGE, run.exitCode());
        assertTrue(run.stderr().contains("--incremental needs --model"), run.stderr());
    }
}
