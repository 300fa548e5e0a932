package io.sarikata.jobs;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ProgressLogTest {

    @Test
    void saysHowFarReadingIsAndHowLongItWillTake() {
        assertEquals("read 1200 pages, 30.0 of 120.0 MB (25%), 3.0 MB/s, about 30 s left to read",
                ProgressLog.line(1200, 30_000_000, 120_000_000, 10));
    }

    @Test
    void saysWhenReadingIsDone() {
        assertEquals("read 10 pages, 2.0 of 2.0 MB (100%), 1.0 MB/s, reading done, finishing",
                ProgressLog.line(10, 2_000_000, 2_000_000, 2));
    }

    @Test
    void hasNoRateBeforeAnythingIsRead() {
        assertEquals("read 0 pages, 0.0 of 5.0 MB (0%), 0.0 MB/s, rate not known yet", ProgressLog.line(0, 0, 5_000_000, 0));
    }
}
