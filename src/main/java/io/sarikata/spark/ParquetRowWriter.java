package io.sarikata.spark;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.hadoop.codec.ZstandardCodec;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.hadoop.util.HadoopOutputFile;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;
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
import java.nio.file.Files;
import java.util.Map;
import java.util.Set;

/**
 * One zstd Parquet file of flat, required columns, written row by row from plain values, without Spark rows:
 * a task writes documents, blocks and rejects in one pass over its pages this way. Readers (Spark, DuckDB,
 * pandas) see the same types as Spark's own writer gives: strings, int, bigint, double.
 */
public final class ParquetRowWriter implements Closeable {

    /** Fills one row: every column once, in any order. */
    @FunctionalInterface
    public interface Row {
        void fill(Columns columns);
    }

    /** Row groups this large keep a task's open writers well inside a small heap. */
    static final long ROW_GROUP_BYTES = 32L * 1024 * 1024;

    private final ParquetWriter<Row> writer;
    private long rows;

    private ParquetRowWriter(ParquetWriter<Row> writer) {
        this.writer = writer;
    }

    /** Columns whose values are all but unique (texts, paths, scores): dictionary encoding them only costs time. */
    static final Set<String> NO_DICTIONARY = Set.of("text", "source", "input_file", "detail", "score");
    /** Columns of free text: nobody filters on their minimum and maximum, and comparing every value costs time. */
    static final Set<String> NO_STATISTICS = Set.of("text", "detail");

    /**
     * zstd's fastest level. Against Parquet's default level 3 on the 1 GB bench corpus, files were 3-4% larger,
     * the floor 10% faster and the build 12% faster.
     */
    static final int ZSTD_LEVEL = 1;

    /** Columns named in {@link #NO_DICTIONARY} and {@link #NO_STATISTICS} are written without those, in any schema. */
    public static ParquetRowWriter create(Path file, StructType schema, Configuration conf) throws IOException {
        Configuration withLevel = new Configuration(conf);
        withLevel.setInt(ZstandardCodec.PARQUET_COMPRESS_ZSTD_LEVEL, ZSTD_LEVEL);
        Builder builder = new Builder(outputFile(file, conf), messageType(schema))
                .withConf(withLevel)
                .withWriteMode(ParquetFileWriter.Mode.CREATE)
                .withCompressionCodec(CompressionCodecName.ZSTD)
                .withRowGroupSize(ROW_GROUP_BYTES)
                .withDictionaryEncoding(true)
                .withSizeStatisticsEnabled(false);
        for (String column : NO_DICTIONARY) {
            builder = builder.withDictionaryEncoding(column, false);
        }
        for (String column : NO_STATISTICS) {
            builder = builder.withStatisticsEnabled(column, false);
        }
        return new ParquetRowWriter(builder.build());
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

    public void write(Row row) throws IOException {
        writer.write(row);
        rows++;
    }

    public long rows() {
        return rows;
    }

    @Override
    public void close() throws IOException {
        writer.close();
    }

    static MessageType messageType(StructType schema) {
        Types.MessageTypeBuilder message = Types.buildMessage();
        for (StructField field : schema.fields()) {
            message.addField(column(field.name(), field.dataType()));
        }
        return message.named("spark_schema");
    }

    private static Type column(String name, DataType type) {
        if (type.equals(DataTypes.StringType)) {
            return Types.required(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named(name);
        }
        if (type.equals(DataTypes.IntegerType)) {
            return Types.required(PrimitiveTypeName.INT32).named(name);
        }
        if (type.equals(DataTypes.LongType)) {
            return Types.required(PrimitiveTypeName.INT64).named(name);
        }
        if (type.equals(DataTypes.DoubleType)) {
            return Types.required(PrimitiveTypeName.DOUBLE).named(name);
        }
        throw new IllegalArgumentException("no Parquet column for " + type + " (" + name + ")");
    }

    /** The columns of the row being written, by position in the schema. */
    public static final class Columns {
        private final MessageType schema;
        private RecordConsumer consumer;
        /** The last string of each column and its encoding: a page's blocks repeat its id, labels and reasons. */
        private final String[] lastString;
        private final Binary[] lastBinary;

        Columns(MessageType schema) {
            this.schema = schema;
            this.lastString = new String[schema.getFieldCount()];
            this.lastBinary = new Binary[schema.getFieldCount()];
        }

        public Columns string(int column, String value) {
            String name = start(column);
            if (value != lastString[column]) { // the same instance, not merely equal: no comparison cost
                lastString[column] = value;
                lastBinary[column] = Binary.fromString(value);
            }
            consumer.addBinary(lastBinary[column]);
            consumer.endField(name, column);
            return this;
        }

        public Columns integer(int column, int value) {
            String name = start(column);
            consumer.addInteger(value);
            consumer.endField(name, column);
            return this;
        }

        public Columns longValue(int column, long value) {
            String name = start(column);
            consumer.addLong(value);
            consumer.endField(name, column);
            return this;
        }

        public Columns doubleValue(int column, double value) {
            String name = start(column);
            consumer.addDouble(value);
            consumer.endField(name, column);
            return this;
        }

        private String start(int column) {
            String name = schema.getFieldName(column);
            consumer.startField(name, column);
            return name;
        }
    }

    private static final class RowWriteSupport extends WriteSupport<Row> {
        private final MessageType schema;
        private final Columns columns;
        private RecordConsumer consumer;

        RowWriteSupport(MessageType schema) {
            this.schema = schema;
            this.columns = new Columns(schema);
        }

        @Override
        public WriteContext init(Configuration configuration) {
            return new WriteContext(schema, Map.of("writer", "sarikata " + Versions.SARIKATA));
        }

        @Override
        public void prepareForWrite(RecordConsumer recordConsumer) {
            this.consumer = recordConsumer;
            columns.consumer = recordConsumer;
        }

        @Override
        public void write(Row row) {
            consumer.startMessage();
            row.fill(columns);
            consumer.endMessage();
        }
    }

    private static final class Builder extends ParquetWriter.Builder<Row, Builder> {
        private final MessageType schema;

        Builder(OutputFile file, MessageType schema) {
            super(file);
            this.schema = schema;
        }

        @Override
        protected Builder self() {
            return this;
        }

        @Override
        protected WriteSupport<Row> getWriteSupport(Configuration conf) {
            return new RowWriteSupport(schema);
        }
    }
}
