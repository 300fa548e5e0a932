package io.sarikata.jobs;

import org.apache.spark.util.LongAccumulator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Logs, every few seconds on long runs, how far reading has got: pages and bytes read, MB/s and an
 * estimate of the time left, so an operator can tell a slow night from a stuck one.
 */
public final class ProgressLog implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ProgressLog.class);

    private final String pass;
    private final LongAccumulator pagesRead;
    private final LongAccumulator bytesRead;
    private final long totalBytes;
    private final long startNanos = System.nanoTime();
    private final ScheduledExecutorService timer;

    /** @param pass what the reading is for, the start of every line ("counting", "labelling") */
    public ProgressLog(String pass, LongAccumulator pagesRead, LongAccumulator bytesRead, long totalBytes, int everySeconds) {
        this.pass = pass;
        this.pagesRead = pagesRead;
        this.bytesRead = bytesRead;
        this.totalBytes = totalBytes;
        if (everySeconds <= 0) {
            this.timer = null;
            return;
        }
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "sarikata-progress");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleAtFixedRate(this::log, everySeconds, everySeconds, TimeUnit.SECONDS);
    }

    void log() {
        LOG.info(pass + ": " + line(pagesRead.value(), bytesRead.value(), totalBytes, (System.nanoTime() - startNanos) / 1e9));
    }

    /** "read 1200 pages, 35.2 of 120.0 MB (29%), 4.1 MB/s, about 21 s left". */
    static String line(long pages, long bytes, long totalBytes, double seconds) {
        double mb = bytes / 1e6;
        double rate = seconds > 0 ? mb / seconds : 0;
        long done = totalBytes == 0 ? 100 : Math.min(100, Math.round(100.0 * bytes / totalBytes));
        String eta = bytes >= totalBytes ? "reading done, finishing"
                : rate > 0 ? String.format("about %.0f s left to read", (totalBytes - bytes) / 1e6 / rate) : "rate not known yet";
        return String.format("read %d pages, %.1f of %.1f MB (%d%%), %.1f MB/s, %s", pages, mb, totalBytes / 1e6, done, rate, eta);
    }

    @Override
    public void close() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }
}
