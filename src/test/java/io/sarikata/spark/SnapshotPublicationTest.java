package io.sarikata.spark;

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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Nightly rebuilds: a build that dies midway never changes what readers see, and the next run cleans up. */
class SnapshotPublicationTest {

    @TempDir
    static Path tmp;

    static SparkSession spark;
    static Path input;
    static Path model;

    @BeforeAll
    static void start() throws IOException {
        spark = TestSpark.start();
        input = tmp.resolve("dump");
        TestSpark.copyTree(TestSpark.SAMPLE_PAGES.resolve("wartaselat"), input);
        model = tmp.resolve("model.json");
        TestSpark.Run trained = TestSpark.cli("train", "--input", TestSpark.SAMPLE_PAGES.toString(), "--gold",
                TestSpark.SAMPLE_GOLD.toString(), "--model-out", model.toString());
        assertEquals(0, trained.exitCode(), trained.stderr());
    }

    @AfterAll
    static void stop() {
        TestSpark.stop(spark);
    }

    private static TestSpark.Run build(Path root, String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("build", "--input", input.toString(), "--model",
                model.toString(), "--output", root.toString()));
        args.addAll(List.of(extra));
        return TestSpark.cli(args.toArray(String[]::new));
    }

    private static long documents(Path snapshot) {
        return spark.read().parquet(snapshot.resolve("documents").toString()).count();
    }

    private static List<String> snapshots(Path root) throws IOException {
        try (Stream<Path> s = Files.list(root.resolve(SnapshotStore.SNAPSHOTS))) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aBuildKilledMidwayLeavesTheLatestSnapshotReadableAndTheNextRunCleansUp() throws Exception {
        Path root = tmp.resolve("nightly");
        assertEquals(0, build(root).exitCode());
        SnapshotStore store = new SnapshotStore(root.toString(), spark.sparkContext().hadoopConfiguration());
        String first = store.latest();
        assertEquals(first, Files.readSymbolicLink(root.resolve(SnapshotStore.LATEST_LINK)).getFileName().toString());
        assertEquals(10, documents(root.resolve(SnapshotStore.LATEST_LINK)));

        spark.conf().set(BuildJob.FAULT_INJECTION_KEY, "007_");
        TestSpark.Run killed;
        try {
            killed = build(root);
        } finally {
            spark.conf().unset(BuildJob.FAULT_INJECTION_KEY);
        }
        assertNotEquals(0, killed.exitCode());
        assertTrue(killed.stderr().contains("injected failure"), killed.stderr());
        assertEquals(first, store.latest(), "LATEST still names the last complete run");
        assertEquals(10, documents(root.resolve(SnapshotStore.LATEST_LINK)), "and it still reads");
        assertEquals(2, snapshots(root).size(), "the dead run left a partial snapshot");
        String partial = snapshots(root).get(1);
        assertFalse(Files.exists(root.resolve(SnapshotStore.SNAPSHOTS).resolve(partial).resolve(SnapshotStore.SUCCESS)));

        Thread.sleep(1100); // run ids have one-second resolution
        assertEquals(0, build(root, "--keep", "1").exitCode());
        String third = store.latest();
        assertNotEquals(first, third);
        assertEquals(List.of(third), snapshots(root), "the partial run is gone and --keep 1 kept only the newest");
        assertEquals(10, documents(root.resolve(SnapshotStore.LATEST_LINK)));
    }

    @Test
    void anUnwritableOutputFailsBeforeReadingAnything() throws IOException {
        Path file = Files.writeString(tmp.resolve("a-file"), "not a folder");
        TestSpark.Run run = build(file.resolve("out"));
        assertEquals(JobFailure.OUTPUT, run.exitCode(), run.stderr());
        assertTrue(run.stderr().startsWith("sarikata: cannot write to output"), run.stderr());
    }
}
