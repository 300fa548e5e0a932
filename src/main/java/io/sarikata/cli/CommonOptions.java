package io.sarikata.cli;

import io.sarikata.input.ReaderLimits;
import io.sarikata.spark.BuildOptions;
import picocli.CommandLine.Option;

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

    @Option(names = "--max-stats-keys", defaultValue = "" + BuildOptions.DEFAULT_STATS_KEYS, paramLabel = "N",
            description = "Most repeated blocks and shapes the corpus statistics keep in memory (default: ${DEFAULT-VALUE}).")
    int maxStatsKeys;

    @Option(names = "--verbose", description = "Print stack traces of failures.")
    boolean verbose;

    ReaderLimits limits() {
        return new ReaderLimits(maxPageBytes, maxLineChars);
    }

    long maxGroupBytes() {
        return taskMb * 1024 * 1024;
    }
}
