package io.sarikata.bench;

import io.sarikata.cli.VersionProvider;
import io.sarikata.features.CountTable;
import io.sarikata.features.KeyCounter;
import io.sarikata.features.PageSample;
import io.sarikata.features.StatKeys;
import io.sarikata.input.ReaderLimits;
import io.sarikata.model.BlockModel;
import io.sarikata.model.ModelJson;
import io.sarikata.model.PageLabeler;
import io.sarikata.sources.InputFile;
import io.sarikata.sources.InputPlanner;
import io.sarikata.jobs.LabelAndWrite;
import io.sarikata.sources.PageReading;
import io.sarikata.sources.ReadItem;
import io.sarikata.output.TaskOutput;
import org.apache.hadoop.conf.Configuration;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;

/**
 * What a build task's steps cost, on one thread, in CPU seconds and outside Spark: each round reads every page
 * of a corpus (open, unpack, decode, segment), then reads and labels them, then reads, labels and writes
 * documents and blocks as a task does ({@link LabelAndWrite}), then runs the output floor's task (the same
 * writing, each block labelled by its length: {@link FloorJob#runOutput}) and the floor's task over the same files
 * ({@link FloorJob}); labelling and writing are the differences between the first three. One thread's CPU time
 * splits a task's time into these parts, which {@link Bench}'s wall-clock steps of whole Spark jobs cannot; it
 * varies between rounds as much as they do. The statistics are counted on every page, untimed.
 * A benchmark command, not a test: nothing here asserts on times.
 */
public final class StepCosts {

    record Options(Path input, Path model, int rounds, Path work) {
    }

    /**
     * One round's CPU seconds of its passes: reading; reading and labelling; reading, labelling and writing (a
     * build task); the output floor's task, which writes the same datasets labelled by length; and the floor's
     * task, which reads and writes each page as one row ({@link FloorJob}).
     */
    record Round(double read, double readAndLabel, double all, double output, double floor) {
        double label() {
            return readAndLabel - read;
        }

        double write() {
            return all - readAndLabel;
        }
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final Options options;
    private final PrintStream out;

    StepCosts(Options options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    public static void main(String[] args) {
        System.exit(commandLine(options -> measure(options, System.out)).execute(args));
    }

    /** The command line; {@code job} gets valid options and returns the exit code. */
    static CommandLine commandLine(ToIntFunction<Options> job) {
        return CorpusGenerator.commandLineOf(new Flags(job));
    }

    static int measure(Options options, PrintStream out) {
        try {
            new StepCosts(options, out).run();
            return 0;
        } catch (IOException | RuntimeException e) {
            System.err.println("step-costs: " + e);
            return 5;
        }
    }

    List<Round> run() throws IOException {
        BlockModel model = ModelJson.read(Files.readString(options.model()), options.model().toString());
        List<InputFile> files = InputPlanner.list(List.of(options.input().toString()), new Configuration()).files();
        if (files.isEmpty()) {
            throw new IOException("no input files in " + options.input());
        }
        KeyCounter counter = new KeyCounter();
        long pages = 0;
        for (Iterator<ReadItem> items = read(files); items.hasNext(); ) {
            ReadItem item = items.next();
            if (item.isPage()) {
                pages++;
                for (long key : StatKeys.pageKeys(item.page().portal(), item.page().blockTexts())) {
                    counter.add(key, 1);
                }
            }
        }
        CountTable stats = CountTable.of(List.of(counter.atLeast(2)), PageSample.ALL);
        long bytes = files.stream().mapToLong(InputFile::size).sum();
        out.printf(Locale.ROOT, "step-costs: %d pages in %d files (%.1f MB), %d repeated keys; one thread, CPU seconds%n",
                pages, files.size(), bytes / 1e6, stats.size());
        out.printf(Locale.ROOT, "%7s %8s %8s %8s %8s %8s %8s %8s %8s%n", "round", "read", "label", "write", "task",
                "output", "floor", "x_floor", "x_output");
        List<Round> rounds = new ArrayList<>();
        for (int r = 1; r <= options.rounds(); r++) {
            Round round = round(files, model, stats);
            rounds.add(round);
            out.printf(Locale.ROOT, "%7d %8.3f %8.3f %8.3f %8.3f %8.3f %8.3f %8.2f %8.2f%n", r, round.read(),
                    round.label(), round.write(), round.all(), round.output(), round.floor(), round.all() / round.floor(),
                    round.all() / round.output());
        }
        summary("fastest", rounds, true);
        summary("median", rounds, false);
        return rounds;
    }

    private Round round(List<InputFile> files, BlockModel model, CountTable stats) throws IOException {
        long start = cpuNanos();
        for (Iterator<ReadItem> items = read(files); items.hasNext(); ) {
            items.next();
        }
        long read = cpuNanos();
        PageLabeler labeler = new PageLabeler(model);
        for (Iterator<ReadItem> items = read(files); items.hasNext(); ) {
            ReadItem item = items.next();
            if (item.isPage()) {
                labeler.label(item.page().blocks(), item.page().portal(), stats.forPage(item.page().source()));
            }
        }
        long labelled = cpuNanos();
        Path snapshot = options.work().resolve("snapshot");
        Bench.deleteTree(snapshot);
        TaskOutput written = LabelAndWrite.run(0, files, new LabelAndWrite.Settings(snapshot.toString(),
                ReaderLimits.DEFAULTS, ""), model, stats, null, null);
        long all = cpuNanos();
        Bench.deleteTree(snapshot);
        TaskOutput outputWritten = FloorJob.writeOutput(0, files, snapshot.toString(), ReaderLimits.DEFAULTS);
        long output = cpuNanos();
        Bench.deleteTree(snapshot);
        TaskOutput floorWritten = FloorJob.writePages(0, files, snapshot.toString(), ReaderLimits.DEFAULTS);
        long floor = cpuNanos();
        Bench.deleteTree(snapshot);
        if (written.files().isEmpty() || outputWritten.files().isEmpty() || floorWritten.files().isEmpty()) {
            throw new IOException("a writing pass wrote no file under " + snapshot);
        }
        return new Round((read - start) / 1e9, (labelled - read) / 1e9, (all - labelled) / 1e9, (output - all) / 1e9,
                (floor - output) / 1e9);
    }

    private void summary(String name, List<Round> rounds, boolean fastest) {
        double task = pick(rounds, Round::all, fastest);
        double output = pick(rounds, Round::output, fastest);
        double floor = pick(rounds, Round::floor, fastest);
        out.printf(Locale.ROOT, "%7s %8.3f %8.3f %8.3f %8.3f %8.3f %8.3f %8.2f %8.2f%n", name,
                pick(rounds, Round::read, fastest), pick(rounds, Round::label, fastest),
                pick(rounds, Round::write, fastest), task, output, floor, task / floor, task / output);
    }

    /** The fastest or the median of one column: each column on its own, so the columns need not add up. */
    static double pick(List<Round> rounds, ToDoubleFunction<Round> column, boolean fastest) {
        double[] values = rounds.stream().mapToDouble(column).sorted().toArray();
        return fastest ? values[0] : values[values.length / 2];
    }

    private static Iterator<ReadItem> read(List<InputFile> files) {
        return PageReading.read(files, ReaderLimits.DEFAULTS, null, null);
    }

    private static long cpuNanos() {
        return THREADS.getCurrentThreadCpuTime();
    }

    @Command(name = "jobs/step-costs", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            sortOptions = false,
            description = "Times a build task's steps (read, label, write), the output floor's task and the floor's task "
                    + "on one thread in CPU seconds, outside Spark, over every page of a corpus folder; prints each "
                    + "round, the fastest and the median.")
    static final class Flags implements Callable<Integer> {
        private final ToIntFunction<Options> job;

        @Option(names = "--input", required = true, paramLabel = "DIR",
                description = "Corpus folder or file, in any layout the build reads (a jobs/gen-corpus folder of "
                        + "about 100 MB keeps every round under a few seconds).")
        Path input;

        @Option(names = "--model", required = true, paramLabel = "FILE", description = "Model JSON to label with.")
        Path model;

        @Option(names = "--rounds", defaultValue = "8", paramLabel = "N", converter = CorpusGenerator.PositiveInt.class,
                description = "Rounds of the five passes (default: ${DEFAULT-VALUE}).")
        int rounds;

        @Option(names = "--work", defaultValue = "/tmp/sarikata-step-costs", paramLabel = "DIR",
                description = "Folder for the writing step's files, deleted after each round (default: ${DEFAULT-VALUE}).")
        Path work;

        Flags(ToIntFunction<Options> job) {
            this.job = job;
        }

        @Override
        public Integer call() {
            return job.applyAsInt(new Options(input, model, rounds, work));
        }
    }
}
