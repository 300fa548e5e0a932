package io.sarikata.output;

import io.sarikata.snapshot.StagedCommit;
import io.sarikata.sources.InputOpener;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The task-side Parquet writing and its commit, without Spark, read back as a data scientist would (DuckDB). */
class StagedWritingTest {

    private static final StructType ROWS = new StructType()
            .add("name", DataTypes.StringType, false)
            .add("n", DataTypes.IntegerType, false)
            .add("big", DataTypes.LongType, false)
            .add("score", DataTypes.DoubleType, false);

    @TempDir
    java.nio.file.Path dir;

    @Test
    void writesTypedRowsThatDuckDbReads() throws Exception {
        Path file = new Path(dir.resolve("a/b/rows.zstd.parquet").toString());
        try (ParquetRowWriter writer = ParquetRowWriter.create(file, ROWS, new Configuration())) {
            for (int i = 0; i < 1000; i++) {
                int n = i;
                writer.write(c -> c.string(0, "baris " + n + " \u00e9\u4e2d").integer(1, n).longValue(2, n * 10_000_000_000L)
                        .doubleValue(3, n / 4.0));
            }
            assertEquals(1000, writer.rows());
        }
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("select count(*), sum(n), max(big), max(score), max(name), "
                     + "typeof(any_value(name)), typeof(any_value(n)), typeof(any_value(big)) from '" + file + "'")) {
            rs.next();
            assertEquals(1000, rs.getLong(1));
            assertEquals(499_500, rs.getLong(2));
            assertEquals(9_990_000_000_000L, rs.getLong(3));
            assertEquals(249.75, rs.getDouble(4));
            assertEquals("baris 999 \u00e9\u4e2d", rs.getString(5));
            assertEquals("VARCHAR", rs.getString(6));
            assertEquals("INTEGER", rs.getString(7));
            assertEquals("BIGINT", rs.getString(8));
        }
    }

    /**
     * Many compressed pages in a column: the page compressor reuses its buffers, and the string cache starts over
     * after a few hundred values, so early rows are checked after many later ones.
     */
    @Test
    void manyPagesAndRowGroupsReadBackIntact() throws Exception {
        Path file = new Path(dir.resolve("big.zstd.parquet").toString());
        int rows = 60_000;
        String[] shared = new String[1000];
        for (int i = 0; i < shared.length; i++) {
            shared[i] = "nilai bersama " + i + " \u201c";
        }
        long textChars = 0;
        try (ParquetRowWriter writer = ParquetRowWriter.create(file, ROWS, new Configuration())) {
            java.util.Random random = new java.util.Random(7);
            for (int i = 0; i < rows; i++) {
                String name = i % 3 == 0 ? shared[random.nextInt(shared.length)] : rowText(i, random);
                textChars += name.length();
                int n = i;
                writer.write(c -> c.string(0, name).integer(1, n).longValue(2, n).doubleValue(3, n));
            }
        }
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement st = db.createStatement()) {
            try (ResultSet rs = st.executeQuery("select count(*), sum(length(name)), count(distinct name) filter "
                    + "(where name like 'nilai bersama%') from '" + file + "'")) {
                rs.next();
                assertEquals(rows, rs.getLong(1));
                assertEquals(textChars, rs.getLong(2));
                assertTrue(rs.getLong(3) > 900, "shared strings after the cache started over are still written");
            }
            try (ResultSet rs = st.executeQuery("select name from '" + file + "' where n in (1, 2, 59999) order by n")) {
                java.util.Random random = new java.util.Random(7);
                List<String> expected = new ArrayList<>();
                for (int i = 0; i < rows; i++) {
                    String name = i % 3 == 0 ? shared[random.nextInt(shared.length)] : rowText(i, random);
                    if (i == 1 || i == 2 || i == 59_999) {
                        expected.add(name);
                    }
                }
                for (String name : expected) {
                    rs.next();
                    assertEquals(name, rs.getString(1));
                }
            }
            try (ResultSet rs = st.executeQuery("select sum(total_compressed_size) from parquet_metadata('" + file
                    + "') where path_in_schema = 'name'")) {
                rs.next();
                assertTrue(rs.getLong(1) > 8L << 20, "the column spans many 1 MB pages");
            }
            try (ResultSet rs = st.executeQuery("select count(distinct row_group_id), max(row_group_num_rows) from "
                    + "parquet_metadata('" + file + "')")) {
                rs.next();
                assertTrue(rs.getLong(1) > 1, "the rows span more than one row group");
                assertTrue(rs.getLong(2) < rows, "each row group ends at its size");
            }
        }
    }

    /**
     * A row must fill every column once. One that does not fails, and so does every later row: the column writers
     * hold part of it, so the file is closed without a footer rather than with misaligned columns.
     */
    @Test
    void aRowThatLeavesAColumnEmptyOrFillsOneTwiceFailsAndTheFileGetsNoFooter() throws Exception {
        assertBadRowFails(c -> c.string(0, "a").integer(1, 1).doubleValue(3, 0), "row leaves column big empty");
        assertBadRowFails(c -> c.string(0, "a").integer(1, 1).integer(1, 2).longValue(2, 0).doubleValue(3, 0),
                "row fills column n twice");
    }

    private void assertBadRowFails(ParquetRowWriter.Row bad, String message) throws Exception {
        java.nio.file.Path local = dir.resolve("bad-" + message.hashCode() + ".parquet");
        ParquetRowWriter writer = ParquetRowWriter.create(new Path(local.toString()), ROWS, new Configuration());
        writer.write(c -> c.string(0, "a").integer(1, 1).longValue(2, 0).doubleValue(3, 0));
        assertEquals(message, assertThrows(IllegalStateException.class, () -> writer.write(bad)).getMessage());
        assertThrows(IllegalStateException.class,
                () -> writer.write(c -> c.string(0, "b").integer(1, 1).longValue(2, 0).doubleValue(3, 0)));
        writer.close();
        byte[] bytes = Files.readAllBytes(local);
        assertFalse(bytes.length >= 8 && new String(bytes, bytes.length - 4, 4, StandardCharsets.US_ASCII).equals("PAR1"),
                "no footer, so no reader takes the file for a whole one");
    }

    /** Text that compresses poorly, so the column fills many pages. */
    private static String rowText(int i, java.util.Random random) {
        StringBuilder text = new StringBuilder("baris " + i + " \u00e9 ");
        for (int k = 0; k < 1600; k++) {
            text.append((char) ('a' + random.nextInt(26)));
        }
        return text.toString();
    }

    @Test
    void stagedFilesAreCommittedIntoPortalFoldersAndStagingIsRemoved() throws Exception {
        String snapshot = dir.resolve("snap").toString();
        Configuration conf = new Configuration();
        List<TaskOutput> outputs = new ArrayList<>();
        for (int task = 0; task < 2; task++) {
            Path staging = StagedCommit.stagingFolder(snapshot, task, 0);
            List<String> written = new ArrayList<>();
            try (StagedDataset rows = new StagedDataset("rows", ROWS, true, staging, task, conf, written)) {
                for (String portal : List.of("kabar.id", "a/b c", "kabar.id")) {
                    int t = task;
                    rows.write(portal, c -> c.string(0, portal).integer(1, t).longValue(2, 0).doubleValue(3, 0));
                }
            }
            outputs.add(new TaskOutput(staging.toString(), written, Map.of(), Map.of(), Map.of()));
        }
        // A failed attempt's leftovers must not be committed.
        Files.createDirectories(dir.resolve("snap/_staging/task-0-attempt-1/rows"));
        Files.writeString(dir.resolve("snap/_staging/task-0-attempt-1/rows/junk.parquet"), "partial");

        StagedCommit.commit(snapshot, outputs, conf);

        assertFalse(Files.exists(dir.resolve("snap/_staging")));
        assertTrue(Files.exists(dir.resolve("snap/rows/portal=kabar.id/part-00000-000.zstd.parquet")));
        assertTrue(Files.exists(dir.resolve("snap/rows/portal=a%2Fb c/part-00001-001.zstd.parquet")),
                "partition values are escaped as Spark escapes them");
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("select portal, count(*) from read_parquet('" + snapshot
                     + "/rows/*/*.parquet', hive_partitioning = true) group by portal order by portal")) {
            rs.next();
            assertEquals("a/b c", rs.getString(1));
            assertEquals(2, rs.getLong(2));
            rs.next();
            assertEquals("kabar.id", rs.getString(1));
            assertEquals(4, rs.getLong(2));
            assertFalse(rs.next());
        }
    }

    @Test
    void aTaskMeetingManyPortalsKeepsFewFilesOpenAndLosesNoRow() throws Exception {
        Path staging = new Path(dir.resolve("many").toString());
        List<String> written = new ArrayList<>();
        int portals = StagedDataset.MAX_OPEN_FILES * 3;
        try (StagedDataset rows = new StagedDataset("rows", ROWS, true, staging, 0, new Configuration(), written)) {
            for (int round = 0; round < 2; round++) {
                for (int p = 0; p < portals; p++) {
                    String portal = "portal" + p;
                    rows.write(portal, c -> c.string(0, portal).integer(1, 1).longValue(2, 0).doubleValue(3, 0));
                }
            }
        }
        assertEquals(portals * 2, written.size(), "a portal met again after its file was closed gets a new file");
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("select count(*), count(distinct portal) from read_parquet('" + staging
                     + "/rows/*/*.parquet', hive_partitioning = true)")) {
            rs.next();
            assertEquals(portals * 2, rs.getLong(1));
            assertEquals(portals, rs.getLong(2));
        }
    }

    @Test
    void anEmptyDatasetGetsOneEmptyFileWithItsSchema() throws Exception {
        String snapshot = dir.resolve("empty").toString();
        StagedCommit.ensureDataset(snapshot, "documents", OutputRows.DOCUMENTS, new Configuration());
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("select count(*), count(portal) from '" + snapshot + "/documents/*.parquet'")) {
            rs.next();
            assertEquals(0, rs.getLong(1));
        }
    }

    @Test
    void opensLocalPathsAndFileUris() throws Exception {
        java.nio.file.Path page = dir.resolve("halaman satu.txt");
        Files.writeString(page, "Isi halaman.");
        InputOpener opener = new InputOpener();
        try (InputStream in = opener.open(page.toString())) {
            assertEquals("Isi halaman.", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        // Other file systems are listed as Hadoop prints paths: scheme, then the path unescaped.
        try (InputStream in = opener.open(new Path(page.toUri()).toString())) {
            assertEquals("Isi halaman.", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
