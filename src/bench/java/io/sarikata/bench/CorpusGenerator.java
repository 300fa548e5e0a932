package io.sarikata.bench;

import io.sarikata.cli.VersionProvider;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToIntFunction;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * Writes a deterministic synthetic corpus of news pages in the dump format, for benchmarks: the same flags
 * give byte-identical files. Plain Java: pages are made in order on one thread and written (and compressed)
 * by a pool of writers.
 *
 * <pre>
 * --out DIR (--pages N | --megabytes M) [--seed S] [--layout files|gz|tgz] [--bundle-mb B] [--threads T]
 * </pre>
 *
 * <ul>
 *   <li>{@code files}: {@code DIR/<yyyy-mm-dd>/<portal>/NNNNNNN_<hex>.txt}, one page per file</li>
 *   <li>{@code gz}: the same names with {@code .txt.gz}, one gzipped page per file</li>
 *   <li>{@code tgz}: {@code DIR/dump-NNNNN.tgz} bundles of about B MB of page text each (default 50), members
 *       {@code <yyyy-mm-dd>/<portal>/NNNNNNN_<hex>.txt}</li>
 * </ul>
 *
 * {@code --megabytes} counts page text (uncompressed UTF-8 bytes; 1 MB = 10^6 bytes): pages are made until
 * their text reaches M MB. The generator writes {@code DIR/_CORPUS.json} last (Sarikata skips files whose
 * names start with {@code _}): its settings and counts, so a benchmark can tell a complete corpus it can reuse.
 */
public final class CorpusGenerator {

    public static final String MARKER = "_CORPUS.json";
    /** Bump when the pages change, so corpora written by an older generator are made again. */
    public static final int GENERATOR_VERSION = 1;
    /** The fixed modification time of archive members (and of nothing else: files get the time they are written). */
    static final Instant MEMBER_MTIME = Instant.parse("2026-11-14T00:00:00Z");
    private static final int BATCH_PAGES = 256;
    private static final long MB = 1_000_000L;

    public enum Layout {
        FILES, GZ, TGZ;

        public static Layout parse(String s) {
            try {
                return valueOf(s.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("expected files, gz or tgz, got '" + s + "'");
            }
        }

        public String flag() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * @param pages     pages to write, or 0 to write by size
     * @param megabytes MB of page text to write (when pages is 0)
     * @param bundleMb  MB of page text per tgz bundle
     * @param threads   writer threads; the output does not depend on it
     */
    public record Settings(Path out, long pages, long megabytes, long seed, Layout layout, long bundleMb, int threads) {
        public Settings {
            if ((pages > 0) == (megabytes > 0)) {
                throw new IllegalArgumentException("give exactly one of --pages N or --megabytes M (a positive number)");
            }
            if (bundleMb <= 0 || threads <= 0) {
                throw new IllegalArgumentException("--bundle-mb and --threads must be positive");
            }
        }

        public static Settings bySize(Path out, long megabytes, long seed, Layout layout) {
            return new Settings(out, 0, megabytes, seed, layout, 50, Runtime.getRuntime().availableProcessors());
        }

        /** The part of the marker that decides the pages: everything but the thread count. */
        String key() {
            return String.format(Locale.ROOT, "\"generator_version\": %d, \"seed\": %d, \"layout\": \"%s\", "
                            + "\"pages_requested\": %d, \"megabytes_requested\": %d, \"bundle_mb\": %d",
                    GENERATOR_VERSION, seed, layout.flag(), pages, megabytes, layout == Layout.TGZ ? bundleMb : 0);
        }
    }

    /** What was written. {@code textBytes} is the pages' uncompressed size, {@code fileBytes} what is on disk. */
    public record Summary(long pages, long textBytes, long files, long fileBytes, Map<String, Long> pagesByPortal) {
    }

    private CorpusGenerator() {
    }

    public static void main(String[] args) {
        System.exit(commandLine(CorpusGenerator::write).execute(args));
    }

    /** The command line; {@code job} gets valid settings and returns the exit code (tests pass one that writes nothing). */
    static CommandLine commandLine(ToIntFunction<Settings> job) {
        return commandLineOf(new Flags(job));
    }

    /** Bench's too: as before picocli, a repeated flag takes its last value (a list flag adds them up). */
    static CommandLine commandLineOf(Object flags) {
        return new CommandLine(flags).setOverwrittenOptionsAllowed(true);
    }

    private static int write(Settings settings) {
        try {
            long start = System.nanoTime();
            Summary s = generate(settings);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "gen-corpus: %d pages, %.1f MB of page text in %d files (%.1f MB on disk) "
                            + "written to %s in %.1f s (%.0f MB/s of text); pages by portal %s%n",
                    s.pages(), s.textBytes() / 1e6, s.files(), s.fileBytes() / 1e6, settings.out(), seconds,
                    s.textBytes() / 1e6 / seconds, s.pagesByPortal());
        } catch (IllegalArgumentException e) {
            System.err.println("gen-corpus: " + e.getMessage());
            return 2;
        } catch (IOException | UncheckedIOException e) {
            System.err.println("gen-corpus: cannot write: " + e);
            return 5;
        }
        return 0;
    }

    @Command(name = "jobs/gen-corpus", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            sortOptions = false,
            description = "Writes a deterministic synthetic corpus of news pages for benchmarks: the same flags give "
                    + "byte-identical files.")
    static final class Flags implements Callable<Integer> {

        @Option(names = "--out", required = true, paramLabel = "DIR",
                description = "Empty or new folder to write the corpus into.")
        Path out;

        @ArgGroup(multiplicity = "1")
        Amount amount;

        static final class Amount {
            @Option(names = "--pages", required = true, paramLabel = "N", converter = PositiveLong.class,
                    description = "Number of pages to write.")
            long pages;

            @Option(names = "--megabytes", required = true, paramLabel = "M", converter = PositiveLong.class,
                    description = "MB (10^6 bytes) of page text to write, whatever the layout compresses it to.")
            long megabytes;
        }

        @Option(names = "--seed", defaultValue = "1", paramLabel = "S",
                description = "Random seed; the same flags give byte-identical files (default: ${DEFAULT-VALUE}).")
        long seed;

        @Option(names = "--layout", defaultValue = "files", paramLabel = "files|gz|tgz", converter = LayoutConverter.class,
                description = "files: one .txt per page; gz: one .txt.gz per page; tgz: dump-NNNNN.tgz bundles of about "
                        + "--bundle-mb MB of page text (default: ${DEFAULT-VALUE}).")
        Layout layout;

        @Option(names = "--bundle-mb", defaultValue = "50", paramLabel = "B", converter = PositiveLong.class,
                description = "MB of page text per tgz bundle (default: ${DEFAULT-VALUE}).")
        long bundleMb;

        @Option(names = "--threads", paramLabel = "T", converter = PositiveInt.class,
                description = "Writer threads (default: the cores, ${DEFAULT-VALUE} here); does not change the output.")
        int threads = Runtime.getRuntime().availableProcessors();

        private final ToIntFunction<Settings> job;

        Flags(ToIntFunction<Settings> job) {
            this.job = job;
        }

        @Override
        public Integer call() {
            return job.applyAsInt(new Settings(out, amount.pages, amount.megabytes, seed, layout, bundleMb, threads));
        }
    }

    /** A flag that takes a positive whole number; Bench's flags use it too. */
    static final class PositiveLong implements ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            return positive(value, Long.MAX_VALUE);
        }
    }

    /** {@link PositiveLong} for an int: picocli wants a converter per type. */
    static final class PositiveInt implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            return (int) positive(value, Integer.MAX_VALUE);
        }
    }

    private static long positive(String value, long max) {
        long n;
        try {
            // Stripped: "--sizes '100, 1000'" was fine before picocli.
            n = Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new TypeConversionException("'" + value + "' is not a whole number");
        }
        if (n < 1 || n > max) {
            throw new TypeConversionException("must be a positive whole number" + (n > max ? " up to " + max : "")
                    + ", got " + value);
        }
        return n;
    }

    /** {@code --layout} in any case, for Bench too. */
    static final class LayoutConverter implements ITypeConverter<Layout> {
        @Override
        public Layout convert(String value) {
            try {
                return Layout.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** Writes the corpus into {@code settings.out()}, which must be empty or not exist yet. */
    public static Summary generate(Settings settings) throws IOException {
        Path out = settings.out();
        if (Files.exists(out)) {
            if (!Files.isDirectory(out)) {
                throw new IllegalArgumentException(out + " exists and is not a folder");
            }
            try (var entries = Files.list(out)) {
                if (entries.findAny().isPresent()) {
                    throw new IllegalArgumentException(out + " is not empty; give a new or empty folder");
                }
            }
        }
        Files.createDirectories(out);
        Writer writer = new Writer(settings);
        PageFactory factory = new PageFactory(settings.seed());
        long textLimit = settings.megabytes() * MB;
        long pages = 0;
        long textBytes = 0;
        long[] byPortal = new long[PageFactory.PORTALS.size()];
        try {
            while (settings.pages() > 0 ? pages < settings.pages() : textBytes < textLimit) {
                PageFactory.Generated page = factory.next();
                writer.add(page);
                pages++;
                textBytes += page.bytes().length;
                byPortal[page.portal()]++;
            }
            writer.finish();
        } finally {
            writer.shutdown();
        }
        Map<String, Long> pagesByPortal = new TreeMap<>();
        for (int p = 0; p < byPortal.length; p++) {
            pagesByPortal.put(PageFactory.PORTALS.get(p).slug(), byPortal[p]);
        }
        Summary summary = new Summary(pages, textBytes, writer.files.get(), writer.fileBytes.get(), pagesByPortal);
        Files.writeString(out.resolve(MARKER), markerJson(settings, summary), StandardCharsets.UTF_8);
        return summary;
    }

    static String markerJson(Settings settings, Summary s) {
        StringBuilder portals = new StringBuilder();
        s.pagesByPortal().forEach((k, v) -> portals.append(portals.isEmpty() ? "" : ", ").append('"').append(k)
                .append("\": ").append(v));
        return "{" + settings.key() + ",\n \"pages\": " + s.pages() + ", \"text_bytes\": " + s.textBytes()
                + ", \"files\": " + s.files() + ", \"file_bytes\": " + s.fileBytes()
                + ",\n \"pages_by_portal\": {" + portals + "}}\n";
    }

    /**
     * The summary of a complete corpus at {@code out} written with these settings (thread count aside), or null
     * when there is none: no marker, another generator version, or other flags.
     */
    public static Summary existing(Settings settings) {
        Path marker = settings.out().resolve(MARKER);
        String json;
        try {
            json = Files.readString(marker, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
        if (!json.startsWith("{" + settings.key() + ",")) {
            return null;
        }
        return new Summary(field(json, "pages"), field(json, "text_bytes"), field(json, "files"),
                field(json, "file_bytes"), Map.of());
    }

    private static long field(String json, String name) {
        String key = "\"" + name + "\": ";
        int at = json.indexOf(key);
        int end = at + key.length();
        while (end < json.length() && Character.isDigit(json.charAt(end))) {
            end++;
        }
        return Long.parseLong(json.substring(at + key.length(), end));
    }

    /** Hands pages to the writer threads in batches (files, gz) or bundles (tgz), keeping bytes in flight bounded. */
    private static final class Writer {
        private final Settings settings;
        private final ExecutorService pool;
        private final int capacityKb;
        private final Semaphore inFlightKb;
        private final List<Future<?>> pending = new ArrayList<>();
        private final Set<Path> madeDirs = ConcurrentHashMap.newKeySet();
        private final ThreadLocal<Gzipper> gzippers = ThreadLocal.withInitial(Gzipper::new);
        final AtomicLong files = new AtomicLong();
        final AtomicLong fileBytes = new AtomicLong();
        private List<PageFactory.Generated> batch = new ArrayList<>();
        private long batchBytes;
        private int bundles;

        Writer(Settings settings) {
            this.settings = settings;
            this.pool = Executors.newFixedThreadPool(settings.threads(), r -> {
                Thread t = new Thread(r, "gen-corpus-writer");
                t.setDaemon(true);
                return t;
            });
            // Pages waiting to be written: a bundle per writer thread and one more, or 64 MB of small files.
            this.capacityKb = (int) Math.min(Integer.MAX_VALUE / 2, settings.layout() == Layout.TGZ
                    ? (settings.threads() + 1) * settings.bundleMb() * 1000 : 64_000);
            this.inFlightKb = new Semaphore(capacityKb);
        }

        void add(PageFactory.Generated page) throws IOException {
            batch.add(page);
            batchBytes += page.bytes().length;
            boolean full = settings.layout() == Layout.TGZ ? batchBytes >= settings.bundleMb() * MB
                    : batch.size() >= BATCH_PAGES;
            if (full) {
                flush();
            }
        }

        void finish() throws IOException {
            if (!batch.isEmpty()) {
                flush();
            }
            for (Future<?> f : pending) {
                await(f);
            }
        }

        void shutdown() {
            pool.shutdownNow();
        }

        private void flush() throws IOException {
            List<PageFactory.Generated> pages = batch;
            int kb = (int) Math.min(capacityKb, batchBytes / 1000 + 1);
            batch = new ArrayList<>();
            batchBytes = 0;
            try {
                inFlightKb.acquire(kb);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
            int permits = kb;
            Path bundle = settings.layout() == Layout.TGZ
                    ? settings.out().resolve(String.format("dump-%05d.tgz", ++bundles)) : null;
            pending.add(pool.submit(() -> {
                try {
                    if (bundle != null) {
                        writeBundle(bundle, pages);
                    } else {
                        for (PageFactory.Generated p : pages) {
                            writePage(p);
                        }
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } finally {
                    inFlightKb.release(permits);
                }
                return null;
            }));
            // Fail early instead of generating the rest of a corpus nobody can write.
            while (!pending.isEmpty() && pending.get(0).isDone()) {
                await(pending.remove(0));
            }
        }

        private static void await(Future<?> f) throws IOException {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof UncheckedIOException u) {
                    throw u.getCause();
                }
                throw new IOException(cause);
            }
        }

        private void writePage(PageFactory.Generated p) throws IOException {
            Path dir = settings.out().resolve(p.date()).resolve(p.slug());
            if (!madeDirs.contains(dir)) {
                // Another writer may be making the same folder; createDirectories does not mind.
                Files.createDirectories(dir);
                madeDirs.add(dir);
            }
            if (settings.layout() == Layout.GZ) {
                Gzipper gz = gzippers.get();
                int n = gz.gzip(p.bytes());
                try (OutputStream o = Files.newOutputStream(dir.resolve(p.name() + ".gz"))) {
                    o.write(gz.buffer, 0, n);
                }
                fileBytes.addAndGet(n);
            } else {
                Files.write(dir.resolve(p.name()), p.bytes());
                fileBytes.addAndGet(p.bytes().length);
            }
            files.incrementAndGet();
        }

        private void writeBundle(Path bundle, List<PageFactory.Generated> pages) throws IOException {
            try (TarArchiveOutputStream tar = new TarArchiveOutputStream(new GZIPOutputStream(
                    new BufferedOutputStream(Files.newOutputStream(bundle), 1 << 16), 1 << 16))) {
                for (PageFactory.Generated p : pages) {
                    TarArchiveEntry entry = new TarArchiveEntry(p.date() + "/" + p.slug() + "/" + p.name());
                    entry.setSize(p.bytes().length);
                    entry.setMode(0100644);
                    entry.setLastModifiedTime(FileTime.from(MEMBER_MTIME));
                    entry.setIds(0, 0);
                    entry.setUserName("");
                    entry.setGroupName("");
                    tar.putArchiveEntry(entry);
                    tar.write(p.bytes());
                    tar.closeArchiveEntry();
                }
            }
            files.incrementAndGet();
            fileBytes.addAndGet(Files.size(bundle));
        }
    }

    /** Gzip of one small page with a reused deflater: a fixed header (no name, no time), so output is stable. */
    static final class Gzipper {
        private static final byte[] HEADER = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, (byte) 0xff};
        private final Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        private final CRC32 crc = new CRC32();
        byte[] buffer = new byte[16 * 1024];

        /** Compresses into {@link #buffer} and returns the length. */
        int gzip(byte[] data) {
            deflater.reset();
            deflater.setInput(data);
            deflater.finish();
            ensure(data.length + data.length / 100 + 64);
            System.arraycopy(HEADER, 0, buffer, 0, HEADER.length);
            int n = HEADER.length;
            while (!deflater.finished()) {
                if (n == buffer.length) {
                    ensure(buffer.length * 2);
                }
                n += deflater.deflate(buffer, n, buffer.length - n);
            }
            crc.reset();
            crc.update(data);
            ensure(n + 8);
            n = putIntLe(buffer, n, (int) crc.getValue());
            return putIntLe(buffer, n, data.length);
        }

        private void ensure(int size) {
            if (buffer.length < size) {
                buffer = Arrays.copyOf(buffer, Math.max(size, buffer.length * 2));
            }
        }

        private static int putIntLe(byte[] b, int at, int v) {
            b[at] = (byte) v;
            b[at + 1] = (byte) (v >>> 8);
            b[at + 2] = (byte) (v >>> 16);
            b[at + 3] = (byte) (v >>> 24);
            return at + 4;
        }
    }
}
