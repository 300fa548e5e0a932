package io.sarikata.snapshot;

import io.sarikata.JobFailure;
import io.sarikata.jobs.TestSpark;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One build per output root: a second one exits 7 at once, a dead build's lock is taken over. */
class OutputRootLockTest {

    /** A build that takes a stale lock over warns; these tests do it on purpose and check the warning. */
    static final List<String> ROOT_LOCK_LOG = List.of(RootLock.class.getName());


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
        TestSpark.Run trained = TestSpark.cli("train", "--input", input.toString(), "--model-out", model.toString());
        assertEquals(0, trained.exitCode(), trained.stderr());
    }

    @AfterAll
    static void stop() {
        TestSpark.stop(spark);
    }

    private static List<String> buildArgs(Path root) {
        return List.of("build", "--input", input.toString(), "--model", model.toString(), "--output", root.toString());
    }

    private static TestSpark.Run build(Path root) {
        return TestSpark.cli(buildArgs(root).toArray(String[]::new));
    }

    private static Configuration conf() {
        return spark.sparkContext().hadoopConfiguration();
    }

    private static List<String> snapshots(Path root) throws IOException {
        try (Stream<Path> s = Files.list(root.resolve(SnapshotStore.SNAPSHOTS))) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aSecondBuildOnALockedRootExitsSevenWithOneLine() throws Exception {
        Path root = tmp.resolve("held");
        try (SnapshotStore other = new SnapshotStore(root.toString(), conf())) {
            other.begin();
            String lock = Files.readString(root.resolve(RootLock.NAME));
            Map<String, String> fields = RootLock.parse(lock);
            assertEquals(String.valueOf(ProcessHandle.current().pid()), fields.get("pid"));
            assertNotNull(fields.get("host"));
            assertNotNull(fields.get("owner"));
            assertNotNull(fields.get("started_at"));

            TestSpark.Run second = build(root);
            assertEquals(JobFailure.LOCKED, second.exitCode(), second.stderr());
            String line = second.stderr().lines().filter(l -> l.startsWith("sarikata: ")).findFirst().orElseThrow();
            assertTrue(line.contains("is locked by another build") && line.contains("pid " + fields.get("pid")), line);
            assertEquals(1, snapshots(root).size(), "the locked-out build made no snapshot");
            assertEquals(lock, Files.readString(root.resolve(RootLock.NAME)), "and left the lock alone");
        }
        assertFalse(Files.exists(root.resolve(RootLock.NAME)), "released");
        TestSpark.Run third = build(root);
        assertEquals(0, third.exitCode(), third.stderr());
        assertFalse(Files.exists(root.resolve(RootLock.NAME)), "a build releases the lock when it ends");
        assertEquals(1, snapshots(root).size(), "the held build's unfinished snapshot was removed");
    }

    @Test
    void aStaleLockOfADeadProcessIsTakenOver() throws Exception {
        Path root = Files.createDirectories(tmp.resolve("stale"));
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Map<String, String> dead = RootLock.thisProcess();
        dead.put("pid", String.valueOf(gone.pid()));
        Files.writeString(root.resolve(RootLock.NAME), RootLock.describe(dead));
        TestSpark.Captured<TestSpark.Run> run = TestSpark.capturingLogs(ROOT_LOCK_LOG, () -> build(root));
        assertEquals(0, run.value().exitCode(), run.value().stderr());
        assertTrue(run.log().contains("removing the stale lock") && run.log().contains("process " + gone.pid() + " is gone"), run.log());
        assertFalse(Files.exists(root.resolve(RootLock.NAME)));

        Map<String, String> reused = RootLock.thisProcess();
        reused.put("process_started_at", "2001-01-01T00:00:00Z"); // this pid, but another process's start
        Files.writeString(root.resolve(RootLock.NAME), RootLock.describe(reused));
        TestSpark.Captured<TestSpark.Run> again = TestSpark.capturingLogs(ROOT_LOCK_LOG, () -> build(root));
        assertEquals(0, again.value().exitCode());
        assertTrue(again.log().contains("now belongs to another process"), again.log());
    }

    @Test
    void whoseProcessIsGoneIsToldFromTheLockFile() {
        Map<String, String> alive = RootLock.thisProcess();
        assertNull(RootLock.staleBecause(alive, Duration.ZERO));
        Map<String, String> elsewhere = RootLock.thisProcess();
        elsewhere.put("host", "another-host-" + System.nanoTime());
        elsewhere.put("pid", "999999999");
        assertNull(RootLock.staleBecause(elsewhere, Duration.ofDays(3)), "a process on another host cannot be checked");
        Map<String, String> gone = RootLock.thisProcess();
        gone.put("pid", "999999999");
        assertTrue(RootLock.staleBecause(gone, Duration.ZERO).contains("is gone"));
        assertNull(RootLock.staleBecause(Map.of(), Duration.ofSeconds(5)), "a lock being written");
        assertNotNull(RootLock.staleBecause(Map.of(), Duration.ofMinutes(5)), "a lock left half written");
    }

    @Test
    void aLockOfAnotherHostIsNotBroken() throws Exception {
        Path root = Files.createDirectories(tmp.resolve("elsewhere"));
        Map<String, String> elsewhere = RootLock.thisProcess();
        elsewhere.put("host", "another-host-" + System.nanoTime());
        Files.writeString(root.resolve(RootLock.NAME), RootLock.describe(elsewhere));
        SnapshotStore store = new SnapshotStore(root.toString(), conf());
        JobFailure failure = assertThrows(JobFailure.class, store::begin);
        assertEquals(JobFailure.LOCKED, failure.exitCode());
        assertTrue(Files.exists(root.resolve(RootLock.NAME)));
    }

    /** Two builds started in the same second: one builds, the other exits 7; they never share a snapshot folder. */
    @Test
    void twoBuildsStartedTogether() throws Exception {
        Path root = tmp.resolve("together");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch go = new CountDownLatch(1);
        List<Integer> codes = new ArrayList<>();
        TestSpark.Run both = TestSpark.printed(() -> {
            List<Future<Integer>> runs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                runs.add(pool.submit(() -> {
                    go.await();
                    return io.sarikata.cli.Main.run(buildArgs(root).toArray(String[]::new));
                }));
            }
            go.countDown();
            for (Future<Integer> run : runs) {
                codes.add(run.get(5, TimeUnit.MINUTES));
            }
            return 0;
        });
        pool.shutdown();
        assertTrue(both.stderr().contains("is locked by another build"), both.stderr());
        codes.sort(null);
        assertEquals(List.of(0, JobFailure.LOCKED), codes);
        assertEquals(1, snapshots(root).size());
        assertEquals(snapshots(root).get(0), Files.readString(root.resolve(SnapshotStore.LATEST_FILE)).strip());
    }

    /**
     * A real kill: a build in a JVM of its own halts just after LATEST was renamed, leaving its lock, a LATEST
     * ahead of latest and an unmarked snapshot; the next build takes the dead build's lock over and repairs it all.
     */
    @Test
    void aBuildWhoseJvmDiesWhilePublishingLeavesARootTheNextBuildRepairs() throws Exception {
        Path root = tmp.resolve("halted");
        assertEquals(0, build(root).exitCode());
        String first = Files.readString(root.resolve(SnapshotStore.LATEST_FILE)).strip();
        Thread.sleep(1100);

        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "@" + Path.of("jobs", "jvm.options").toAbsolutePath(),
                "-D" + SnapshotStore.FAULT_KEY + "=latest-renamed:halt", "-Dspark.master=local[2]",
                "-cp", classPath, "io.sarikata.cli.Main"));
        command.addAll(buildArgs(root));
        Path log = tmp.resolve("halted.log");
        Process child = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(child.waitFor(5, TimeUnit.MINUTES), "the child build ends");
        assertEquals(137, child.exitValue(), Files.readString(log));
        assertEquals(String.valueOf(child.pid()), RootLock.parse(Files.readString(root.resolve(RootLock.NAME))).get("pid"),
                "the dead build's lock is left");
        String second = Files.readString(root.resolve(SnapshotStore.LATEST_FILE)).strip();
        assertTrue(second.compareTo(first) > 0);
        assertEquals(Path.of(SnapshotStore.SNAPSHOTS, first), Files.readSymbolicLink(root.resolve(SnapshotStore.LATEST_LINK)));

        TestSpark.Captured<TestSpark.Run> next = TestSpark.capturingLogs(ROOT_LOCK_LOG, () -> build(root));
        assertEquals(0, next.value().exitCode(), next.value().stderr());
        assertTrue(next.log().contains("process " + child.pid() + " is gone"), next.log());
        String third = Files.readString(root.resolve(SnapshotStore.LATEST_FILE)).strip();
        assertEquals(List.of(first, second, third), snapshots(root));
        for (String s : snapshots(root)) {
            assertTrue(Files.exists(root.resolve(SnapshotStore.SNAPSHOTS).resolve(s).resolve(SnapshotStore.PUBLISHED)), s);
        }
        assertEquals(Path.of(SnapshotStore.SNAPSHOTS, third), Files.readSymbolicLink(root.resolve(SnapshotStore.LATEST_LINK)));
        assertFalse(Files.exists(root.resolve(RootLock.NAME)));
    }
}
