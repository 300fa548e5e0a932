package io.sarikata.cli;

import io.sarikata.input.ReaderLimits;
import io.sarikata.statistics.StatisticsSettings;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.util.List;

/** Flags every command shares: where the pages are and how to read them. */
final class CommonOptions {

    @Option(names = {"-i", "--input"}, required = true, split = ",", paramLabel = "PATH",
            description = "Folder (read recursively), glob or file of pages: .txt, .html, .gz, .tar, .tar.gz, .tgz. Repeat or separate with commas.")
    List<String> inputs;

    @Option(names = "--max-page-bytes", defaultValue = "16777216", paramLabel = "BYTES",
            description = "Pages larger than this are rejected as too_large (default: ${DEFAULT-VALUE}).")
    long maxPageBytes;

    @Option(names = "--max-line-chars", defaultValue = "100000", paramLabel = "CHARS",
            description = "Longer lines are cut and the cut is noted on the document (default: ${DEFAULT-VALUE}).")
    int maxLineChars;

    @Option(names = "--task-mb", defaultValue = "128", paramLabel = "MB",
            description = "Input bytes one read task takes at most; tasks and output files follow data size (default: ${DEFAULT-VALUE}).")
    long taskMb;

    @Option(names = "--max-stats-keys", defaultValue = "" + StatisticsSettings.DEFAULT_MAX_KEYS, paramLabel = "N",
            description = "Most repeated blocks and shapes the corpus statistics keep in memory (default: ${DEFAULT-VALUE}).")
    int maxStatsKeys;

    @Option(names = "--stats-sample-mb", defaultValue = "" + StatisticsSettings.DEFAULT_SAMPLE_MB, paramLabel = "MB",
            description = "Input MB (as stored: compressed for .gz and bundles) the corpus statistics are counted on: "
                    + "a larger input is counted on a sample of its pages "
                    + "chosen by a hash of their path, so counting costs the same whatever the input size; decimals allowed "
                    + "(default: ${DEFAULT-VALUE}).")
    double statsSampleMb;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(names = "--verbose", description = "Print stack traces of failures.")
    boolean verbose;

    ReaderLimits limits() {
        // 0 or less rejected every page as too_large, or published documents without blocks.
        return new ReaderLimits(positive("--max-page-bytes", maxPageBytes), (int) positive("--max-line-chars", maxLineChars));
    }

    long maxGroupBytes() {
        return positive("--task-mb", taskMb) << 20;
    }

    StatisticsSettings statistics() {
        positive("--max-stats-keys", maxStatsKeys);
        long sampleBytes = Math.round(statsSampleMb * (1 << 20));
        if (!(sampleBytes >= 1)) {
            throw new ParameterException(command.commandLine(), "--stats-sample-mb must be more than 0, got " + statsSampleMb);
        }
        return new StatisticsSettings(maxStatsKeys, sampleBytes);
    }

    private long positive(String flag, long value) {
        if (value < 1) {
            throw new ParameterException(command.commandLine(), flag + " must be at least 1, got " + value);
        }
        return value;
    }
}
