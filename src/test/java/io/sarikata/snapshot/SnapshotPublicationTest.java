package io.sarikata.snapshot;

import io.sarikata.JobFailure;
import io.sarikata.jobs.BuildJob;
import io.sarikata.jobs.TestSpark;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

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
            TestSpark.Captured<TestSpark.Run> failedTask = TestSpark.capturingTaskFailures(spark, () -> build(root));
            assertTrue(failedTask.log().contains("injected failure on "), failedTask.log());
            killed = failedTask.value();
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

    static List<String> publishSteps() {
        return SnapshotStore.STEPS;
    }

    /**
     * A build dies just after each step of publishing, as a kill would leave it (no clean-up runs): readers still
     * find a complete snapshot through LATEST and through latest, and the next build repairs the root and publishes.
     */
    @ParameterizedTest
    @MethodSource("publishSteps")
    void aBuildKilledAtAnyPublishStepLeavesARootTheNextBuildRepairs(String step) throws Exception {
        Path root = tmp.resolve("killed-at-" + step);
        assertEquals(0, build(root, "--keep", "1").exitCode());

        spark.conf().set(SnapshotStore.FAULT_KEY, step);
        TestSpark.Run killed;
        try {
            killed = build(root, "--keep", "1");
        } finally {
            spark.conf().unset(SnapshotStore.FAULT_KEY);
        }
        assertNotEquals(0, killed.exitCode());
        assertTrue(killed.stderr().contains("injected failure at publish step " + step), killed.stderr());
        String named = Files.readString(root.resolve(SnapshotStore.LATEST_FILE)).strip();
        Path namedSnapshot = root.resolve(SnapshotStore.SNAPSHOTS).resolve(named);
        assertTrue(Files.exists(namedSnapshot.resolve(SnapshotStore.SUCCESS)), "LATEST names a complete snapshot");
        assertEquals(10, documents(namedSnapshot));
        assertTrue(Files.exists(root.resolve(SnapshotStore.LATEST_LINK).resolve(SnapshotStore.SUCCESS)),
                "latest leads to a complete snapshot");
        assertEquals(10, documents(root.resolve(SnapshotStore.LATEST_LINK)));

        TestSpark.Run next = build(root, "--keep", "1");
        assertEquals(0, next.exitCode(), next.stderr());
        assertRepaired(root, 1);
    }

    /** LATEST and latest agree, every snapshot is complete and published, nothing else is left in the root. */
    private static void assertRepaired(Path root, int keep) throws IOException {
        String latest = Files.readString(root.resolve(SnapshotStore.LATEST_FILE)).strip();
        assertEquals(Path.of(SnapshotStore.SNAPSHOTS, latest), Files.readSymbolicLink(root.resolve(SnapshotStore.LATEST_LINK)));
        List<String> snapshots = snapshots(root);
        assertEquals(latest, snapshots.get(snapshots.size() - 1), "the newest snapshot is published");
        assertTrue(snapshots.size() <= keep, snapshots + " against --keep " + keep);
        for (String s : snapshots) {
            Path dir = root.resolve(SnapshotStore.SNAPSHOTS).resolve(s);
            assertTrue(Files.exists(dir.resolve(SnapshotStore.SUCCESS)) && Files.exists(dir.resolve(SnapshotStore.PUBLISHED)), s);
            assertFalse(Files.exists(dir.resolve("." + SnapshotStore.SUCCESS + ".crc")), "no checksum files for markers");
        }
        try (Stream<Path> s = Files.list(root)) {
            assertEquals(Set.of(SnapshotStore.LATEST_FILE, SnapshotStore.LATEST_LINK, SnapshotStore.SNAPSHOTS),
                    s.map(p -> p.getFileName().toString()).collect(java.util.stream.Collectors.toSet()),
                    "no temporary or checksum files in the root");
        }
        assertEquals(10, documents(root.resolve(SnapshotStore.LATEST_LINK)));
    }

    /**
     * What earlier versions left when killed just after renaming LATEST: a .LATEST.crc of the old content, a staged
     * checksum, and latest still on the old run. Every build then failed with a checksum error; now the next one
     * repairs the root.
     */
    @Test
    void aRootWedgedByAStaleChecksumBuildsAgain() throws Exception {
        Path root = tmp.resolve("wedged");
        assertEquals(0, build(root).exitCode());
        String first = Files.readString(root.resolve(SnapshotStore.LATEST_FILE)).strip();
        Thread.sleep(1100);
        assertEquals(0, build(root).exitCode());
        String second = Files.readString(root.resolve(SnapshotStore.LATEST_FILE)).strip();
        // A file system of its own, as earlier versions wrote: the shared one writes no checksums since.
        try (org.apache.hadoop.fs.FileSystem local = org.apache.hadoop.fs.FileSystem.newInstanceLocal(spark.sparkContext().hadoopConfiguration());
             var out = local.create(new org.apache.hadoop.fs.Path(root.resolve(SnapshotStore.LATEST_FILE).toString()), true)) {
            out.write((first + "\n").getBytes(StandardCharsets.UTF_8)); // its checksum, of the old run's name
        }
        Files.writeString(root.resolve(SnapshotStore.LATEST_FILE), second + "\n"); // renamed over, its .crc not
        Files.write(root.resolve("._LATEST." + second + ".crc"), new byte[12]);
        Files.delete(root.resolve(SnapshotStore.LATEST_LINK));
        Files.createSymbolicLink(root.resolve(SnapshotStore.LATEST_LINK), Path.of(SnapshotStore.SNAPSHOTS, first));
        assertTrue(Files.exists(root.resolve(".LATEST.crc")));

        TestSpark.Run next = build(root, "--keep", "2");
        assertEquals(0, next.exitCode(), next.stderr());
        assertRepaired(root, 2);
        assertFalse(snapshots(root).contains(first), "snapshots of earlier versions count for --keep");
    }

    /** A snapshot that completed but was never published (the disk filled before LATEST moved) is not kept. */
    @Test
    void neverPublishedSnapshotsDoNotCountForKeep() throws Exception {
        Path root = tmp.resolve("unpublished");
        assertEquals(0, build(root).exitCode());
        String good = Files.readString(root.resolve(SnapshotStore.LATEST_FILE)).strip();
        Thread.sleep(1100);
        spark.conf().set(SnapshotStore.FAULT_KEY, "success-written:disk-full");
        TestSpark.Run full;
        try {
            full = build(root);
        } finally {
            spark.conf().unset(SnapshotStore.FAULT_KEY);
        }
        assertEquals(JobFailure.OUTPUT, full.exitCode(), full.stderr());
        assertEquals(good, Files.readString(root.resolve(SnapshotStore.LATEST_FILE)).strip());
        Thread.sleep(1100);
        assertEquals(0, build(root, "--keep", "2").exitCode());
        List<String> kept = snapshots(root);
        assertEquals(2, kept.size(), kept.toString());
        assertEquals(good, kept.get(0), "the published snapshot before the failure is kept, the unpublished one is not");
        assertRepaired(root, 2);
    }

    /** The disk fills while tasks write: exit 5 with one line, the published snapshot untouched, the next run fine. */
    @Test
    void aFullDiskWhileWritingExitsFiveWithOneLine() throws Exception {
        Path root = tmp.resolve("disk-full");
        assertEquals(0, build(root).exitCode());
        String good = Files.readString(root.resolve(SnapshotStore.LATEST_FILE)).strip();
        spark.conf().set(BuildJob.FAULT_INJECTION_KEY, BuildJob.DISK_FULL + "007_");
        TestSpark.Run full;
        try {
            TestSpark.Captured<TestSpark.Run> failedTask = TestSpark.capturingTaskFailures(spark, () -> build(root));
            assertTrue(failedTask.log().contains("No space left on device (injected on "), failedTask.log());
            full = failedTask.value();
        } finally {
            spark.conf().unset(BuildJob.FAULT_INJECTION_KEY);
        }
        assertEquals(JobFailure.OUTPUT, full.exitCode(), full.stderr());
        List<String> lines = full.stderr().lines().filter(l -> l.startsWith("sarikata:")).toList();
        assertEquals(1, lines.size(), full.stderr());
        assertTrue(lines.get(0).startsWith("sarikata: cannot write output " + root + ": No space left on device"), lines.get(0));
        assertFalse(full.stderr().contains("FSError") || full.stderr().contains("unexpected failure"), full.stderr());
        assertEquals(List.of(good), snapshots(root), "the failed run removed its own files at once");
        assertEquals(good, Files.readString(root.resolve(SnapshotStore.LATEST_FILE)).strip());
        Thread.sleep(1100);
        TestSpark.Run next = build(root);
        assertEquals(0, next.exitCode(), next.stderr());
        assertRepaired(root, 7);
    }

    /** snapshots/ that cannot be written: exit 5 with one line (it was exit 1). */
    @Test
    void aReadOnlySnapshotsFolderExitsFive() throws Exception {
        Path root = tmp.resolve("read-only");
        assertEquals(0, build(root).exitCode());
        Path snapshots = root.resolve(SnapshotStore.SNAPSHOTS);
        ReadOnly readOnly = ReadOnly.make(snapshots);
        org.junit.jupiter.api.Assumptions.assumeTrue(readOnly != null, "cannot make a folder read-only here");
        TestSpark.Run run;
        try {
            run = build(root);
        } finally {
            readOnly.undo();
        }
        assertEquals(JobFailure.OUTPUT, run.exitCode(), run.stderr());
        List<String> lines = run.stderr().lines().filter(l -> l.startsWith("sarikata:")).toList();
        assertEquals(1, lines.size(), run.stderr());
        assertTrue(lines.get(0).startsWith("sarikata: cannot write to output " + root), lines.get(0));
        assertFalse(Files.exists(root.resolve(RootLock.NAME)), "the lock is released");
        assertEquals(0, build(root).exitCode());
    }

    /** A folder made read-only: by its mode, or for root (whom modes do not stop) immutable with chattr. */
    record ReadOnly(Path dir, boolean immutable) {
        static ReadOnly make(Path dir) throws IOException, InterruptedException {
            Files.setPosixFilePermissions(dir, java.nio.file.attribute.PosixFilePermissions.fromString("r-xr-xr-x"));
            if (!writable(dir)) {
                return new ReadOnly(dir, false);
            }
            boolean immutable;
            try {
                immutable = new ProcessBuilder("chattr", "+i", dir.toString()).start().waitFor() == 0;
            } catch (IOException e) {
                immutable = false;
            }
            if (immutable && !writable(dir)) {
                return new ReadOnly(dir, true);
            }
            new ReadOnly(dir, immutable).undo();
            System.out.println("skipped: " + dir + " stays writable (running as root without chattr)");
            return null;
        }

        private static boolean writable(Path dir) {
            try {
                Files.delete(Files.createTempFile(dir, "probe", ""));
                return true;
            } catch (IOException e) {
                return false;
            }
        }

        void undo() throws IOException, InterruptedException {
            if (immutable) {
                new ProcessBuilder("chattr", "-i", dir.toString()).start().waitFor();
            }
            Files.setPosixFilePermissions(dir, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }
}
