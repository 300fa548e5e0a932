package io.sarikata.jobs;

import io.sarikata.snapshot.SnapshotStore;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A dump nobody checked: every bad input ends as a document or a reject with a reason, and the run goes on. */
class BadInputTest {

    @TempDir
    static Path tmp;

    static SparkSession spark;
    static Path out;
    static JsonNode run;
    static Map<String, String> rejectReasons = new HashMap<>();
    static Map<String, Row> documents = new HashMap<>();
    static Map<String, Row> rejects = new HashMap<>();
    static boolean madeFifo;

    static final String PAGE = "Warta.id - Hujan deras sejak pagi membuat sungai di tepi kota meluap hingga ke jalan utama.\n"
            + "Petugas menutup dua ruas jalan dan mengalihkan kendaraan lewat jalur lingkar selatan kota.\n"
            + "Baca Juga: Jembatan Baru Dibuka Bulan Depan\n"
            + "Warga diminta menjauhi bantaran sungai sampai air benar-benar surut, kata kepala dinas.\n"
            + "Terpopuler\n- Harga Bawang Turun Lagi\n- Festival Layang-Layang Digelar Akhir Pekan";

    @BeforeAll
    static void build() throws IOException {
        spark = TestSpark.start();
        Path dump = Files.createDirectories(tmp.resolve("dump/warta"));
        Files.writeString(dump.resolve("001_clean.txt"), PAGE);
        try (OutputStream o = Files.newOutputStream(dump.resolve("002_one_huge_line.txt"))) {
            byte[] chunk = "kata ".repeat(20_000).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 500; i++) {
                o.write(chunk); // 50 MB without a line break
            }
        }
        StringBuilder manyLines = new StringBuilder("Warta.id - Sebuah halaman dengan sangat banyak baris.\n");
        for (int i = 0; i < 100_000; i++) {
            manyLines.append("baris ").append(i).append('\n');
        }
        Files.writeString(dump.resolve("003_many_lines.txt"), manyLines);
        Files.writeString(dump.resolve("004_nul_bytes.txt"), PAGE.replace("kota", "ko\0ta"));
        Files.write(dump.resolve("005_latin.txt"), PAGE.replace("kata", "kat\u00e9").getBytes(Charset.forName("windows-1252")));
        Files.write(dump.resolve("006_utf16.txt"), ("\uFEFF" + PAGE).getBytes(StandardCharsets.UTF_16LE));
        Files.writeString(dump.resolve("007_not_really.html"), PAGE);
        Files.writeString(dump.resolve("008_tags_only.html"), "<html><body><div><span></span></div></body></html>");
        Files.write(dump.resolve("009_garbage.tar.gz"), "this is not gzip at all".getBytes(StandardCharsets.US_ASCII));
        // Files in hidden folders are skipped as hidden files are (they were read).
        Files.writeString(Files.createDirectories(dump.resolve(".cache")).resolve("012_cached.txt"), PAGE);
        Files.writeString(Files.createDirectories(dump.resolve("_tmp/deeper")).resolve("013_scratch.txt"), PAGE);
        Files.createSymbolicLink(dump.resolve("loop"), dump);
        Files.createSymbolicLink(dump.resolve("010_dangling.txt"), tmp.resolve("nowhere.txt"));
        // A fifo hung the build forever, waiting to open it; skipped where there is no mkfifo.
        try {
            madeFifo = new ProcessBuilder("mkfifo", dump.resolve("011_pipe.txt").toString()).start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            System.out.println("no fifo in this test: mkfifo is missing (" + e.getMessage() + ")");
        }

        out = tmp.resolve("out");
        TestSpark.Run result = TestSpark.cli("build", "--input", tmp.resolve("dump").toString(), "--output", out.toString(),
                "--model", trainedModel().toString());
        assertEquals(0, result.exitCode(), result.stderr());
        out = out.resolve(SnapshotStore.LATEST_LINK);
        run = new ObjectMapper().readTree(out.resolve("_run.json").toFile());
        for (Row r : spark.read().parquet(out.resolve("rejects").toString()).collectAsList()) {
            rejectReasons.put(Path.of(r.<String>getAs("source")).getFileName().toString(), r.getAs("reason"));
            rejects.put(Path.of(r.<String>getAs("source")).getFileName().toString(), r);
        }
        for (Row r : spark.read().parquet(out.resolve("documents").toString()).collectAsList()) {
            documents.put(Path.of(r.getString(r.fieldIndex("source"))).getFileName().toString(), r);
        }
    }

    /** A model from data-sample, so the odd pages are labelled by what the sample taught. */
    private static Path trainedModel() {
        Path model = tmp.resolve("model.json");
        TestSpark.Run trained = TestSpark.cli("train", "--input", TestSpark.SAMPLE_PAGES.toString(), "--gold",
                TestSpark.SAMPLE_GOLD.toString(), "--model-out", model.toString());
        assertEquals(0, trained.exitCode(), trained.stderr());
        return model;
    }

    @AfterAll
    static void stop() {
        TestSpark.stop(spark);
    }

    @Test
    void nothingIsLostAndTheRunSaysSo() {
        JsonNode accounting = run.get("accounting");
        assertTrue(accounting.get("balanced").asBoolean());
        assertEquals(accounting.get("input_pages").asLong(), documents.size() + rejectReasons.size());
        assertEquals(madeFifo ? 12 : 11, accounting.get("input_pages").asLong(), "ten files, one symlink loop (and a fifo)");
    }

    @Test
    void unreadableInputsAreRejectedWithAReason() {
        Map<String, String> expected = new HashMap<>(Map.of(
                "002_one_huge_line.txt", "too_large",
                "008_tags_only.html", "empty",
                "009_garbage.tar.gz", "corrupt_archive",
                "loop", "unreadable",
                "010_dangling.txt", "unreadable"));
        if (madeFifo) {
            expected.put("011_pipe.txt", "unsupported");
        }
        assertEquals(expected, rejectReasons);
    }

    /** Issue 18, item 12: an unreadable file's detail says why, not only its path; a too large file has its size. */
    @Test
    void rejectsSayWhyAndHowLarge() {
        Row dangling = rejects.get("010_dangling.txt");
        assertEquals("no such file (a broken symlink, or gone since listing)", dangling.getAs("detail"));
        Row huge = rejects.get("002_one_huge_line.txt");
        assertEquals(50_000_000L, huge.<Long>getAs("size_bytes"), "the listed size, not -1");
        assertEquals(2, run.get("skipped_hidden_files").asLong(), "the files in .cache/ and _tmp/deeper/");
        assertTrue(rejects.keySet().stream().noneMatch(n -> n.startsWith("012") || n.startsWith("013"))
                && documents.keySet().stream().noneMatch(n -> n.startsWith("012") || n.startsWith("013")));
    }

    @Test
    void oddButReadablePagesBecomeDocumentsWithANote() {
        assertEquals(100_001, documents.get("003_many_lines.txt").<Integer>getAs("n_blocks"));
        assertTrue(documents.get("004_nul_bytes.txt").<String>getAs("decode_note").contains("control characters"));
        assertEquals("windows-1252", documents.get("005_latin.txt").<String>getAs("charset"));
        assertTrue(documents.get("005_latin.txt").<String>getAs("text").contains("kat\u00e9"));
        assertEquals("UTF-16LE", documents.get("006_utf16.txt").<String>getAs("charset"));
        assertEquals("", documents.get("001_clean.txt").<String>getAs("decode_note"));
        Row notHtml = documents.get("007_not_really.html");
        assertTrue(notHtml.<String>getAs("text").contains("Hujan deras"), "plain text named .html still reads");
    }

    @Test
    void theCleanPageIsLabelledLikeTheSampleTaughtIt() {
        String body = documents.get("001_clean.txt").getAs("text");
        assertTrue(body.startsWith("Warta.id - Hujan deras"));
        assertTrue(body.contains("Warga diminta menjauhi"));
        assertTrue(!body.contains("Baca Juga") && !body.contains("Terpopuler") && !body.contains("Harga Bawang"), body);
    }
}
