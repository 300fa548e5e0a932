package io.sarikata.sources;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

import io.sarikata.input.Reject;
import io.sarikata.input.RejectReason;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Lists inputs on the driver (directories recursively, globs, single files; local or any Hadoop file
 * system) and packs them into read groups. Listing on the driver and reading inside tasks was measured
 * 3-10x faster than Spark's whole-file sources on many small files.
 */
public final class InputPlanner {

    /**
     * Opening a file costs about as much as reading this many bytes (measured: about 20 µs per small file on
     * local disk, against 200-400 MB/s of reading); it keeps tiny files from making tiny groups. Larger
     * values made many more tasks, and as many more small output files, than the work needed.
     */
    static final long OPEN_COST_BYTES = 8 * 1024;

    /**
     * Read tasks per core for a small input: with two, one task left over at the end ran alone while the
     * other core idled.
     */
    static final int TASKS_PER_CORE = 4;

    private InputPlanner() {
    }

    /**
     * What listing found: files sorted by path, hidden files skipped, entries that could not be listed; paths and
     * rejects' sources relative to {@code root} ({@link InputRoot}).
     */
    public record Listing(String root, List<InputFile> files, long skippedHidden, List<Reject> rejects) {
    }

    public static Listing list(List<String> inputs, Configuration conf) throws IOException {
        TreeMap<String, InputFile> files = new TreeMap<>();
        List<Reject> listingRejects = new ArrayList<>();
        long[] hidden = {0};
        List<String> folders = new ArrayList<>();
        for (String input : inputs) {
            Path path = new Path(input);
            FileSystem fs = path.getFileSystem(conf);
            FileStatus[] matches = fs.globStatus(path);
            if (matches == null || matches.length == 0) {
                throw new FileNotFoundException("input not found: " + input);
            }
            folders.add(InputRoot.folderOf(path, matches, fs));
            for (FileStatus match : matches) {
                if (match.isDirectory() && fs instanceof LocalFileSystem local) {
                    walkLocal(local.pathToFile(match.getPath()).toPath(), files, hidden, listingRejects);
                } else if (match.isDirectory()) {
                    RemoteIterator<LocatedFileStatus> it = fs.listFiles(match.getPath(), true);
                    String folder = match.getPath().toUri().getPath();
                    while (it.hasNext()) {
                        LocatedFileStatus f = it.next();
                        if (inHiddenFolder(folder, f.getPath().toUri().getPath())) {
                            hidden[0]++;
                            continue;
                        }
                        add(f.getPath(), f.getLen(), f.getModificationTime(), files, hidden);
                    }
                } else if (fs instanceof LocalFileSystem local && notRegular(local.pathToFile(match.getPath()).toPath()) != null) {
                    java.nio.file.Path file = local.pathToFile(match.getPath()).toPath();
                    listingRejects.add(Reject.of(file.toAbsolutePath().toString(), RejectReason.UNSUPPORTED,
                            notRegular(file), -1));
                } else {
                    add(match.getPath(), match.getLen(), match.getModificationTime(), files, hidden);
                }
            }
        }
        String root = InputRoot.common(folders);
        List<InputFile> below = files.values().stream()
                .map(f -> new InputFile(root, InputRoot.relative(root, f.path()), f.size(), f.modifiedMs(), f.portalHint()))
                .toList();
        List<Reject> rejects = listingRejects.stream()
                .map(r -> new Reject(InputRoot.relative(root, r.source()), r.reason(), r.detail(), r.sizeBytes()))
                .toList();
        return new Listing(root, below, hidden[0], rejects);
    }

    /**
     * The read tasks of a build (and of the bench's floor, which must read as the build does): about
     * {@code maxGroupBytes} each, at least {@link #TASKS_PER_CORE} per core.
     */
    public static List<List<InputFile>> readTasks(List<InputFile> files, long maxGroupBytes, int cores) {
        return group(files, maxGroupBytes, cores * TASKS_PER_CORE);
    }

    /**
     * Packs files, in the given order, into groups of about equal bytes (plus an open cost per file).
     *
     * @param maxGroupBytes upper bound of one group's bytes (plus open costs)
     * @param minGroups     groups to aim for when the data is small, so every core has work
     */
    static List<List<InputFile>> group(List<InputFile> files, long maxGroupBytes, int minGroups) {
        long totalBytes = files.stream().mapToLong(f -> f.size() + OPEN_COST_BYTES).sum();
        long target = Math.max(OPEN_COST_BYTES, Math.min(maxGroupBytes, ceilDiv(totalBytes, Math.max(1, minGroups))));
        List<List<InputFile>> groups = new ArrayList<>();
        List<InputFile> current = new ArrayList<>();
        long currentBytes = 0;
        for (InputFile file : files) {
            long cost = file.size() + OPEN_COST_BYTES;
            if (!current.isEmpty() && currentBytes + cost > target) {
                groups.add(current);
                current = new ArrayList<>();
                currentBytes = 0;
            }
            current.add(file);
            currentBytes += cost;
        }
        if (!current.isEmpty()) {
            groups.add(current);
        }
        return groups;
    }

    /**
     * Local folders are walked with java.nio on all cores ({@link LocalFolderWalk}), following symlinks but
     * stopping at loops: a loop, or an entry that cannot be listed, becomes a reject instead of a hang, a crash
     * or the same page read again. Rejects are sorted by path: the walk's order differs from run to run.
     */
    private static void walkLocal(java.nio.file.Path dir, TreeMap<String, InputFile> files, long[] hidden,
                                  List<Reject> rejects) throws IOException {
        List<Reject> found = new ArrayList<>();
        LocalFolderWalk.walk(dir, new LocalFolderWalk.Visitor() {
            @Override
            public void file(java.nio.file.Path file, BasicFileAttributes attrs) {
                if (inHiddenFolder(dir, file)) {
                    synchronized (files) {
                        hidden[0]++;
                    }
                    return;
                }
                if (attrs.isOther() && !isHidden(file.getFileName().toString())) {
                    // Opening a fifo waits for a writer forever; sockets and devices hold no page either.
                    synchronized (found) {
                        found.add(Reject.of(file.toAbsolutePath().toString(), RejectReason.UNSUPPORTED,
                                "not a regular file (" + kindOf(file) + "): not opened", -1));
                    }
                    return;
                }
                // Plain strings, not Hadoop paths: parsing a URI per file was most of listing 250k files.
                java.nio.file.Path parent = file.getParent();
                String path = file.toAbsolutePath().toString();
                String name = file.getFileName().toString();
                String portalHint = parent == null || parent.getFileName() == null ? "" : parent.getFileName().toString();
                long size = attrs.isRegularFile() ? attrs.size() : 0;
                long modifiedMs = attrs.lastModifiedTime().toMillis();
                synchronized (files) {
                    add(path, name, portalHint, size, modifiedMs, files, hidden);
                }
            }

            @Override
            public void failed(java.nio.file.Path entry, IOException e) {
                String detail = e instanceof FileSystemLoopException ? "symlink loop: the folder contains itself"
                        : "cannot list: " + e;
                synchronized (found) {
                    found.add(Reject.of(entry.toString(), RejectReason.UNREADABLE, detail, -1));
                }
            }
        });
        found.sort(java.util.Comparator.comparing(Reject::source));
        rejects.addAll(found);
    }

    /** Why a local file is not read: it is a fifo, socket or device; null for regular files, folders and links. */
    static String notRegular(java.nio.file.Path file) {
        try {
            BasicFileAttributes attrs = java.nio.file.Files.readAttributes(file, BasicFileAttributes.class);
            return attrs.isOther() ? "not a regular file (" + kindOf(file) + "): not opened" : null;
        } catch (IOException e) {
            return null; // reading it reports the problem
        }
    }

    /** "fifo", "socket", "character device" or "block device", from the Unix file mode where there is one. */
    static String kindOf(java.nio.file.Path file) {
        try {
            int type = ((Integer) java.nio.file.Files.getAttribute(file, "unix:mode")) & 0170000;
            return switch (type) {
                case 0010000 -> "fifo";
                case 0140000 -> "socket";
                case 0020000 -> "character device";
                case 0060000 -> "block device";
                default -> "special file";
            };
        } catch (IOException | RuntimeException e) {
            return "fifo, socket or device";
        }
    }

    private static void add(Path path, long size, long modifiedMs, TreeMap<String, InputFile> files, long[] hidden) {
        Path parent = path.getParent();
        String name = path.toUri().getScheme() == null || "file".equals(path.toUri().getScheme())
                ? path.toUri().getPath() : path.toString();
        add(name, path.getName(), parent == null ? "" : parent.getName(), size, modifiedMs, files, hidden);
    }

    private static void add(String listedPath, String fileName, String portalHint, long size, long modifiedMs,
                            TreeMap<String, InputFile> files, long[] hidden) {
        if (isHidden(fileName)) {
            hidden[0]++;
            return;
        }
        files.putIfAbsent(listedPath, new InputFile(listedPath, size, modifiedMs, portalHint));
    }

    /** Whether a folder between {@code walked} and {@code file} is hidden ({@code .x/}, {@code _x/}): its files are skipped. */
    static boolean inHiddenFolder(java.nio.file.Path walked, java.nio.file.Path file) {
        java.nio.file.Path folder = walked.relativize(file).getParent();
        if (folder != null) {
            for (java.nio.file.Path name : folder) {
                if (isHidden(name.toString())) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean inHiddenFolder(String walked, String file) {
        String below = file.startsWith(walked + "/") ? file.substring(walked.length() + 1) : file;
        int slash = below.lastIndexOf('/');
        for (String name : slash < 0 ? new String[0] : below.substring(0, slash).split("/")) {
            if (isHidden(name)) {
                return true;
            }
        }
        return false;
    }

    static boolean isHidden(String fileName) {
        return fileName.startsWith(".") || fileName.startsWith("_");
    }

    private static long ceilDiv(long a, long b) {
        return (a + b - 1) / b;
    }
}
