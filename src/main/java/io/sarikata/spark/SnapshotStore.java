package io.sarikata.spark;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileContext;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Options;
import org.apache.hadoop.fs.Path;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * An output root that readers can trust while a build writes into it. Each run writes
 * {@code snapshots/<run-id>/}; only a complete snapshot gets {@code _SUCCESS} and becomes {@code LATEST}
 * (a file naming the run, replaced by an atomic rename; on a local disk also the symlink {@code latest}).
 * A run killed at any point leaves the published snapshot as it was; the next run deletes what it left.
 * One writer per output root at a time.
 */
public final class SnapshotStore {

    public static final String SNAPSHOTS = "snapshots";
    public static final String LATEST_FILE = "LATEST";
    public static final String LATEST_LINK = "latest";
    public static final String SUCCESS = "_SUCCESS";
    private static final DateTimeFormatter RUN_ID = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    private final Path root;
    private final FileSystem fs;
    private final Configuration conf;

    public SnapshotStore(String root, Configuration conf) throws IOException {
        this.root = new Path(root.replaceAll("/+$", ""));
        this.fs = this.root.getFileSystem(conf);
        this.conf = conf;
    }

    public Path root() {
        return root;
    }

    /** Checks the root can be written, removes snapshots that never completed, and makes a new one. */
    public Path begin() throws IOException {
        Path snapshots = new Path(root, SNAPSHOTS);
        fs.mkdirs(snapshots);
        Path probe = new Path(root, "_write-probe");
        fs.create(probe, true).close();
        fs.delete(probe, false);
        for (Path incomplete : incompleteSnapshots()) {
            fs.delete(incomplete, true);
        }
        String base = ZonedDateTime.now(ZoneOffset.UTC).format(RUN_ID);
        Path snapshot = new Path(snapshots, base);
        for (int n = 2; fs.exists(snapshot); n++) {
            snapshot = new Path(snapshots, base + "-" + n);
        }
        fs.mkdirs(snapshot);
        return snapshot;
    }

    /** Marks the snapshot complete, points LATEST at it, then keeps only the newest {@code keep} complete snapshots. */
    public void publish(Path snapshot, int keep) throws IOException {
        fs.create(new Path(snapshot, SUCCESS), true).close();
        String runId = snapshot.getName();
        Path staged = new Path(root, "_" + LATEST_FILE + "." + runId);
        try (var out = fs.create(staged, true)) {
            out.write((runId + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        FileContext.getFileContext(root.toUri(), conf).rename(staged, new Path(root, LATEST_FILE), Options.Rename.OVERWRITE);
        if (fs instanceof LocalFileSystem local) {
            relinkLatest(local.pathToFile(root).toPath(), runId);
        }
        retain(keep, runId);
    }

    /** The run id LATEST names, or null when nothing was published yet. */
    public String latest() throws IOException {
        Path latest = new Path(root, LATEST_FILE);
        if (!fs.exists(latest)) {
            return null;
        }
        try (var in = fs.open(latest)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip();
        }
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

    List<Path> incompleteSnapshots() throws IOException {
        List<Path> incomplete = new ArrayList<>();
        for (Path p : snapshotDirs()) {
            if (!fs.exists(new Path(p, SUCCESS))) {
                incomplete.add(p);
            }
        }
        return incomplete;
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

    private void retain(int keep, String latestRunId) throws IOException {
        List<Path> complete = completeSnapshots();
        for (int i = 0; i < complete.size() - Math.max(1, keep); i++) {
            if (!complete.get(i).getName().equals(latestRunId)) {
                fs.delete(complete.get(i), true);
            }
        }
    }

    /** Replaces the symlink by renaming a new one over it: readers see the old or the new target, never none. */
    private static void relinkLatest(java.nio.file.Path root, String runId) throws IOException {
        java.nio.file.Path staged = root.resolve("_" + LATEST_LINK + "." + runId);
        Files.deleteIfExists(staged);
        Files.createSymbolicLink(staged, java.nio.file.Path.of(SNAPSHOTS, runId));
        Files.move(staged, root.resolve(LATEST_LINK), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
