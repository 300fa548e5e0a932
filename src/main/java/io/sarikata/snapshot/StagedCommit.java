package io.sarikata.snapshot;

import io.sarikata.output.ParquetRowWriter;
import io.sarikata.output.TaskOutput;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.TaskContext;
import org.apache.spark.sql.types.StructType;

import java.io.IOException;
import java.util.List;

/**
 * Moves the files of successful tasks from their staging folders into the snapshot, then removes the staging
 * area, where failed or duplicate attempts left theirs. Until the snapshot is published nobody reads it, so
 * the moves need not be atomic together; each is a rename.
 */
public final class StagedCommit {

    /** Under the snapshot; the leading underscore hides it from Spark, DuckDB and pandas while it exists. */
    static final String STAGING = "_staging";

    private StagedCommit() {
    }

    /** Where a task attempt writes: its own folder, so a retried task never mixes with its failed attempt. */
    public static Path stagingFolder(String snapshot, int partition, int attempt) {
        return new Path(snapshot + "/" + STAGING + "/task-" + partition + "-attempt-" + attempt);
    }

    /** {@link #stagingFolder} of the task attempt running this code. */
    public static Path stagingFolderOfThisTask(String snapshot, int partition) {
        TaskContext context = TaskContext.get();
        return stagingFolder(snapshot, partition, context == null ? 0 : context.attemptNumber());
    }

    public static void commit(String snapshot, List<TaskOutput> outputs, Configuration conf) throws IOException {
        Path root = new Path(snapshot);
        FileSystem fs = root.getFileSystem(conf);
        for (TaskOutput output : outputs) {
            for (String relative : output.files()) {
                Path target = new Path(root, relative);
                fs.mkdirs(target.getParent());
                if (!fs.rename(new Path(output.staging(), relative), target)) {
                    throw new IOException("cannot move " + relative + " from " + output.staging() + " into " + snapshot);
                }
            }
        }
        fs.delete(new Path(root, STAGING), true);
    }

    /**
     * A dataset with no rows still gets one empty file with its full schema (the partition column
     * included), so that reading it gives zero rows, not an error.
     */
    public static void ensureDataset(String snapshot, String dataset, StructType schema, Configuration conf) throws IOException {
        Path folder = new Path(snapshot, dataset);
        FileSystem fs = folder.getFileSystem(conf);
        if (fs.exists(folder)) {
            return;
        }
        ParquetRowWriter.create(new Path(folder, "part-00000-empty.zstd.parquet"), schema, conf)
                .close();
    }
}
