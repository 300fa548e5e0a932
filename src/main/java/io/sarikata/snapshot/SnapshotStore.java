package io.sarikata.snapshot;

import io.sarikata.sources.HadoopFiles;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.ChecksumFileSystem;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileContext;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Options;
import org.apache.hadoop.fs.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.StandardCopyOption;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * An output root that readers can trust while a build writes into it. Each run writes
 * {@code snapshots/<run-id>/}; only a complete snapshot gets {@code _SUCCESS} and becomes {@code LATEST}
 * (a file naming the run, replaced by an atomic rename; on a local disk also the symlink {@code latest}),
 * and then gets {@code _PUBLISHED}. One build writes to a root at a time: {@link #begin} takes the root's
 * {@link RootLock}, then repairs what a killed run left (stray temporary files, a {@code latest} link behind
 * {@code LATEST}, snapshots never published) before it writes anything else.
 *
 * <p>The root's own markers are written without Hadoop's checksum side files ({@code .LATEST.crc}): a kill
 * between renaming a file and renaming its checksum left a checksum that no longer matched, and every later
 * run failed to read {@code LATEST}. On a local disk they are written with java.nio, elsewhere through the
 * file system without its checksum layer.
 */
public final class SnapshotStore implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SnapshotStore.class);

    public static final String SNAPSHOTS = "snapshots";
    public static final String LATEST_FILE = "LATEST";
    public static final String LATEST_LINK = "latest";
    public static final String SUCCESS = "_SUCCESS";
    /** Written into a snapshot once LATEST has named it: only published snapshots count for {@code --keep}. */
    public static final String PUBLISHED = "_PUBLISHED";

    /**
     * Tests set this Spark setting to a publish step ({@link #STEPS}) to fail the build there, as a crash would
     * ({@code step}), or to halt the JVM there ({@code step:halt}), or to fail as a full disk does
     * ({@code step:disk-full}).
     */
    public static final String FAULT_KEY = "spark.sarikata.test.failAtPublishStep";
    /** The steps of publishing, in order; a fault can be injected just after each. */
    public static final List<String> STEPS = List.of("success-written", "latest-staged", "latest-renamed",
            "published-marked", "link-staged", "link-renamed", "old-snapshot-unmarked");

    private static final DateTimeFormatter RUN_ID = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    private final Path root;
    /** The root's file system without a checksum layer. */
    private final FileSystem fs;
    /** The root as a local path, or null when it is on another file system. */
    private final java.nio.file.Path localRoot;
    private final Configuration conf;
    private final String fault;
    private RootLock lock;
    private Path begun;
    private static final long DISCARD_WAIT_MS = 60_000;
    private static final long DISCARD_SETTLE_MS = 250;
    private boolean published;

    public SnapshotStore(String root, Configuration conf) throws IOException {
        this(root, conf, "");
    }

    /** @param fault a {@link #FAULT_KEY} value, or empty */
    public SnapshotStore(String root, Configuration conf, String fault) throws IOException {
        this.root = new Path(root.length() > 1 ? root.replaceAll("/+$", "") : root);
        FileSystem any = this.root.getFileSystem(conf);
        if (any instanceof ChecksumFileSystem checksummed) {
            // Hadoop caches this instance for the JVM: Spark's own writers (an incremental run's reused rows) then
            // leave no .crc side files in the snapshot either. Nobody reads them, and they clutter every folder.
            checksummed.setWriteChecksum(false);
        }
        this.fs = HadoopFiles.withoutChecksums(any);
        this.localRoot = any instanceof LocalFileSystem local ? local.pathToFile(this.root).toPath().toAbsolutePath() : null;
        this.conf = conf;
        this.fault = fault == null ? "" : fault;
    }

    public Path root() {
        return root;
    }

    /**
     * Takes the root's lock, repairs what an earlier run left, and makes this run's snapshot folder, under a run
     * id no other run has used.
     *
     * @throws JobFailure with {@link JobFailure#LOCKED} when another build holds the root
     */
    public Path begin() throws IOException {
        if (!fs.mkdirs(root)) {
            throw new IOException("cannot make folder " + root);
        }
        lock = RootLock.take(root, fs, localRoot);
        recover();
        Path snapshots = new Path(root, SNAPSHOTS);
        fs.mkdirs(snapshots);
        String base = ZonedDateTime.now(ZoneOffset.UTC).format(RUN_ID);
        for (int n = 1; ; n++) {
            Path snapshot = new Path(snapshots, n == 1 ? base : base + "-" + n);
            if (createFolder(snapshot)) {
                begun = snapshot;
                return snapshot;
            }
        }
    }

    /**
     * Marks the snapshot complete, points LATEST (and {@code latest}) at it, marks it published, then keeps only
     * the newest {@code keep} published snapshots.
     */
    public void publish(Path snapshot, int keep) throws IOException {
        writeFile(new Path(snapshot, SUCCESS), "");
        fault("success-written");
        String runId = snapshot.getName();
        Path staged = new Path(root, "_" + LATEST_FILE + "." + runId);
        writeFile(staged, runId + "\n");
        fault("latest-staged");
        renameOver(staged, new Path(root, LATEST_FILE));
        published = true;
        fault("latest-renamed");
        writeFile(new Path(snapshot, PUBLISHED), "");
        fault("published-marked");
        if (localRoot != null) {
            relinkLatest(runId);
        }
        fault("link-renamed");
        retain(keep, runId);
    }

    /**
     * The run id LATEST names, or null when nothing was published yet (or LATEST names no complete snapshot).
     * Read without checksums: a root an earlier version left with a stale {@code .LATEST.crc} still reads.
     */
    public String latest() throws IOException {
        String runId = readLatest();
        if (runId == null) {
            return null;
        }
        if (!fs.exists(new Path(snapshot(runId), SUCCESS))) {
            LOG.warn("{}/{} names {}, which is not a complete snapshot", root, LATEST_FILE, runId);
            return null;
        }
        return runId;
    }

    public Path snapshot(String runId) {
        return new Path(new Path(root, SNAPSHOTS), runId);
    }

    /** Complete snapshots, oldest first (run ids sort by time). */
    public List<Path> completeSnapshots() throws IOException {
        List<Path> complete = new ArrayList<>();
        for (Path p : snapshotDirs()) {
            if (fs.exists(new Path(p, SUCCESS))) {
                complete.add(p);
            }
        }
        return complete;
    }

    /** Published snapshots (complete and marked), oldest first: what {@code --keep} counts. */
    public List<Path> publishedSnapshots() throws IOException {
        List<Path> marked = new ArrayList<>();
        for (Path p : completeSnapshots()) {
            if (fs.exists(new Path(p, PUBLISHED))) {
                marked.add(p);
            }
        }
        return marked;
    }

    /**
     * Removes this run's snapshot when it was never published (a write failed: its files only take space), and
     * never fails: the next run removes what is left.
     */
    public void discardUnpublished() {
        if (begun == null || published || lock == null) {
            return;
        }
        // Tasks of the failed job that were still running go on writing after the job failed (Spark does not
        // interrupt them) and make folders anew: delete until two looks a quarter second apart find it gone, for a
        // minute at most.
        long deadline = System.currentTimeMillis() + DISCARD_WAIT_MS;
        try {
            for (int goneChecks = 0; goneChecks < 2 && System.currentTimeMillis() < deadline; ) {
                if (fs.exists(begun)) {
                    deleteSnapshot(begun);
                    goneChecks = 0;
                } else {
                    goneChecks++;
                }
                Thread.sleep(DISCARD_SETTLE_MS);
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("could not remove the unpublished snapshot {} (the next run will): {}", begun, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (exists(begun)) {
            LOG.warn("the unpublished snapshot {} is still written to; the next run removes it", begun);
        }
    }

    private boolean exists(Path path) {
        try {
            return fs.exists(path);
        } catch (IOException e) {
            return true;
        }
    }

    /** Releases the root's lock, if this store took it. */
    @Override
    public void close() {
        if (lock != null) {
            lock.release();
            lock = null;
        }
    }

    /**
     * What a killed or failed run left, repaired before this run writes anything: temporary files of publishing,
     * old checksum files of the root's markers, a {@code latest} link behind LATEST, the published mark of the
     * snapshot LATEST names, and snapshots that were never published (incomplete, or complete but never named by
     * LATEST). Complete snapshots older than LATEST's without a mark were published by an earlier version.
     */
    void recover() throws IOException {
        for (FileStatus s : fs.listStatus(root)) {
            String name = s.getPath().getName();
            if (isStray(name)) {
                LOG.info("removing {} left by an earlier run", s.getPath());
                if (localRoot != null) {
                    Files.deleteIfExists(localRoot.resolve(name)); // a staged symlink itself, never what it names
                } else {
                    fs.delete(s.getPath(), true);
                }
            }
        }
        String latest = readLatest();
        Path current = latest == null ? null : snapshot(latest);
        if (current != null && fs.exists(new Path(current, SUCCESS))) {
            if (!fs.exists(new Path(current, PUBLISHED))) {
                writeFile(new Path(current, PUBLISHED), "");
            }
            if (localRoot != null && !linkNames(latest)) {
                LOG.info("pointing {}/{} at {}, as {} names it", root, LATEST_LINK, latest, LATEST_FILE);
                relinkLatest(latest);
            }
        } else if (latest != null) {
            LOG.warn("{}/{} names {}, which is not a complete snapshot", root, LATEST_FILE, latest);
        }
        for (Path dir : snapshotDirs()) {
            String name = dir.getName();
            if (name.equals(latest)) {
                continue;
            }
            if (!fs.exists(new Path(dir, SUCCESS))) {
                LOG.info("removing snapshot {}: it was never completed", name);
                deleteSnapshot(dir);
            } else if (!fs.exists(new Path(dir, PUBLISHED))) {
                if (latest != null && name.compareTo(latest) < 0) {
                    writeFile(new Path(dir, PUBLISHED), ""); // published by a version without the mark
                } else {
                    LOG.info("removing snapshot {}: it was completed but never published", name);
                    deleteSnapshot(dir);
                }
            }
        }
    }

    /** Files that only exist for a moment while publishing, or checksums of the root's markers. */
    private static boolean isStray(String name) {
        return name.startsWith("_" + LATEST_FILE + ".") || name.startsWith("._" + LATEST_FILE + ".")
                || name.equals("." + LATEST_FILE + ".crc") || name.startsWith("_" + LATEST_LINK + ".")
                || name.equals("_write-probe") || name.equals("._write-probe.crc")
                || name.startsWith(RootLock.NAME + ".stale-");
    }

    private String readLatest() throws IOException {
        Path latest = new Path(root, LATEST_FILE);
        try (InputStream in = fs.open(latest)) {
            String runId = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
            return runId.isEmpty() || runId.contains("/") ? null : runId;
        } catch (FileNotFoundException | NoSuchFileException e) {
            return null;
        }
    }

    private List<Path> snapshotDirs() throws IOException {
        Path snapshots = new Path(root, SNAPSHOTS);
        List<Path> dirs = new ArrayList<>();
        if (!fs.exists(snapshots)) {
            return dirs;
        }
        for (FileStatus s : fs.listStatus(snapshots)) {
            if (s.isDirectory()) {
                dirs.add(s.getPath());
            }
        }
        dirs.sort((a, b) -> a.getName().compareTo(b.getName()));
        return dirs;
    }

    /** Keeps the newest {@code keep} published snapshots; the published one is never removed. */
    private void retain(int keep, String latestRunId) throws IOException {
        List<Path> marked = publishedSnapshots();
        boolean first = true;
        for (int i = 0; i < marked.size() - Math.max(1, keep); i++) {
            if (!marked.get(i).getName().equals(latestRunId)) {
                deleteSnapshot(marked.get(i));
                if (first) {
                    fault("old-snapshot-unmarked");
                    first = false;
                }
            }
        }
    }

    /** Its markers go first: a snapshot half deleted is one without {@code _SUCCESS}, which the next run removes. */
    private void deleteSnapshot(Path dir) throws IOException {
        fs.delete(new Path(dir, SUCCESS), false);
        fs.delete(new Path(dir, PUBLISHED), false);
        fs.delete(dir, true);
    }

    /** A new folder, or false when the name is taken (create-new on a local disk; under the lock elsewhere). */
    private boolean createFolder(Path dir) throws IOException {
        if (localRoot != null) {
            try {
                Files.createDirectory(local(dir));
                return true;
            } catch (FileAlreadyExistsException e) {
                return false;
            }
        }
        if (fs.exists(dir)) {
            return false;
        }
        if (!fs.mkdirs(dir)) {
            throw new IOException("cannot make folder " + dir);
        }
        return true;
    }

    private void writeFile(Path file, String content) throws IOException {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        if (localRoot != null) {
            Files.write(local(file), bytes);
            return;
        }
        try (FSDataOutputStream out = fs.create(file, true)) {
            out.write(bytes);
        }
    }

    /** An atomic replace: readers see the old file or the new one, never none. */
    private void renameOver(Path staged, Path target) throws IOException {
        if (localRoot != null) {
            Files.move(local(staged), local(target), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return;
        }
        FileContext.getFileContext(root.toUri(), conf).rename(staged, target, Options.Rename.OVERWRITE);
    }

    private boolean linkNames(String runId) {
        java.nio.file.Path link = localRoot.resolve(LATEST_LINK);
        try {
            return Files.isSymbolicLink(link)
                    && Files.readSymbolicLink(link).equals(java.nio.file.Path.of(SNAPSHOTS, runId));
        } catch (IOException e) {
            return false;
        }
    }

    /** Replaces the symlink by renaming a new one over it: readers see the old or the new target, never none. */
    private void relinkLatest(String runId) throws IOException {
        java.nio.file.Path staged = localRoot.resolve("_" + LATEST_LINK + "." + runId);
        Files.deleteIfExists(staged);
        Files.createSymbolicLink(staged, java.nio.file.Path.of(SNAPSHOTS, runId));
        fault("link-staged");
        Files.move(staged, localRoot.resolve(LATEST_LINK), StandardCopyOption.ATOMIC_MOVE,
                StandardCopyOption.REPLACE_EXISTING);
    }

    private java.nio.file.Path local(Path path) {
        return java.nio.file.Path.of(path.toUri().getPath());
    }

    private void fault(String step) throws IOException {
        if (fault.isEmpty() || !fault.startsWith(step)) {
            return;
        }
        String kind = fault.substring(step.length());
        switch (kind) {
            case "" -> throw new IllegalStateException("injected failure at publish step " + step + " (" + FAULT_KEY + ")");
            case ":halt" -> Runtime.getRuntime().halt(137);
            case ":disk-full" -> throw new IOException("No space left on device (injected at publish step " + step + ")");
            default -> {
            }
        }
    }
}
