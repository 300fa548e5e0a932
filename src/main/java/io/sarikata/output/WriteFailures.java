package io.sarikata.output;

import io.sarikata.JobFailure;
import org.apache.hadoop.fs.FSError;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.util.List;

/**
 * Tells a failure to write (a full disk, a quota, a read-only or forbidden folder) from a bug, wherever it
 * happened: in the driver, where Hadoop's local file system throws {@link FSError}, or in a task, where Spark
 * hands the task's exception back wrapped in its own.
 */
public final class WriteFailures {

    /** What the operating system says when a write cannot be done; they end the message of the failing IO call. */
    static final List<String> WRITE_ERRORS = List.of("No space left on device", "Disk quota exceeded",
            "Read-only file system", "Permission denied", "Operation not permitted");

    private static final int MAX_REASON_CHARS = 300;

    private WriteFailures() {
    }

    /**
     * A {@link JobFailure#OUTPUT} for {@code e} when it, or what caused it, is a failure to write; null otherwise.
     *
     * @param output the output root the message names
     */
    public static JobFailure outputFailure(Throwable e, String output) {
        String reason = reason(e);
        return reason == null ? null
                : new JobFailure(JobFailure.OUTPUT, "cannot write output " + output + ": " + reason, e);
    }

    /** One line saying why writing failed, or null when {@code e} is no write failure. */
    public static String reason(Throwable e) {
        String words = null;
        int depth = 0;
        for (Throwable t = e; t != null && depth < 32; t = t.getCause(), depth++) {
            if (t instanceof FSError && t.getCause() != null) {
                return firstLine(t.getCause().toString().replaceFirst("^java\\.io\\.IOException: ", ""));
            }
            if (t instanceof AccessDeniedException denied) {
                return "permission denied: " + denied.getFile();
            }
            if (t.getClass().getName().equals("org.apache.hadoop.security.AccessControlException")) {
                return firstLine(t.getMessage());
            }
            String message = t.getMessage();
            String error = message == null ? null : WRITE_ERRORS.stream().filter(message::contains).findFirst().orElse(null);
            if (error != null && t instanceof IOException) {
                return firstLine(message); // an IO call's own message, naming the file
            }
            if (error != null && words == null) {
                words = error; // a wrapper's (Spark's) message is pages long: the words alone
            }
        }
        return words;
    }

    private static String firstLine(String message) {
        String line = message == null ? "" : message.lines().findFirst().orElse("");
        return line.length() > MAX_REASON_CHARS ? line.substring(0, MAX_REASON_CHARS) + "..." : line;
    }
}
