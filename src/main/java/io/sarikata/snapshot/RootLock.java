package io.sarikata.snapshot;

import io.sarikata.JobFailure;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileAlreadyExistsException;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One build per output root: the file {@code LOCK} in the root, created only if absent (create-new: {@code O_EXCL}
 * on a local disk, a create without overwrite on HDFS, both atomic), holding its owner, host, pid and start
 * time. A lock whose process is gone (same host, pid not alive, or alive but started at another time: a reused
 * pid) is stale: it is removed with a log line and taken. A lock of a live process, or of another host, makes
 * the build fail with {@link JobFailure#LOCKED}. Released when the build ends, and by a shutdown hook when the
 * JVM is stopped.
 */
final class RootLock {

    private static final Logger LOG = LoggerFactory.getLogger(RootLock.class);

    static final String NAME = "LOCK";
    /** A lock file without its fields (the taker died between creating and writing it) is stale this late. */
    static final Duration INCOMPLETE_STALE_AFTER = Duration.ofSeconds(60);

    private final FileSystem fs;
    private final Path file;
    private final java.nio.file.Path localFile;
    private final String content;
    private final Thread releaseOnExit;

    private RootLock(FileSystem fs, Path file, java.nio.file.Path localFile, String content) {
        this.fs = fs;
        this.file = file;
        this.localFile = localFile;
        this.content = content;
        this.releaseOnExit = new Thread(this::release, "sarikata-release-lock");
    }

    /**
     * @param fs        the root's file system, without a checksum layer
     * @param localRoot the root on a local disk, or null
     */
    static RootLock take(Path root, FileSystem fs, java.nio.file.Path localRoot) throws IOException {
        Path file = new Path(root, NAME);
        java.nio.file.Path localFile = localRoot == null ? null : localRoot.resolve(NAME);
        RootLock lock = new RootLock(fs, file, localFile, describe(thisProcess()));
        for (int attempt = 0; attempt < 3; attempt++) {
            if (lock.tryCreate()) {
                try {
                    Runtime.getRuntime().addShutdownHook(lock.releaseOnExit);
                } catch (IllegalStateException shuttingDown) {
                    // the JVM is stopping: nothing left to release the lock for
                }
                return lock;
            }
            String held = lock.read();
            if (held == null) {
                continue; // released meanwhile
            }
            Map<String, String> holder = parse(held);
            String stale = staleBecause(holder, lock.ageOf());
            if (stale == null) {
                throw new JobFailure(JobFailure.LOCKED, "output root " + root + " is locked by another build ("
                        + holderText(holder) + "); it is still running, or if it is not, remove " + file);
            }
            LOG.warn("removing the stale lock {} ({}): {}", file, holderText(holder), stale);
            lock.breakStale(held);
        }
        throw new JobFailure(JobFailure.LOCKED, "output root " + root + " is locked by another build (" + file
                + " keeps coming back)");
    }

    /** Removes the lock if it is still this one. Never fails: a lock left behind is stale once this process ends. */
    void release() {
        try {
            if (content.equals(read())) {
                delete(file);
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("could not remove the lock {}: {}", file, e.toString());
        }
        try {
            Runtime.getRuntime().removeShutdownHook(releaseOnExit);
        } catch (IllegalStateException shuttingDown) {
            // called from the hook itself
        }
    }

    private boolean tryCreate() throws IOException {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        if (localFile != null) {
            try {
                Files.write(localFile, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                return true;
            } catch (java.nio.file.FileAlreadyExistsException e) {
                return false;
            } catch (IOException e) {
                Files.deleteIfExists(localFile); // created but not written (a full disk): not a lock anybody can judge
                throw e;
            }
        }
        FSDataOutputStream out;
        try {
            out = fs.create(file, false);
        } catch (FileAlreadyExistsException e) {
            return false;
        }
        try (out) {
            out.write(bytes);
        }
        return true;
    }

    /** The lock file's text, or null when there is none. */
    private String read() throws IOException {
        try {
            if (localFile != null) {
                return Files.readString(localFile, StandardCharsets.UTF_8);
            }
            try (InputStream in = fs.open(file)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (NoSuchFileException | FileNotFoundException e) {
            return null;
        }
    }

    private Duration ageOf() throws IOException {
        try {
            long modified = localFile != null ? Files.getLastModifiedTime(localFile).toMillis()
                    : fs.getFileStatus(file).getModificationTime();
            return Duration.ofMillis(Math.max(0, System.currentTimeMillis() - modified));
        } catch (NoSuchFileException | FileNotFoundException e) {
            return Duration.ZERO;
        }
    }

    /**
     * Moves the stale lock aside and checks that what was moved is what was judged stale; a lock another build
     * took in the meantime is put back.
     */
    private void breakStale(String judged) throws IOException {
        Path aside = new Path(file.getParent(), NAME + ".stale-" + ProcessHandle.current().pid() + "-" + System.nanoTime());
        java.nio.file.Path localAside = localFile == null ? null : localFile.resolveSibling(aside.getName());
        try {
            if (localFile != null) {
                Files.move(localFile, localAside, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            } else if (!fs.rename(file, aside)) {
                return; // gone already: another build broke it
            }
        } catch (NoSuchFileException e) {
            return;
        }
        String moved = localAside != null ? Files.readString(localAside, StandardCharsets.UTF_8) : readHadoop(aside);
        if (!judged.equals(moved)) {
            if (localAside != null) {
                Files.move(localAside, localFile);
            } else {
                fs.rename(aside, file);
            }
            return;
        }
        delete(aside);
    }

    private String readHadoop(Path path) throws IOException {
        try (InputStream in = fs.open(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private void delete(Path path) throws IOException {
        if (localFile != null) {
            Files.deleteIfExists(localFile.resolveSibling(path.getName()));
        } else {
            fs.delete(path, false);
        }
    }

    /** Why the holder's process is gone, or null when it may be alive (or runs on another host, where it cannot be told). */
    static String staleBecause(Map<String, String> holder, Duration age) {
        String host = holder.get("host");
        String pid = holder.get("pid");
        if (host == null || pid == null) {
            return age.compareTo(INCOMPLETE_STALE_AFTER) > 0
                    ? "the lock file is incomplete and " + age.toSeconds() + " s old" : null;
        }
        if (!host.equals(hostName())) {
            return null;
        }
        long id;
        try {
            id = Long.parseLong(pid);
        } catch (NumberFormatException e) {
            return "its pid '" + pid + "' is not a number";
        }
        Optional<ProcessHandle> process = ProcessHandle.of(id);
        if (process.isEmpty() || !process.get().isAlive()) {
            return "process " + id + " is gone";
        }
        String recorded = holder.get("process_started_at");
        Optional<Instant> started = process.get().info().startInstant();
        if (recorded != null && started.isPresent()) {
            try {
                if (Duration.between(Instant.parse(recorded), started.get()).abs().toSeconds() > 2) {
                    return "pid " + id + " now belongs to another process, started at " + started.get();
                }
            } catch (RuntimeException e) {
                // an unreadable time: judged by the pid alone
            }
        }
        return null;
    }

    static Map<String, String> thisProcess() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("owner", System.getProperty("user.name", "unknown"));
        fields.put("host", hostName());
        fields.put("pid", String.valueOf(ProcessHandle.current().pid()));
        fields.put("started_at", Instant.now().toString());
        ProcessHandle.current().info().startInstant().ifPresent(t -> fields.put("process_started_at", t.toString()));
        return fields;
    }

    static String describe(Map<String, String> fields) {
        StringBuilder text = new StringBuilder();
        fields.forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
        return text.toString();
    }

    static Map<String, String> parse(String text) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                fields.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
            }
        }
        return fields;
    }

    private static String holderText(Map<String, String> holder) {
        if (!holder.containsKey("pid")) {
            return "a lock file being written, or left incomplete";
        }
        return "owner " + holder.getOrDefault("owner", "?") + ", host " + holder.getOrDefault("host", "?") + ", pid "
                + holder.get("pid") + ", started " + holder.getOrDefault("started_at", "?");
    }

    private static String cachedHost;

    static synchronized String hostName() {
        if (cachedHost == null) {
            String name;
            try {
                name = InetAddress.getLocalHost().getHostName();
            } catch (IOException | RuntimeException e) {
                name = System.getenv().getOrDefault("HOSTNAME", "unknown");
            }
            cachedHost = name;
        }
        return cachedHost;
    }
}
