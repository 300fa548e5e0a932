package io.sarikata.cli;

import io.sarikata.JobFailure;
import io.sarikata.jobs.TestSpark;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a user reads before anything runs: help and flag errors. */
class CommandLineTest {

    /** jobs/nightly.sh sends its readers to {@code build --help} for the exit codes. */
    @Test
    void buildHelpListsTheExitCodesNightlyPointsTo() throws IOException {
        assertTrue(Files.readString(Path.of("jobs", "nightly.sh")).contains("jobs/sarikata build --help` for the codes"));
        TestSpark.Run help = TestSpark.cli("build", "--help");
        assertEquals(0, help.exitCode(), help.stderr());
        assertTrue(help.stdout().contains("Exit codes:"), help.stdout());
        for (int code : List.of(0, 1, JobFailure.USAGE, JobFailure.INPUT, JobFailure.MODEL, JobFailure.OUTPUT,
                JobFailure.ACCOUNTING, JobFailure.LOCKED)) {
            assertTrue(help.stdout().lines().anyMatch(l -> l.matches("  " + code + " +\\S.*")), "exit code " + code + ":\n" + help.stdout());
        }
    }

    @Test
    void aMissingRequiredOptionPrintsOneLineNotTheHelp() {
        TestSpark.Run run = TestSpark.cli("build", "--input", "data-sample/pages");
        assertEquals(JobFailure.USAGE, run.exitCode());
        assertEquals(List.of("sarikata: Missing required option: '--output=DIR' (see: sarikata build --help)"),
                run.stderr().lines().toList());
        assertEquals("", run.stdout());
    }

    /** eval with neither --model nor --leave-one-portal-out scores the shipped model; its help says so. */
    @Test
    void evalHelpSaysWhatItScoresWithoutAModel() {
        TestSpark.Run help = TestSpark.cli("eval", "--help");
        assertEquals(0, help.exitCode(), help.stderr());
        String flat = help.stdout().replaceAll("\\s+", " ");
        assertTrue(flat.contains("Without it and without --leave-one-portal-out, the shipped model is scored"), help.stdout());
    }
}
