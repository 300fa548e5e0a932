package io.sarikata.cli;

import io.sarikata.jobs.BuildJob;
import io.sarikata.jobs.Corpus;
import io.sarikata.jobs.BuildOptions;
import io.sarikata.jobs.ModelTraining;
import io.sarikata.jobs.RunReport;
import io.sarikata.jobs.SparkSessions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Read pages, label every block body or nav, and write documents/, blocks/, rejects/ (Parquet), model.json and _run.json.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:done: a new snapshot is published",
                "1:unexpected failure",
                "2:wrong flags",
                "3:missing or unusable input or gold",
                "4:missing, unreadable or stale model",
                "5:output not writable (permissions, full disk, write errors)",
                "6:the accounting check failed",
                "7:another build holds the output root's LOCK"})
final class BuildCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR",
            description = "Output root. Each run writes snapshots/<run-id>/ (documents/, blocks/, rejects/, model.json, _run.json) "
                    + "and, once complete, publishes it as LATEST (and the symlink latest/ on a local disk).")
    String output;

    @Option(names = "--keep", defaultValue = "" + BuildOptions.DEFAULT_KEEP_SNAPSHOTS, paramLabel = "N",
            description = "Published snapshots to keep, the latest included (default: ${DEFAULT-VALUE}).")
    int keep;

    @Option(names = "--progress-seconds", defaultValue = "" + Corpus.PROGRESS_SECONDS, paramLabel = "S",
            description = "Log pages read, MB/s and time left every S seconds while reading; 0 turns it off (default: ${DEFAULT-VALUE}).")
    int progressSeconds;

    @Option(names = "--incremental",
            description = "Reuse the latest snapshot's rows for input files unchanged since it was built (same path, size, "
                    + "modification time and model); read only new and changed files. Needs --model.")
    boolean incremental;

    @Option(names = "--incremental-check", defaultValue = "mtime", paramLabel = "mtime|content",
            description = "How --incremental tells an unchanged file: mtime (same size and modification time; default) or content "
                    + "(same size and SHA-256 of its bytes: an edit keeping size and time is read again, a touched or copied "
                    + "file is not; costs one more read of every input byte). content also stores the hashes in the manifest.")
    IncrementalCheck incrementalCheck;

    /** How an incremental run tells an unchanged input file; the names are the flag's values. */
    enum IncrementalCheck { mtime, content }

    @Option(names = {"-m", "--model"}, paramLabel = "FILE",
            description = "Model artifact (JSON) to apply. Without it, the shipped model (learned from real labelled news pages) "
                    + "is applied with a stoplist learned from the input; with --gold or --learn, a model is learned from the input first.")
    String model;

    @Option(names = "--learn",
            description = "Learn the model from the input in this run (weak labels, and --gold pages where given) instead of "
                    + "applying the shipped one.")
    boolean learn;

    @Option(names = {"-g", "--gold"}, paramLabel = "DIR",
            description = "Labelled pages (<page>.tsv with body|nav<TAB>line rows) that teach the model learned in this run.")
    String gold;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (keep < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--keep must be at least 1, got " + keep);
        }
        // Flags are checked before Spark starts.
        BuildOptions options = new BuildOptions(common.inputs, output, model, gold, common.limits(),
                common.maxGroupBytes(), common.statistics(), ModelTraining.Settings.DEFAULTS, keep, progressSeconds, incremental,
                learn || gold != null, incrementalCheck == IncrementalCheck.content);
        RunReport report = BuildJob.run(SparkSessions.getOrCreate("sarikata build"), options);
        System.out.println(Summaries.build(report));
        return 0;
    }
}
