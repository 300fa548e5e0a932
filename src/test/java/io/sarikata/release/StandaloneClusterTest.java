package io.sarikata.release;

import io.sarikata.jobs.TestSpark;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The cluster path for real: a Spark standalone master and worker on 127.0.0.1 started from the project's own Spark
 * jars (a SPARK_HOME whose jars/ are Maven's provided scope), {@code build} submitted through SparkSubmit in client
 * mode with the release artefact (a thin jar and target/release/lib, nothing else of ours), its rows compared with a
 * local build's. The executor is a JVM of its own with only Spark's jars and what the submit ships, so a jar the
 * release lacks fails here. Every process it starts is stopped by PID, descendants first, also when it fails.
 */
@Tag("cluster")
class StandaloneClusterTest {

    /** The worker's executor with one core and little memory: two cores are shared with the rest of the suite. */
    private static final String EXECUTOR_MEMORY = "1g";

    @TempDir
    Path tmp;

    private final List<Process> started = new ArrayList<>();

    @Test
    @Timeout(value = 240, unit = TimeUnit.SECONDS)
    void buildOnAStandaloneClusterGivesTheRowsOfALocalBuild() throws Exception {
        Thread stopAll = new Thread(this::stopAll, "stop-test-cluster");
        Runtime.getRuntime().addShutdownHook(stopAll); // a killed test JVM leaves no daemon behind either
        long testStart = System.nanoTime();
        try {
            Path sparkHome = sparkHome();
            int masterPort = freePort();
            Path masterLog = tmp.resolve("master.log");
            start(sparkHome, masterLog, "org.apache.spark.deploy.master.Master", "--host", "127.0.0.1",
                    "--port", String.valueOf(masterPort), "--webui-port", String.valueOf(freePort()));
            waitFor("the master to listen on " + masterPort, masterLog, 60, () -> listening(masterPort));
            String master = "spark://127.0.0.1:" + masterPort;
            Path workerLog = tmp.resolve("worker.log");
            start(sparkHome, workerLog, "org.apache.spark.deploy.worker.Worker", "--host", "127.0.0.1",
                    "--port", String.valueOf(freePort()), "--webui-port", String.valueOf(freePort()),
                    "--cores", "2", "--memory", "2g", "--work-dir", Files.createDirectories(tmp.resolve("work")).toString(),
                    master);
            waitFor("the worker to register", masterLog, 60, () -> contains(masterLog, "Registering worker"));

            System.out.printf("standalone master and worker up: %.1f s%n", (System.nanoTime() - testStart) / 1e9);
            Path input = TestSpark.SAMPLE_PAGES.toAbsolutePath();
            Path clusterOut = tmp.resolve("cluster-out");
            Path thinJar = ReleaseArtefact.thinJar(tmp.resolve("sarikata.jar"));
            String log4j = Path.of("jobs", "log4j2.properties").toAbsolutePath().toString();
            List<String> submit = new ArrayList<>(List.of("org.apache.spark.deploy.SparkSubmit",
                    "--master", master, "--deploy-mode", "client", "--class", "io.sarikata.cli.Main",
                    "--jars", String.join(",", ReleaseArtefact.shippedJars().stream().map(p -> p.toAbsolutePath().toString()).toList()),
                    "--conf", "spark.executor.memory=" + EXECUTOR_MEMORY, "--conf", "spark.driver.host=127.0.0.1",
                    "--conf", "spark.ui.enabled=false",
                    thinJar.toString(), "build", "--input", input.toString(), "--output", clusterOut.toString()));
            Path submitLog = tmp.resolve("submit.log");
            long startedAt = System.nanoTime();
            Process driver = start(sparkHome, submitLog, "-Dlog4j2.configurationFile=" + log4j, submit);
            boolean done = driver.waitFor(150, TimeUnit.SECONDS);
            String driverOutput = Files.readString(submitLog);
            assertTrue(done, "the submitted build did not end in 150 s:\n" + tail(driverOutput));
            assertEquals(0, driver.exitValue(), tail(driverOutput) + "\nworker:\n" + tail(Files.readString(workerLog)));
            System.out.printf("cluster build: %.1f s, steps (ms) %s%n", (System.nanoTime() - startedAt) / 1e9,
                    new com.fasterxml.jackson.databind.ObjectMapper().readTree(clusterOut.resolve("latest/_run.json").toFile())
                            .get("timings_ms"));
            assertTrue(driverOutput.contains("40 input pages -> 40 documents + 0 rejects"), driverOutput);
            assertTrue(driverOutput.lines().noneMatch(l -> l.contains(" INFO ")), "the driver logs at WARN:\n" + tail(driverOutput));
            assertTrue(contains(masterLog, "Registered app"), "the build ran on the cluster, not in local mode");
            // Executors keep their own log on the worker (Spark's defaults there, INFO): only the driver's reaches the user.
            assertTrue(executorLog(tmp.resolve("work")) != null, "the worker started an executor JVM (standalone drivers run no tasks)");

            Path localOut = tmp.resolve("local-out");
            SparkSession spark = TestSpark.start();
            try {
                TestSpark.Run local = TestSpark.cli("build", "--input", input.toString(), "--output", localOut.toString());
                assertEquals(0, local.exitCode(), local.stderr());
                for (String dataset : List.of("documents", "blocks", "rejects")) {
                    Dataset<Row> a = spark.read().parquet(clusterOut.resolve("latest").resolve(dataset).toString());
                    Dataset<Row> b = spark.read().parquet(localOut.resolve("latest").resolve(dataset).toString());
                    assertEquals(b.count(), a.count(), dataset);
                    assertEquals(0, a.exceptAll(b).count(), dataset + ": the cluster's rows differ from the local build's");
                    assertEquals(0, b.exceptAll(a).count(), dataset + ": the cluster's rows differ from the local build's");
                }
            } finally {
                TestSpark.stop(spark);
            }
        } finally {
            stopAll();
            Runtime.getRuntime().removeShutdownHook(stopAll);
            removeJarLinks();
        }
        System.out.printf("cluster test: %.1f s%n", (System.nanoTime() - testStart) / 1e9);
        for (Process p : started) {
            assertTrue(!p.isAlive() && p.descendants().findAny().isEmpty(), "process " + p.pid() + " left behind");
        }
    }

    /** A SPARK_HOME whose jars/ links Spark's own jars, as a Spark distribution's jars/ holds them. */
    private Path sparkHome() throws IOException {
        Path home = tmp.resolve("spark-home");
        Path jars = Files.createDirectories(home.resolve("jars"));
        for (Path jar : ReleaseArtefact.sparkJars()) {
            Path link = jars.resolve(jar.getFileName());
            if (!Files.exists(link)) {
                Files.createSymbolicLink(link, jar.toAbsolutePath());
            }
        }
        return home;
    }

    /** The links to Maven's jars go before JUnit cleans the folder: it warns once for every link it deletes. */
    private void removeJarLinks() {
        try (var links = Files.list(tmp.resolve("spark-home").resolve("jars"))) {
            for (Path link : links.filter(Files::isSymbolicLink).toList()) {
                Files.delete(link);
            }
        } catch (IOException e) {
            // nothing made, or already gone: JUnit's cleanup handles what is left
        }
    }

    private Process start(Path sparkHome, Path log, String mainClass, String... args) throws IOException {
        List<String> all = new ArrayList<>(List.of(mainClass));
        all.addAll(List.of(args));
        return start(sparkHome, log, "-Xmx512m", all);
    }

    /** A JVM on Spark's jars with the Java 17 flags spark-submit passes, its output in {@code log}. */
    private Process start(Path sparkHome, Path log, String jvmFlag, List<String> mainAndArgs) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "@" + Path.of("jobs", "jvm.options").toAbsolutePath(), jvmFlag,
                "-cp", sparkHome.resolve("jars").toString() + "/*"));
        command.addAll(mainAndArgs);
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = pb.environment();
        env.put("SPARK_HOME", sparkHome.toString());
        env.put("SPARK_SCALA_VERSION", "2.13");
        env.put("SPARK_LOCAL_IP", "127.0.0.1");
        env.put("SPARK_LOCAL_DIRS", Files.createDirectories(tmp.resolve("local")).toString());
        env.remove("SPARK_CONF_DIR");
        Process p = pb.start();
        synchronized (started) {
            started.add(p);
        }
        return p;
    }

    /** Stops every started process and its descendants (the worker's executors), last started first. */
    private void stopAll() {
        List<Process> processes;
        synchronized (started) {
            processes = new ArrayList<>(started);
        }
        java.util.Collections.reverse(processes);
        for (Process p : processes) {
            List<ProcessHandle> children = p.descendants().toList();
            p.destroy();
            children.forEach(ProcessHandle::destroy);
            try {
                if (!p.waitFor(15, TimeUnit.SECONDS)) {
                    p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                p.destroyForcibly();
            }
            for (ProcessHandle child : children) {
                child.destroyForcibly();
                child.onExit().completeOnTimeout(child, 10, TimeUnit.SECONDS).join();
            }
        }
    }

    private static void waitFor(String what, Path log, int seconds, BooleanSupplier condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + seconds + " s waiting for " + what + ":\n"
                        + tail(Files.exists(log) ? Files.readString(log) : ""));
            }
            Thread.sleep(200);
        }
    }

    private static boolean listening(int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean contains(Path log, String text) {
        try {
            return Files.exists(log) && Files.readString(log).contains(text);
        } catch (IOException e) {
            return false;
        }
    }

    /** The log of an executor of the app: the worker keeps it as work/app-.../(executor id)/stderr; null if none. */
    private static Path executorLog(Path work) throws IOException {
        try (var files = Files.walk(work)) {
            return files.filter(p -> p.getFileName().toString().equals("stderr")
                    && p.getParent().getParent().getFileName().toString().startsWith("app-")).findFirst().orElse(null);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            return s.getLocalPort();
        }
    }

    private static String tail(String text) {
        return text.length() <= 6000 ? text : text.substring(text.length() - 6000);
    }
}
