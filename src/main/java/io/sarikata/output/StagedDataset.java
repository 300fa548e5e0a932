package io.sarikata.output;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.catalyst.catalog.ExternalCatalogUtils;
import org.apache.spark.sql.types.StructType;

import java.io.Closeable;
import java.io.IOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;

/**
 * A task's files of one dataset, written under its staging folder in the layout of the final snapshot:
 * {@code <dataset>/portal=<portal>/part-<task>-<n>.zstd.parquet}, or {@code <dataset>/part-...} when the
 * dataset is not partitioned. A file is opened at a partition's first row. At most {@link #MAX_OPEN_FILES}
 * stay open, the least recently used closed first, so a task that meets many portals keeps a bounded heap.
 */
public final class StagedDataset implements Closeable {

    static final int MAX_OPEN_FILES = 8;

    private final String dataset;
    private final StructType fileSchema;
    private final boolean partitioned;
    private final Path staging;
    private final int task;
    private final Configuration conf;
    private final List<String> written;
    private final LinkedHashMap<String, ParquetRowWriter> open = new LinkedHashMap<>(16, 0.75f, true);
    private int files;
    private String lastPortal;
    private String lastPartition;

    /**
     * @param written receives each file's path relative to {@code staging} as it is opened
     */
    public StagedDataset(String dataset, StructType fileSchema, boolean partitioned, Path staging, int task,
                  Configuration conf, List<String> written) {
        this.dataset = dataset;
        this.fileSchema = fileSchema;
        this.partitioned = partitioned;
        this.staging = staging;
        this.task = task;
        this.conf = conf;
        this.written = written;
    }

    /** @param portal the partition; ignored when the dataset is not partitioned */
    public void write(String portal, ParquetRowWriter.Row row) throws IOException {
        String partition = partitioned ? partitionOf(portal) : "";
        ParquetRowWriter writer = open.get(partition);
        if (writer == null) {
            writer = openFile(partition);
        }
        writer.write(row);
    }

    private ParquetRowWriter openFile(String partition) throws IOException {
        if (open.size() >= MAX_OPEN_FILES) {
            Iterator<ParquetRowWriter> eldest = open.values().iterator();
            ParquetRowWriter closing = eldest.next();
            eldest.remove();
            closing.close();
        }
        String relative = dataset + "/" + partition + String.format("part-%05d-%03d.zstd.parquet", task, files++);
        ParquetRowWriter writer = ParquetRowWriter.create(new Path(staging, relative), fileSchema, conf);
        written.add(relative);
        open.put(partition, writer);
        return writer;
    }

    /** A page's rows come together: its portal's folder is escaped once, not once per block row. */
    private String partitionOf(String portal) {
        if (lastPartition == null || !Objects.equals(portal, lastPortal)) {
            lastPortal = portal;
            lastPartition = partitionFolder(portal);
        }
        return lastPartition;
    }

    /** Spark's folder name for a partition value, so Spark, DuckDB and pandas read the value back as written. */
    static String partitionFolder(String portal) {
        String value = portal == null || portal.isEmpty() ? ExternalCatalogUtils.DEFAULT_PARTITION_NAME()
                : ExternalCatalogUtils.escapePathName(portal);
        return OutputRows.PARTITION_COLUMN + "=" + value + "/";
    }

    @Override
    public void close() throws IOException {
        IOException failure = null;
        for (ParquetRowWriter writer : open.values()) {
            try {
                writer.close();
            } catch (IOException e) {
                failure = failure == null ? e : failure;
            }
        }
        open.clear();
        if (failure != null) {
            throw failure;
        }
    }
}
