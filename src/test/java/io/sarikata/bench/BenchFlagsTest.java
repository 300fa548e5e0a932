package io.sarikata.bench;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.ToIntFunction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bench's flags, parsed by its command line with a job that measures nothing: no Spark. */
class BenchFlagsTest {

    /** What one command line did: its exit code, what the job got (null when it did not run) and the output. */
    record Executed<T>(int exitCode, T parsed, String out, String err) {
    }

    /** Executes a bench main's command line as its main would, with a job that only keeps what it is given. */
    static <T> Executed<T> execute(Function<ToIntFunction<T>, CommandLine> commandLine, String... args) {
        AtomicReference<T> parsed = new AtomicReference<>();
        CommandLine cli = commandLine.apply(value -> {
            parsed.set(value);
            return 0;
        });
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new Executed<>(code, parsed.get(), out.toString(), err.toString());
    }

    private static Executed<Bench.Options> bench(String... args) {
        return execute(Bench::commandLine, args);
    }

    private static void assertRefused(String expected, String... args) {
        Executed<Bench.Options> run = bench(args);
        assertEquals(2, run.exitCode(), String.join(" ", args));
        assertNull(run.parsed(), "did not run");
        assertTrue(run.err().contains(expected), run.err());
        // picocli follows an unknown flag with the flags it resembles rather than the usage.
        assertTrue(run.err().contains("Usage: jobs/bench") || run.err().contains("Possible solutions"), run.err());
    }

    @Test
    void defaults() {
        Executed<Bench.Options> run = bench();
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(new Bench.Options(List.of(100L, 1000L), 1, CorpusGenerator.Layout.FILES, Path.of("/tmp/sarikata-bench"),
                null, Path.of("target/bench.json"), 128, Bench.STEPS, 1, false), run.parsed());
    }

    @Test
    void everyFlag() {
        Executed<Bench.Options> run = bench("--sizes=1000, 10,1000", "--seed", "7", "--layout", "TGZ", "--work=/tmp/w",
                "--model", "m.json", "--report", "r.json", "--task-mb=64", "--steps", "build_learn,floor", "--repeat", "3",
                "--keep-outputs");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(new Bench.Options(List.of(10L, 1000L), 7, CorpusGenerator.Layout.TGZ, Path.of("/tmp/w"), "m.json",
                Path.of("r.json"), 64, List.of("floor", "build_learn"), 3, true), run.parsed());
    }

    @Test
    void refusesBadFlags() {
        assertRefused("nope", "--steps", "floor,nope");
        assertRefused("--sizes", "--sizes", "100,0");
        assertRefused("--sizes", "--sizes", "-5");
        assertRefused("--sizes", "--sizes", "1e3");
        assertRefused("--task-mb", "--task-mb=0");
        assertRefused("--layout", "--layout", "zip");
        assertRefused("--size", "--size", "100");
        assertRefused("--seed", "--seed");
        assertRefused("--repeat", "--repeat=0");
    }

    @Test
    void helpPrintsUsageAndDoesNotRun() {
        Executed<Bench.Options> run = bench("--sizes", "100", "--help");
        assertEquals(0, run.exitCode());
        assertNull(run.parsed());
        assertTrue(run.out().contains("Usage: jobs/bench") && run.out().contains("--keep-outputs"), run.out());
        assertEquals("", run.err());
        assertEquals(run.out(), bench("-h").out());
    }
}
