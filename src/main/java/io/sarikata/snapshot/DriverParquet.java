package io.sarikata.snapshot;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.api.ReadSupport;
import org.apache.parquet.hadoop.example.GroupReadSupport;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Type;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads a few columns of a snapshot's Parquet files on the driver, without a Spark job: what an incremental run
 * needs of the previous snapshot before its first task. Through Spark, the manifest, the input files that have rows
 * and the portal counts took 10-14 s of a 40-page run (issue 17: the first queries, planning, code generation and a
 * join, on a cold driver), against 0.3 s for listing. Distinct input files are kept, as many as the manifest has.
 */
final class DriverParquet {

    private DriverParquet() {
    }

    /**
     * Every row of the dataset's files (a folder, read recursively; Spark's {@code _} and {@code .} files skipped),
     * with only {@code columns}; a column a file lacks is absent from its rows ({@link Group#getFieldRepetitionCount} 0).
     */
    static void read(String dataset, List<String> columns, Configuration conf, Consumer<Group> rows) throws IOException {
        Path root = new Path(dataset);
        FileSystem fs = root.getFileSystem(conf);
        if (!fs.exists(root)) {
            return;
        }
        RemoteIterator<LocatedFileStatus> files = fs.listFiles(root, true);
        while (files.hasNext()) {
            Path file = files.next().getPath();
            if (!file.getName().endsWith(".parquet") || hiddenBelow(root, file)) {
                continue;
            }
            MessageType schema;
            try (ParquetFileReader footer = ParquetFileReader.open(HadoopInputFile.fromPath(file, conf))) {
                schema = footer.getFooter().getFileMetaData().getSchema();
            }
            List<Type> kept = new ArrayList<>();
            for (String column : columns) {
                if (schema.containsField(column)) {
                    kept.add(schema.getType(column));
                }
            }
            Configuration projected = new Configuration(conf);
            projected.set(ReadSupport.PARQUET_READ_SCHEMA, new MessageType(schema.getName(), kept).toString());
            try (ParquetReader<Group> reader = ParquetReader.builder(new GroupReadSupport(), file).withConf(projected).build()) {
                for (Group row = reader.read(); row != null; row = reader.read()) {
                    rows.accept(row);
                }
            }
        }
    }

    /** A string column's value, or {@code absent} when the row's file has no such column (or holds null). */
    static String string(Group row, String column, String absent) {
        return row.getType().containsField(column) && row.getFieldRepetitionCount(column) > 0
                ? row.getString(column, 0) : absent;
    }

    private static boolean hiddenBelow(Path root, Path file) {
        for (Path p = file; p != null && !p.equals(root); p = p.getParent()) {
            if (p.getName().startsWith("_") || p.getName().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
