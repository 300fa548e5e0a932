package io.sarikata.output;

import io.sarikata.Versions;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.ColumnWriteStore;
import org.apache.parquet.column.ColumnWriter;
import org.apache.parquet.column.ParquetProperties;
import org.apache.parquet.compression.CompressionCodecFactory.BytesInputCompressor;
import org.apache.parquet.hadoop.ColumnChunkPageWriteStore;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.hadoop.util.HadoopOutputFile;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type;
import org.apache.parquet.schema.Types;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One zstd Parquet file of flat columns (required, or optional where the schema's field is nullable), written row
 * by row from plain values, without Spark rows:
 * a task writes documents, blocks and rejects in one pass over its pages this way. Readers (Spark, DuckDB,
 * pandas) see the same types as Spark's own writer gives: strings, int, bigint, double, boolean, binary.
 *
 * <p>Values go straight to Parquet's column writers, and this class runs the row groups itself
 * ({@link ColumnChunkPageWriteStore} into {@link ParquetFileWriter}), as {@link ParquetWriter} does inside.
 * {@code ParquetWriter} passes every value through a record consumer that checks field names, levels and
 * nesting: for flat required columns that bookkeeping is pure overhead, and a build writes a row for every
 * block.
 */
public final class ParquetRowWriter implements Closeable {

    /** Fills one row: every column once, in any order. */
    @FunctionalInterface
    public interface Row {
        void fill(Columns columns);
    }

    /** Row groups this large keep a task's open writers well inside a small heap. */
    static final long ROW_GROUP_BYTES = 32L * 1024 * 1024;

    /** Rows between checks of the buffered size, as {@code ParquetWriter}'s defaults bound them. */
    private static final long MIN_ROWS_BETWEEN_SIZE_CHECKS = 100;
    private static final long MAX_ROWS_BETWEEN_SIZE_CHECKS = 10_000;

    /**
     * Columns whose values are all but unique (texts, paths, scores; a document's id, length and size) or come in
     * runs (a page's blocks repeat its id): dictionary encoding them only costs time. A documents file's ids filled
     * the dictionary page, which then fell back to plain values by encoding every one again; a blocks file's runs of
     * one id compress under zstd as small as their dictionary indices did. Without dictionaries for these, writing
     * a 100 MB corpus's documents and blocks took 3-8 % less CPU on one thread (fastest of 12-16 rounds,
     * alternated in one JVM), and the files came out 0.1 % smaller.
     */
    static final Set<String> NO_DICTIONARY = Set.of("text", "source", "input_file", "detail", "score", "doc_id",
            "n_chars", "size_bytes", "minhash");
    /**
     * Columns whose minimum and maximum prune nothing (free text; ids that are hashes, so every file spans their
     * whole range; a block's label and reason, since every row group of blocks holds both labels and most
     * reasons), while comparing every value costs time: a build compares millions of block rows, and the label
     * and reason comparisons were 5 % of writing in a profile.
     */
    static final Set<String> NO_STATISTICS = Set.of("text", "detail", "doc_id", "label", "reason", "minhash");

    /**
     * zstd's fastest level. Against Parquet's default level 3 on the 1 GB bench corpus, files were 3-4% larger,
     * the floor 10% faster and the build 12% faster.
     */
    static final int ZSTD_LEVEL = 1;

    private final MessageType schema;
    private final ParquetProperties properties;
    private final ParquetFileWriter file;
    private final ZstdPageCompression compression;
    private final BytesInputCompressor compressor;
    private final Columns columns;
    private ColumnChunkPageWriteStore pages;
    private ColumnWriteStore store;
    private int rowGroups;
    private long rowsInGroup;
    private long rowsAtNextSizeCheck;
    private long rows;
    private boolean failed;
    private boolean closed;

    private ParquetRowWriter(MessageType schema, ParquetProperties properties, ParquetFileWriter file,
                             ZstdPageCompression compression) throws IOException {
        this.schema = schema;
        this.properties = properties;
        this.file = file;
        this.compression = compression;
        this.compressor = compression.getCompressor(CompressionCodecName.ZSTD);
        this.columns = new Columns(schema, dictionaryColumns(schema));
        file.start();
        startRowGroup();
    }

    /** Columns named in {@link #NO_DICTIONARY} and {@link #NO_STATISTICS} are written without those, in any schema. */
    public static ParquetRowWriter create(Path file, StructType schema, Configuration conf) throws IOException {
        MessageType message = messageType(schema);
        ParquetProperties.Builder properties = ParquetProperties.builder()
                .withDictionaryEncoding(true)
                .withSizeStatisticsEnabled(false);
        for (String column : NO_DICTIONARY) {
            properties = properties.withDictionaryEncoding(column, false);
        }
        for (String column : NO_STATISTICS) {
            properties = properties.withStatisticsEnabled(column, false);
        }
        ParquetProperties built = properties.build();
        ParquetFileWriter writer = new ParquetFileWriter(outputFile(file, conf), message, ParquetFileWriter.Mode.CREATE,
                ROW_GROUP_BYTES, ParquetWriter.MAX_PADDING_SIZE_DEFAULT, null, built);
        return new ParquetRowWriter(message, built, writer, new ZstdPageCompression(ZSTD_LEVEL));
    }

    private static boolean[] dictionaryColumns(MessageType schema) {
        boolean[] dictionary = new boolean[schema.getFieldCount()];
        for (int i = 0; i < dictionary.length; i++) {
            dictionary[i] = !NO_DICTIONARY.contains(schema.getFieldName(i));
        }
        return dictionary;
    }

    /**
     * Local files are written through java.nio: opening each through Hadoop's local file system (its cache
     * look-up and checksum file) was a tenth of the writing pass.
     */
    private static OutputFile outputFile(Path file, Configuration conf) throws IOException {
        String scheme = file.toUri().getScheme();
        if (scheme == null || scheme.equals("file")) {
            java.nio.file.Path local = java.nio.file.Path.of(file.toUri().getPath());
            Files.createDirectories(local.getParent());
            return new LocalOutputFile(local);
        }
        return HadoopOutputFile.fromPath(file, conf);
    }

    /**
     * @throws IllegalStateException when the row leaves a column empty or fills one twice, or after an earlier
     *                               row failed (or its row group failed to write): the column writers then
     *                               hold part of a row, so the file gets no footer
     */
    public void write(Row row) throws IOException {
        if (failed) {
            throw new IllegalStateException("an earlier row failed; this file cannot take more rows");
        }
        try {
            columns.startRow();
            row.fill(columns);
            columns.endRow();
            store.endRecord();
            rows++;
            rowsInGroup++;
            if (rowsInGroup >= rowsAtNextSizeCheck) {
                checkRowGroupSize();
            }
        } catch (RuntimeException | IOException e) {
            failed = true;
            throw e;
        }
    }

    public long rows() {
        return rows;
    }

    /**
     * Ends the row group when it would pass {@link #ROW_GROUP_BYTES} within two more rows, and otherwise
     * checks again about halfway to the size it extrapolates: measuring every column's buffers on every row
     * would cost more than the rows.
     */
    private void checkRowGroupSize() throws IOException {
        long buffered = store.getBufferedSize();
        long rowBytes = Math.max(1, buffered / rowsInGroup);
        long limit = Math.min(file.getNextRowGroupSize(), ROW_GROUP_BYTES);
        if (buffered > limit - 2 * rowBytes) {
            flushRowGroup();
            startRowGroup();
            return;
        }
        long halfway = (rowsInGroup + limit / rowBytes) / 2;
        rowsAtNextSizeCheck = Math.max(rowsInGroup + MIN_ROWS_BETWEEN_SIZE_CHECKS,
                Math.min(halfway, rowsInGroup + MAX_ROWS_BETWEEN_SIZE_CHECKS));
    }

    private void startRowGroup() {
        pages = new ColumnChunkPageWriteStore(compressor, schema, properties.getAllocator(),
                properties.getColumnIndexTruncateLength(), properties.getPageWriteChecksumEnabled(), null, rowGroups);
        store = properties.newColumnWriteStore(schema, pages, pages);
        columns.writeTo(store);
        rowsInGroup = 0;
        rowsAtNextSizeCheck = MIN_ROWS_BETWEEN_SIZE_CHECKS;
    }

    private void flushRowGroup() throws IOException {
        try {
            if (rowsInGroup > 0) {
                file.startBlock(rowsInGroup);
                store.flush();
                pages.flushToFileWriter(file);
                file.endBlock();
                rowGroups++;
            }
        } finally {
            closeRowGroup();
        }
    }

    private void closeRowGroup() {
        if (store != null) {
            store.close();
            pages.close();
            store = null;
            pages = null;
        }
    }

    /**
     * Writes the last row group and the footer. A file whose row failed is closed without them, unreadable, for
     * its task's clean-up: the task fails with that row's error.
     */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (failed) {
                closeRowGroup();
            } else {
                flushRowGroup();
                file.end(Map.of("writer", "sarikata " + Versions.SARIKATA));
            }
        } finally {
            file.close();
            compression.release();
        }
    }

    static MessageType messageType(StructType schema) {
        Types.MessageTypeBuilder message = Types.buildMessage();
        for (StructField field : schema.fields()) {
            message.addField(column(field.name(), field.dataType(), field.nullable()));
        }
        return message.named("spark_schema");
    }

    private static Type column(String name, DataType type, boolean nullable) {
        org.apache.parquet.schema.Type.Repetition repetition = nullable ? org.apache.parquet.schema.Type.Repetition.OPTIONAL
                : org.apache.parquet.schema.Type.Repetition.REQUIRED;
        if (type.equals(DataTypes.StringType)) {
            return Types.primitive(PrimitiveTypeName.BINARY, repetition).as(LogicalTypeAnnotation.stringType()).named(name);
        }
        if (type.equals(DataTypes.BinaryType)) {
            return Types.primitive(PrimitiveTypeName.BINARY, repetition).named(name);
        }
        if (type.equals(DataTypes.IntegerType)) {
            return Types.primitive(PrimitiveTypeName.INT32, repetition).named(name);
        }
        if (type.equals(DataTypes.LongType)) {
            return Types.primitive(PrimitiveTypeName.INT64, repetition).named(name);
        }
        if (type.equals(DataTypes.DoubleType)) {
            return Types.primitive(PrimitiveTypeName.DOUBLE, repetition).named(name);
        }
        if (type.equals(DataTypes.BooleanType)) {
            return Types.primitive(PrimitiveTypeName.BOOLEAN, repetition).named(name);
        }
        throw new IllegalArgumentException("no Parquet column for " + type + " (" + name + ")");
    }

    /** The columns of the row being written, by position in the schema. */
    public static final class Columns {
        /** Encodings kept per dictionary column before the cache starts over: ids, labels, reasons, charsets. */
        private static final int MAX_CACHED_STRINGS = 256;

        private final MessageType schema;
        private final List<ColumnDescriptor> descriptors;
        private final ColumnWriter[] writers;
        /** Each column's definition level of a present value: 1 for an optional column, 0 for a required one. */
        private final int[] present;
        /** The columns the current row has filled, one bit each: a row must fill every column once. */
        private long filled;
        private final long allFilled;
        /**
         * Of each dictionary column, the encodings of the string instances last written: a page's blocks repeat
         * its id, and labels and reasons are a few shared strings, so most values are encoded once.
         */
        private final IdentityHashMap<String, Binary>[] encoded;

        @SuppressWarnings("unchecked")
        Columns(MessageType schema, boolean[] dictionaryColumns) {
            if (schema.getFieldCount() > Long.SIZE) {
                throw new IllegalArgumentException("at most " + Long.SIZE + " columns, not " + schema.getFieldCount());
            }
            this.schema = schema;
            this.descriptors = schema.getColumns();
            this.writers = new ColumnWriter[descriptors.size()];
            this.present = new int[descriptors.size()];
            for (int i = 0; i < present.length; i++) {
                present[i] = descriptors.get(i).getMaxDefinitionLevel();
            }
            this.allFilled = writers.length == Long.SIZE ? -1L : (1L << writers.length) - 1;
            this.encoded = new IdentityHashMap[schema.getFieldCount()];
            for (int i = 0; i < encoded.length; i++) {
                encoded[i] = dictionaryColumns[i] ? new IdentityHashMap<>() : null;
            }
        }

        private void writeTo(ColumnWriteStore store) {
            for (int i = 0; i < writers.length; i++) {
                writers[i] = store.getColumnWriter(descriptors.get(i));
            }
        }

        private void startRow() {
            filled = 0;
        }

        private void endRow() {
            if (filled != allFilled) {
                long missing = allFilled & ~filled;
                throw new IllegalStateException("row leaves column " + schema.getFieldName(Long.numberOfTrailingZeros(missing))
                        + " empty");
            }
        }

        private void fill(int column) {
            long bit = 1L << column;
            if ((filled & bit) != 0) {
                throw new IllegalStateException("row fills column " + schema.getFieldName(column) + " twice");
            }
            filled |= bit;
        }

        public Columns string(int column, String value) {
            IdentityHashMap<String, Binary> cache = encoded[column];
            if (cache == null) {
                return utf8(column, value.getBytes(StandardCharsets.UTF_8));
            }
            Binary binary = cache.get(value);
            if (binary == null) {
                if (cache.size() >= MAX_CACHED_STRINGS) {
                    cache.clear();
                }
                binary = Binary.fromConstantByteArray(value.getBytes(StandardCharsets.UTF_8));
                cache.put(value, binary);
            }
            return binary(column, binary);
        }

        /** A string column's value given as its UTF-8 bytes, which the caller no longer changes. */
        public Columns utf8(int column, byte[] value) {
            return binary(column, Binary.fromConstantByteArray(value));
        }

        /** A binary column's value, which the caller no longer changes. */
        public Columns bytes(int column, byte[] value) {
            return binary(column, Binary.fromConstantByteArray(value));
        }

        private Columns binary(int column, Binary value) {
            fill(column);
            writers[column].write(value, 0, present[column]);
            return this;
        }

        /** A value of a nullable string column: null is written as null. */
        public Columns nullableString(int column, String value) {
            if (value != null) {
                return utf8(column, value.getBytes(StandardCharsets.UTF_8));
            }
            if (present[column] == 0) {
                throw new IllegalStateException("column " + schema.getFieldName(column) + " is required, not nullable");
            }
            fill(column);
            writers[column].writeNull(0, 0);
            return this;
        }

        public Columns bool(int column, boolean value) {
            fill(column);
            writers[column].write(value, 0, present[column]);
            return this;
        }

        public Columns integer(int column, int value) {
            fill(column);
            writers[column].write(value, 0, present[column]);
            return this;
        }

        public Columns longValue(int column, long value) {
            fill(column);
            writers[column].write(value, 0, present[column]);
            return this;
        }

        public Columns doubleValue(int column, double value) {
            fill(column);
            writers[column].write(value, 0, present[column]);
            return this;
        }
    }
}
