package io.sarikata.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The README's first command as a user runs it, through the launcher (which builds the classes first if they are
 * missing or older than the sources): it prints its summary, and nothing on stderr but the building note. A Spark
 * warning, a Maven escape code or a checksum file next to the outputs fails it.
 */
class LauncherTest {

    static final String COMMAND = "jobs/sarikata build --input data-sample/pages --output out";
    static final String SUMMARY = "40 input pages -> 40 documents + 0 rejects";

    @TempDir
    Path tmp;

    @Test
    void theReadmesFirstCommandPrintsItsSummaryAndNothingElse() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        assertTrue(readme.contains(COMMAND) && readme.contains(SUMMARY), "the README's set-up still shows this command");

        Path out = tmp.resolve("out");
        Path stdout = tmp.resolve("stdout.txt");
        Path stderr = tmp.resolve("stderr.txt");
        List<String> command = List.of(COMMAND.replace("--output out", "--output " + out).split(" "));
        ProcessBuilder launcher = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
        launcher.environment().remove("SPARK_LOCAL_IP"); // the tests' JVM has it; the launcher must set it itself
        launcher.environment().put("SARIKATA_HEAP", "1g");
        Process run = launcher.start();
        assertTrue(run.waitFor(10, TimeUnit.MINUTES), "the launcher ends");
        String printed = Files.readString(stdout);
        String errors = Files.readString(stderr);
        assertEquals(0, run.exitValue(), errors);

        assertTrue(printed.startsWith("sarikata build: " + SUMMARY), printed);
        assertTrue(printed.contains("as the latest snapshot of " + out), printed);
        List<String> unexpected = errors.lines()
                .filter(line -> !line.equals("sarikata: building (first run or sources changed)...")).toList();
        assertEquals(List.of(), unexpected, "stderr holds nothing a user must read past");
        assertTrue(!printed.contains("\u001b") && !errors.contains("\u001b"), "no terminal escape codes");
        try (Stream<Path> files = Files.walk(out)) {
            assertEquals(List.of(), files.filter(f -> f.getFileName().toString().endsWith(".crc")).toList());
        }
    }
}
