package io.sarikata.output;

import io.sarikata.JobFailure;
import org.apache.hadoop.fs.FSError;
import org.apache.spark.SparkException;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.nio.file.AccessDeniedException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class WriteFailuresTest {

    @Test
    void aFullDiskInTheDriverIsAnOutputFailure() throws Exception {
        Constructor<FSError> make = FSError.class.getDeclaredConstructor(Throwable.class);
        make.setAccessible(true);
        FSError error = make.newInstance(new IOException("No space left on device"));
        JobFailure failure = WriteFailures.outputFailure(new RuntimeException(error), "/out");
        assertEquals(JobFailure.OUTPUT, failure.exitCode());
        assertEquals("cannot write output /out: No space left on device", failure.getMessage());
    }

    @Test
    void aFullDiskInATaskIsAnOutputFailure() {
        SparkException spark = new SparkException("Job aborted due to stage failure: Task 3 failed ...\n"
                + "java.io.IOException: No space left on device\n\tat ...",
                new IOException("/out/snapshots/x/_staging/part-00003.parquet: No space left on device"));
        assertEquals("/out/snapshots/x/_staging/part-00003.parquet: No space left on device", WriteFailures.reason(spark));
        assertEquals("No space left on device", WriteFailures.reason(new SparkException("Job aborted: java.io.IOException: "
                + "No space left on device\n\tat x", null)), "a task's failure without its cause: the words alone");
    }

    @Test
    void aForbiddenFolderIsAnOutputFailure() {
        assertEquals("permission denied: /out/snapshots/x", WriteFailures.reason(
                new IllegalStateException(new AccessDeniedException("/out/snapshots/x"))));
    }

    @Test
    void otherFailuresAreNot() {
        assertNull(WriteFailures.reason(new IllegalStateException("injected failure")));
        assertNull(WriteFailures.reason(new OutOfMemoryError("Java heap space")));
    }
}
