package io.sarikata.jobs;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.Appender;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.WriterAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.layout.PatternLayout;
import org.apache.spark.sql.SparkSession;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/** One small local Spark per test class: starting one costs seconds, so classes share theirs across tests. */
public final class TestSpark {

    public static final Path DATA_SAMPLE = Path.of("data-sample");
    public static final Path SAMPLE_PAGES = DATA_SAMPLE.resolve("pages");
    public static final Path SAMPLE_GOLD = DATA_SAMPLE.resolve("gold");

    private TestSpark() {
    }

    public static SparkSession start() {
        return SparkSession.builder()
                .master("local[2]")
                .appName("sarikata-test")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "2")
                .getOrCreate();
    }

    public static void stop(SparkSession spark) {
        if (spark != null) {
            spark.stop();
        }
    }

    /** What a command printed on stderr and stdout, and its exit code. */
    public record Run(int exitCode, String stderr, String stdout) {
    }

    /** Runs the command line in this JVM, with what it prints kept in the result instead of the test's output. */
    public static Run cli(String... args) {
        try {
            return printed(() -> io.sarikata.cli.Main.run(args));
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e); // Main.run throws no checked exception
        }
    }

    /** Runs {@code action}, which gives an exit code, with what it prints (from any thread) kept in the result. */
    public static Run printed(Callable<Integer> action) throws Exception {
        PrintStream originalErr = System.err;
        PrintStream originalOut = System.out;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            int code = action.call();
            return new Run(code, err.toString(StandardCharsets.UTF_8), out.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(originalErr);
            System.setOut(originalOut);
        }
    }

    /** Where Spark logs a failed task: the executor's stack trace, the lost task and the aborted job, a cached block. */
    static final List<String> TASK_FAILURE_LOGGERS = List.of("org.apache.spark.executor.Executor",
            "org.apache.spark.scheduler.TaskSetManager", "org.apache.spark.storage.BlockManager");

    /** A value and what was logged while it was computed. */
    public record Captured<T>(T value, String log) {
    }

    /**
     * Runs {@code action} with Spark's logs of failed tasks kept in the result instead of the console: for a test
     * whose build is meant to fail in a task, so that an ERROR and a stack trace in the suite's output always mean
     * a real failure. The test checks the log names the failure it caused.
     */
    public static <T> Captured<T> capturingTaskFailures(SparkSession spark, Callable<T> action) throws Exception {
        return capturingLogs(TASK_FAILURE_LOGGERS, () -> {
            T value = action.call();
            awaitNoRunningTasks(spark);
            return value;
        });
    }

    /** Runs {@code action} with what {@code loggers} log at WARN and above kept in the result instead of the console. */
    public static <T> Captured<T> capturingLogs(List<String> loggers, Callable<T> action) throws Exception {
        LoggerContext context = (LoggerContext) LogManager.getContext(false);
        Configuration config = context.getConfiguration();
        StringWriter log = new StringWriter();
        Appender appender = WriterAppender.newBuilder().setName("expected-warnings").setTarget(log)
                .setLayout(PatternLayout.newBuilder().withPattern("%p %c{1}: %m%n").build()).build();
        appender.start();
        for (String name : loggers) {
            LoggerConfig logger = new LoggerConfig(name, Level.WARN, false);
            logger.addAppender(appender, null, null);
            config.addLogger(name, logger);
        }
        context.updateLoggers();
        try {
            T value = action.call();
            return new Captured<>(value, log.toString());
        } finally {
            loggers.forEach(config::removeLogger);
            context.updateLoggers();
            appender.stop();
        }
    }

    /**
     * Waits (a minute at most) until no task runs: the other tasks of a failed stage are killed, and Spark logs each
     * as lost when it stops, after the job has failed.
     */
    private static void awaitNoRunningTasks(SparkSession spark) throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline && java.util.Arrays.stream(spark.sparkContext().statusTracker().getExecutorInfos())
                .mapToInt(org.apache.spark.SparkExecutorInfo::numRunningTasks).sum() > 0) {
            Thread.sleep(50);
        }
        Thread.sleep(250); // a stopped task is logged by another thread just after it stops counting as running
    }

    public static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path p : paths.sorted(Comparator.naturalOrder()).toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
