package io.sarikata.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.sarikata.cli.VersionProvider;
import io.sarikata.input.ReaderLimits;
import io.sarikata.model.BlockModel;
import io.sarikata.jobs.BuildJob;
import io.sarikata.jobs.BuildOptions;
import io.sarikata.jobs.ModelTraining;
import io.sarikata.jobs.RunReport;
import io.sarikata.jobs.SparkSessions;
import io.sarikata.statistics.StatisticsSettings;
import io.sarikata.jobs.TrainJob;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.ToIntFunction;
import java.util.stream.Stream;

/**
 * The throughput benchmark: in one JVM and one run, for each corpus size, times on the same synthetic corpus
 * (made by {@link CorpusGenerator} into a work folder, or reused when one with the same seed, size and layout
 * is complete there):
 * <ol>
 *   <li>{@code floor}: list, read, decode and write the pages to Parquet, nothing else ({@link FloorJob});</li>
 *   <li>{@code output_floor}: the same, but writing the build's own documents, blocks and rejects, every block
 *       labelled by its length ({@link FloorJob#runOutput}): what the build's output costs before statistics,
 *       model and verification;</li>
 *   <li>{@code build_model}: {@link BuildJob} with a given model (trained first, untimed, on the smallest corpus,
 *       or {@code --model});</li>
 *   <li>{@code build_learn}: {@link BuildJob} learning its model from the input.</li>
 * </ol>
 * Before measuring, an untimed warm-up (both floors and each build step on a slice of the smallest corpus) lets
 * the JIT compile the hot code, and before each size every corpus file is read once, untimed, so that the steps
 * find it in the page cache (unless the OS pages idle file cache out: see docs/performance.md). Prints every measurement
 * as it is made, then the table; writes the same as JSON. A benchmark command, not a test: nothing here asserts
 * on times.
 */
public final class Bench {

    static final List<String> STEPS = List.of("floor", "output_floor", "build_model", "build_learn");

    record Options(List<Long> sizesMb, long seed, CorpusGenerator.Layout layout, Path work, String model, Path report,
                   long taskMb, List<String> steps, int repeat, boolean keepOutputs) {
    }

    /** One timed step. */
    record Measurement(long sizeMb, String step, int round, double seconds, long pages, long textBytes, int cores,
                       double floorSeconds, double outputFloorSeconds, long heapPeakBytes, long oldGenPeakBytes,
                       double gcSeconds, double cpuSeconds, Map<String, Object> details) {

        double mbPerSecond() {
            return textBytes / 1e6 / seconds;
        }

        /** The same measurement compared with other floor and output floor times. */
        Measurement againstFloors(double otherFloorSeconds, double otherOutputFloorSeconds) {
            return new Measurement(sizeMb, step, round, seconds, pages, textBytes, cores, otherFloorSeconds,
                    otherOutputFloorSeconds, heapPeakBytes, oldGenPeakBytes, gcSeconds, cpuSeconds, details);
        }

        Map<String, Object> toJson() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("size_mb", sizeMb);
            m.put("step", step);
            m.put("round", round);
            m.put("seconds", Bench.round(seconds, 3));
            m.put("pages", pages);
            m.put("text_bytes", textBytes);
            m.put("mb_per_s", Bench.round(mbPerSecond(), 3));
            m.put("mb_per_s_per_core", Bench.round(mbPerSecond() / cores, 3));
            m.put("pages_per_s", Bench.round(pages / seconds, 1));
            m.put("ratio_to_floor", Double.isNaN(floorSeconds) ? null : Bench.round(seconds / floorSeconds, 3));
            m.put("ratio_to_output_floor", Double.isNaN(outputFloorSeconds) ? null
                    : Bench.round(seconds / outputFloorSeconds, 3));
            m.put("peak_heap_mb", heapPeakBytes / 1_000_000);
            m.put("peak_old_gen_mb", oldGenPeakBytes / 1_000_000);
            m.put("gc_seconds", Bench.round(gcSeconds, 3));
            m.put("cpu_seconds", Bench.round(cpuSeconds, 3));
            m.put("cpu_utilisation", Bench.round(cpuSeconds / (seconds * cores), 3));
            m.putAll(details);
            return m;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Options options;
    private final Map<String, Object> report = new LinkedHashMap<>();
    private final List<Map<String, Object>> corpora = new ArrayList<>();
    private final List<Measurement> measurements = new ArrayList<>();
    private int cores;

    private Bench(Options options) {
        this.options = options;
    }

    public static void main(String[] args) {
        System.exit(commandLine(Bench::benchmark).execute(args));
    }

    /** The command line; {@code job} gets valid options and returns the exit code (tests pass one that measures nothing). */
    static CommandLine commandLine(ToIntFunction<Options> job) {
        return CorpusGenerator.commandLineOf(new Flags(job));
    }

    private static int benchmark(Options options) {
        try {
            new Bench(options).run();
        } catch (IOException | UncheckedIOException e) {
            System.err.println("bench: " + e);
            return 5;
        }
        return 0;
    }

    @Command(name = "jobs/bench", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            sortOptions = false,
            description = "Times floor, output_floor, build_model and build_learn on a generated corpus of each size, "
                    + "in one JVM; prints a table and writes the same as JSON.")
    static final class Flags implements Callable<Integer> {

        @Option(names = "--sizes", defaultValue = "100,1000", split = ",", paramLabel = "MB",
                converter = CorpusGenerator.PositiveLong.class,
                description = "Corpus sizes in MB (10^6 bytes) of page text, comma-separated (default: ${DEFAULT-VALUE}).")
        List<Long> sizes;

        @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Corpus seed (default: ${DEFAULT-VALUE}).")
        long seed;

        @Option(names = "--layout", defaultValue = "files", paramLabel = "files|gz|tgz",
                converter = CorpusGenerator.LayoutConverter.class,
                description = "Corpus layout, see jobs/gen-corpus (default: ${DEFAULT-VALUE}).")
        CorpusGenerator.Layout layout;

        @Option(names = "--work", defaultValue = "/tmp/sarikata-bench", paramLabel = "DIR",
                description = "Folder for corpora, outputs and the trained model (default: ${DEFAULT-VALUE}).")
        Path work;

        @Option(names = "--model", paramLabel = "FILE",
                description = "Model for build_model; without it, one is trained (untimed) on the smallest corpus.")
        String model;

        @Option(names = "--report", defaultValue = "target/bench.json", paramLabel = "FILE",
                description = "JSON report (default: ${DEFAULT-VALUE}).")
        Path report;

        @Option(names = "--task-mb", defaultValue = "128", paramLabel = "MB", converter = CorpusGenerator.PositiveLong.class,
                description = "Input MB per read task, as the build's --task-mb (default: ${DEFAULT-VALUE}).")
        long taskMb;

        @Option(names = "--steps", defaultValue = "floor,output_floor,build_model,build_learn", split = ",",
                paramLabel = "STEP",
                converter = StepConverter.class,
                description = "Steps to time, comma-separated; they run in this order whatever the order given "
                        + "(default: ${DEFAULT-VALUE}).")
        List<String> steps;

        @Option(names = "--repeat", defaultValue = "1", paramLabel = "N", converter = CorpusGenerator.PositiveInt.class,
                description = "Rounds of the steps at each size; the summary keeps each step's fastest round, "
                        + "against the fastest floor (default: ${DEFAULT-VALUE}).")
        int repeat;

        @Option(names = "--keep-outputs",
                description = "Keep each step's output instead of deleting it after the measurement.")
        boolean keepOutputs;

        @Spec
        CommandSpec spec;

        private final ToIntFunction<Options> job;

        Flags(ToIntFunction<Options> job) {
            this.job = job;
        }

        @Override
        public Integer call() {
            if (sizes.isEmpty()) {
                throw new ParameterException(spec.commandLine(), "--sizes is empty");
            }
            return job.applyAsInt(new Options(sizes.stream().sorted().distinct().toList(), seed, layout, work, model,
                    report, taskMb, STEPS.stream().filter(steps::contains).toList(), repeat, keepOutputs));
        }
    }

    static final class StepConverter implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            String step = value.strip();
            if (!STEPS.contains(step)) {
                throw new TypeConversionException("expected " + String.join(", ", STEPS) + ", got '" + value + "'");
            }
            return step;
        }
    }

    private void run() throws IOException {
        report.put("benchmark", "sarikata throughput");
        report.put("started_at", Instant.now().toString());
        report.put("settings", Map.of("sizes_mb", options.sizesMb(), "seed", options.seed(),
                "layout", options.layout().flag(), "work", options.work().toString(), "task_mb", options.taskMb(),
                "steps", options.steps()));
        Files.createDirectories(options.work());

        // 1. Corpora (untimed in the table).
        Map<Long, CorpusGenerator.Summary> summaries = new LinkedHashMap<>();
        for (long size : options.sizesMb()) {
            summaries.put(size, ensureCorpus(size));
        }
        report.put("corpora", corpora);

        // 2. Spark, the machine, the model (untimed in the table; training also warms the JVM up).
        long t = System.nanoTime();
        SparkSession spark = SparkSessions.getOrCreate("sarikata bench");
        cores = spark.sparkContext().defaultParallelism();
        System.out.printf(Locale.ROOT, "bench: Spark %s %s started in %.1f s; %d cores, max heap %d MB, Java %s%n",
                spark.version(), spark.sparkContext().master(), seconds(t), cores,
                Runtime.getRuntime().maxMemory() / 1_000_000, System.getProperty("java.version"));
        Map<String, Object> machine = new LinkedHashMap<>();
        machine.put("cores", cores);
        machine.put("available_processors", Runtime.getRuntime().availableProcessors());
        machine.put("max_heap_mb", Runtime.getRuntime().maxMemory() / 1_000_000);
        machine.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        machine.put("jvm_args", ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> !a.startsWith("--add-opens")).toList());
        machine.put("spark", spark.version() + " " + spark.sparkContext().master());
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        machine.put("gc", ManagementFactory.getGarbageCollectorMXBeans().stream().map(GarbageCollectorMXBean::getName).toList());
        machine.put("g1_region_mb", g1RegionMb());
        Map<String, String> sparkConf = new java.util.TreeMap<>();
        for (scala.Tuple2<String, String> kv : spark.sparkContext().getConf().getAll()) {
            if (kv._1().startsWith("spark.memory.") || kv._1().startsWith("spark.storage.") || kv._1().startsWith("spark.serializer")
                    || kv._1().equals("spark.master") || kv._1().startsWith("spark.sql.shuffle")) {
                sparkConf.put(kv._1(), kv._2());
            }
        }
        machine.put("spark_conf", sparkConf);
        report.put("machine", machine);
        System.out.println("bench: JVM flags " + machine.get("jvm_args") + ", G1 region " + machine.get("g1_region_mb")
                + " MB, Spark " + sparkConf);

        String model = options.model();
        boolean needModel = options.steps().contains("build_model");
        if (model == null && needModel) {
            long smallest = options.sizesMb().get(0);
            Path modelPath = options.work().resolve(String.format("model-%s-%dmb-seed%d.json",
                    options.layout().flag(), smallest, options.seed()));
            Files.deleteIfExists(modelPath);
            System.out.printf("bench: training a model on the %d MB corpus (untimed)...%n", smallest);
            t = System.nanoTime();
            BlockModel trained = TrainJob.run(spark, List.of(corpusDir(smallest).toString()), null, modelPath.toString(),
                    ReaderLimits.DEFAULTS, taskBytes(), StatisticsSettings.DEFAULTS, null, false);
            double trainSeconds = seconds(t);
            System.out.printf(Locale.ROOT, "bench: model %s trained in %.1f s, written to %s%n", trained.id(),
                    trainSeconds, modelPath);
            model = modelPath.toString();
            report.put("model", Map.of("path", model, "id", trained.id(), "trained_on_mb", smallest,
                    "train_seconds", round(trainSeconds, 3)));
        } else if (model != null) {
            report.put("model", Map.of("path", model, "given", true));
        }
        writeReport();
        warmUp(spark, model, options.sizesMb().get(0));

        // 3. The measurements.
        System.out.println();
        System.out.println(header());
        List<String> failures = new ArrayList<>();
        measuring:
        for (long size : options.sizesMb()) {
            readIntoPageCache(size);
            // Rounds run all steps in turn, so a slow spell of the machine is not pinned on one step.
            for (int round = 1; round <= options.repeat(); round++) {
                if (!measureRound(spark, size, round, summaries.get(size), model, failures)) {
                    System.out.println("bench: Spark stopped; no further measurements");
                    break measuring;
                }
            }
        }
        System.out.println();
        System.out.println("bench: " + (options.repeat() == 1 ? "all measurements" : "fastest of " + options.repeat()
                + " rounds") + " (" + options.layout().flag() + " layout, seed " + options.seed() + ", " + cores
                + " cores, max heap " + Runtime.getRuntime().maxMemory() / 1_000_000 + " MB)");
        System.out.println(header());
        fastest(measurements).forEach(m -> System.out.println(row(m)));
        failures.forEach(f -> System.out.println("bench: " + f));
        report.put("finished_at", Instant.now().toString());
        writeReport();
        System.out.println("bench: report written to " + options.report());
        spark.stop();
    }

    /**
     * Runs both floors and a build on a slice of the smallest corpus, untimed: the first measured step should
     * not pay for the JIT compiling the readers and labeller, or for Spark's first SQL query.
     */
    private void warmUp(SparkSession spark, String model, long smallestMb) throws IOException {
        List<String> slice;
        try (Stream<Path> folders = Files.list(corpusDir(smallestMb))) {
            slice = folders.filter(Files::isDirectory).sorted().limit(WARM_UP_FOLDERS).map(Path::toString).toList();
        }
        if (slice.isEmpty()) {
            slice = List.of(corpusDir(smallestMb).toString());
        }
        long t = System.nanoTime();
        Path out = options.work().resolve("out").resolve("warm-up");
        deleteTree(out);
        Files.createDirectories(out);
        FloorJob.run(spark, slice, out.resolve("floor").toString(), ReaderLimits.DEFAULTS, taskBytes());
        FloorJob.runOutput(spark, slice, out.resolve("output-floor").toString(), ReaderLimits.DEFAULTS, taskBytes());
        if (model != null) {
            warmUpBuild(spark, slice, out.resolve("build"), model);
        }
        // Learning's first run loads and compiles code no other step runs: cold, it took about twice as long.
        if (options.steps().contains("build_learn")) {
            warmUpBuild(spark, slice, out.resolve("build-learn"), null);
        }
        deleteTree(out);
        System.out.printf(Locale.ROOT, "bench: warmed up on %d folders of the %d MB corpus in %.1f s (untimed)%n",
                slice.size(), smallestMb, seconds(t));
    }

    private void warmUpBuild(SparkSession spark, List<String> slice, Path out, String model) {
        BuildJob.run(spark, new BuildOptions(slice, out.toString(), model, null, ReaderLimits.DEFAULTS, taskBytes(),
                StatisticsSettings.DEFAULTS, ModelTraining.Settings.DEFAULTS, 1, 0, false, model == null, false));
    }

    /** Folders of the smallest corpus the warm-up reads: a few thousand pages. */
    static final int WARM_UP_FOLDERS = 5;

    /** Times each step once on the corpus of one size; false when Spark stopped and nothing more can run. */
    private boolean measureRound(SparkSession spark, long size, int round, CorpusGenerator.Summary corpus, String model,
                                 List<String> failures) throws IOException {
        double floorSeconds = Double.NaN;
        double outputFloorSeconds = Double.NaN;
        for (String step : options.steps()) {
            // A crash (an OutOfMemoryError ends the JVM, see jobs/bench) leaves this in the report.
            report.put("in_progress", Map.of("size_mb", size, "step", step, "round", round,
                    "started_at", Instant.now().toString()));
            writeReport();
            Measurement m;
            try {
                m = measure(spark, size, step, round, corpus, model, floorSeconds, outputFloorSeconds);
            } catch (RuntimeException e) {
                String failure = size + " MB " + step + " failed: " + firstLine(e);
                System.out.println(String.format(Locale.ROOT, "%8d  %-12s FAILED: %s", size, step, firstLine(e)));
                failures.add(failure);
                report.put("failures", failures);
                report.remove("in_progress");
                writeReport();
                if (spark.sparkContext().isStopped()) {
                    return false;
                }
                continue;
            }
            report.remove("in_progress");
            if (step.equals("floor")) {
                floorSeconds = m.seconds();
            } else if (step.equals("output_floor")) {
                outputFloorSeconds = m.seconds();
            }
            measurements.add(m);
            System.out.println(row(m));
            if (m.details().get("build_steps_ms") instanceof Map<?, ?> steps) {
                StringBuilder line = new StringBuilder("          build steps (s):");
                steps.forEach((k, v) -> line.append(String.format(Locale.ROOT, " %s %.1f", k, ((Number) v).longValue() / 1e3)));
                System.out.println(line);
            }
            writeReport();
        }
        return true;
    }

    /**
     * Each size and step's fastest round, in the order measured, compared with the size's fastest floor and output
     * floor: the least disturbed run of each, on a machine whose speed drifts by a fifth or more between runs.
     */
    static List<Measurement> fastest(List<Measurement> measurements) {
        Map<String, Measurement> best = new LinkedHashMap<>();
        for (Measurement m : measurements) {
            best.merge(m.sizeMb() + "/" + m.step(), m, (a, b) -> b.seconds() < a.seconds() ? b : a);
        }
        List<Measurement> fastest = new ArrayList<>();
        for (Measurement m : best.values()) {
            Measurement floor = best.get(m.sizeMb() + "/floor");
            Measurement outputFloor = best.get(m.sizeMb() + "/output_floor");
            fastest.add(m.againstFloors(floor == null ? Double.NaN : floor.seconds(),
                    outputFloor == null ? Double.NaN : outputFloor.seconds()));
        }
        return fastest;
    }

    private Measurement measure(SparkSession spark, long size, String step, int round, CorpusGenerator.Summary corpus,
                                String model, double floorSeconds, double outputFloorSeconds) throws IOException {
        Path out = options.work().resolve("out").resolve(size + "mb-" + step);
        deleteTree(out);
        Files.createDirectories(out.getParent());
        String input = corpusDir(size).toString();
        Map<String, Object> details = new LinkedHashMap<>();

        Probe probe = Probe.start();
        long pages;
        switch (step) {
            case "floor", "output_floor" -> {
                FloorJob.Result r = step.equals("floor")
                        ? FloorJob.run(spark, List.of(input), out.toString(), ReaderLimits.DEFAULTS, taskBytes())
                        : FloorJob.runOutput(spark, List.of(input), out.toString(), ReaderLimits.DEFAULTS, taskBytes());
                pages = r.pages();
                details.put("read_tasks", r.tasks());
                details.put("rejects", r.rejects());
            }
            case "build_model", "build_learn" -> {
                RunReport run = BuildJob.run(spark, new BuildOptions(List.of(input), out.toString(),
                        step.equals("build_model") ? model : null, null, ReaderLimits.DEFAULTS, taskBytes(),
                        StatisticsSettings.DEFAULTS, ModelTraining.Settings.DEFAULTS, 1, 0, false, step.equals("build_learn"), false));
                Map<?, ?> accounting = (Map<?, ?>) run.get("accounting");
                pages = ((Number) accounting.get("input_pages")).longValue();
                details.put("read_tasks", run.get("read_tasks"));
                details.put("documents", accounting.get("documents"));
                details.put("rejects", accounting.get("rejects"));
                details.put("blocks_by_label", run.get("blocks_by_label"));
                details.put("model_id", run.get("model_id"));
                details.put("build_steps_ms", new LinkedHashMap<>(run.timingsMs()));
            }
            default -> throw new IllegalArgumentException(step);
        }
        Probe.Result p = probe.stop();
        if (pages != corpus.pages()) {
            details.put("warning", "the step counted " + pages + " pages, the corpus has " + corpus.pages());
        }
        details.put("output_bytes", treeBytes(out));
        if (!options.keepOutputs()) {
            deleteTree(out);
        }
        spark.catalog().clearCache();
        return new Measurement(size, step, round, p.seconds(), corpus.pages(), corpus.textBytes(), cores,
                step.equals("floor") ? p.seconds() : floorSeconds,
                step.equals("output_floor") ? p.seconds() : outputFloorSeconds, p.heapPeak(), p.oldGenPeak(),
                p.gcSeconds(), p.cpuSeconds(), details);
    }

    /** Heap peaks (reset at the start), GC and process CPU time of one step. */
    record Probe(long startNanos, long startGcMs, long startCpuNanos) {

        record Result(double seconds, long heapPeak, long oldGenPeak, double gcSeconds, double cpuSeconds) {
        }

        static Probe start() {
            System.gc();
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) {
                    pool.resetPeakUsage();
                }
            }
            return new Probe(System.nanoTime(), gcMillis(), cpuNanos());
        }

        Result stop() {
            double seconds = (System.nanoTime() - startNanos) / 1e9;
            long heap = 0;
            long old = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) {
                    long used = pool.getPeakUsage().getUsed();
                    heap += used;
                    if (pool.getName().contains("Old") || pool.getName().contains("Tenured")) {
                        old = used;
                    }
                }
            }
            return new Result(seconds, heap, old, (gcMillis() - startGcMs) / 1e3, (cpuNanos() - startCpuNanos) / 1e9);
        }

        private static long gcMillis() {
            return ManagementFactory.getGarbageCollectorMXBeans().stream()
                    .mapToLong(GarbageCollectorMXBean::getCollectionTime).filter(ms -> ms > 0).sum();
        }

        private static long cpuNanos() {
            if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
                return os.getProcessCpuTime();
            }
            return 0;
        }
    }

    private CorpusGenerator.Summary ensureCorpus(long size) throws IOException {
        Path dir = corpusDir(size);
        CorpusGenerator.Settings settings = CorpusGenerator.Settings.bySize(dir, size, options.seed(), options.layout());
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("size_mb", size);
        entry.put("dir", dir.toString());
        CorpusGenerator.Summary summary = CorpusGenerator.existing(settings);
        if (summary != null) {
            System.out.printf(Locale.ROOT, "bench: reusing the %d MB corpus in %s: %d pages, %.1f MB of text in %d files%n",
                    size, dir, summary.pages(), summary.textBytes() / 1e6, summary.files());
            entry.put("generated_seconds", null);
        } else {
            deleteTree(dir);
            System.out.printf("bench: generating the %d MB corpus in %s...%n", size, dir);
            long t = System.nanoTime();
            summary = CorpusGenerator.generate(settings);
            double s = seconds(t);
            System.out.printf(Locale.ROOT, "bench: %d pages, %.1f MB of text in %d files (%.1f MB on disk) in %.1f s%n",
                    summary.pages(), summary.textBytes() / 1e6, summary.files(), summary.fileBytes() / 1e6, s);
            entry.put("generated_seconds", round(s, 3));
        }
        entry.put("pages", summary.pages());
        entry.put("text_bytes", summary.textBytes());
        entry.put("files", summary.files());
        entry.put("file_bytes", summary.fileBytes());
        corpora.add(entry);
        return summary;
    }

    private Path corpusDir(long size) {
        return options.work().resolve(String.format("corpus-%s-%dmb-seed%d", options.layout().flag(), size, options.seed()));
    }

    private long taskBytes() {
        return options.taskMb() * 1024 * 1024;
    }

    static String header() {
        return String.format(Locale.ROOT, "%8s  %-12s %9s %8s %10s %9s %8s %8s %10s %9s %7s %5s",
                "size_mb", "step", "seconds", "MB/s", "MB/s/core", "pages/s", "x_floor", "x_output", "heap_pk_mb",
                "old_pk_mb", "gc_s", "cpu%");
    }

    static String row(Measurement m) {
        return String.format(Locale.ROOT, "%8d  %-12s %9.1f %8.2f %10.2f %9.0f %8s %8s %10d %9d %7.1f %5.0f",
                m.sizeMb(), m.step(), m.seconds(), m.mbPerSecond(), m.mbPerSecond() / m.cores(), m.pages() / m.seconds(),
                ratio(m.seconds(), m.floorSeconds()), ratio(m.seconds(), m.outputFloorSeconds()),
                m.heapPeakBytes() / 1_000_000, m.oldGenPeakBytes() / 1_000_000, m.gcSeconds(),
                100 * m.cpuSeconds() / (m.seconds() * m.cores()));
    }

    private static String ratio(double seconds, double yardstickSeconds) {
        return Double.isNaN(yardstickSeconds) ? "-" : String.format(Locale.ROOT, "%.2f", seconds / yardstickSeconds);
    }

    private void writeReport() throws IOException {
        Map<String, Object> all = new LinkedHashMap<>(report);
        all.put("measurements", measurements.stream().map(Measurement::toJson).toList());
        if (options.repeat() > 1) {
            all.put("fastest", fastest(measurements).stream().map(Measurement::toJson).toList());
        }
        all.put("notes", List.of(
                "MB are 10^6 bytes of uncompressed page text; MB/s/core divides by Spark's default parallelism",
                "x_floor / ratio_to_floor: seconds of the step over seconds of the floor on the same corpus "
                        + "(in measurements, the floor of the same round; in fastest, the fastest floor)",
                "x_output / ratio_to_output_floor: the same against the output floor, which writes the build's "
                        + "documents, blocks and rejects with no statistics, model, labelling or verification",
                "peak_heap_mb: sum over heap pools of each pool's peak (MemoryPoolMXBean), reset after a System.gc() "
                        + "before the step; an upper bound of the heap in use at any one time. peak_old_gen_mb: the old "
                        + "generation's peak alone",
                "each corpus is read once, untimed, into the OS page cache before its steps; where the OS pages out "
                        + "idle file cache (this project's 2-core VM does within seconds), later steps read partly from "
                        + "disk: --work in memory (/dev/shm) keeps every step alike"));
        Path parent = options.report().toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(options.report(), JSON.writeValueAsString(all) + "\n");
    }

    /**
     * Reads every file of the corpus once, untimed, so that the steps find it in the operating system's page
     * cache: otherwise the first step measured pays for the disk and the later ones do not. An OS that pages
     * out idle file cache undoes this; a corpus in memory ({@code --work /dev/shm/...}) does not need it.
     */
    private void readIntoPageCache(long sizeMb) throws IOException {
        long t = System.nanoTime();
        byte[] buffer = new byte[1 << 16];
        long bytes = 0;
        try (Stream<Path> paths = Files.walk(corpusDir(sizeMb))) {
            for (Path file : (Iterable<Path>) paths.filter(Files::isRegularFile)::iterator) {
                try (var in = Files.newInputStream(file)) {
                    for (int n; (n = in.read(buffer)) > 0; ) {
                        bytes += n;
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "bench: read the %d MB corpus into the page cache (%.1f MB on disk) in %.1f s (untimed)%n",
                sizeMb, bytes / 1e6, seconds(t));
    }

    static long treeBytes(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return 0;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            return paths.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** G1's heap region size in MB (objects of half a region or more are humongous), or null for another collector. */
    static Long g1RegionMb() {
        try {
            com.sun.management.HotSpotDiagnosticMXBean hotspot =
                    ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class);
            return Long.parseLong(hotspot.getVMOption("G1HeapRegionSize").getValue()) / (1024 * 1024);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The exception's innermost cause, on one short line. */
    static String firstLine(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String line = root.toString().lines().findFirst().orElse("");
        return line.length() > 300 ? line.substring(0, 300) + "..." : line;
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static double round(double v, int digits) {
        double f = Math.pow(10, digits);
        return Math.round(v * f) / f;
    }
}
