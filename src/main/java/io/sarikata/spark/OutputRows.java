package io.sarikata.spark;

import io.sarikata.input.Reject;
import io.sarikata.model.Label;
import io.sarikata.model.LabelledBlock;
import io.sarikata.segment.Page;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.util.ArrayList;
import java.util.List;

/** The schemas of the output datasets and how a labelled page becomes their rows. */
public final class OutputRows {

    public static final StructType DOCUMENTS = new StructType()
            .add("doc_id", DataTypes.StringType, false)
            .add("source", DataTypes.StringType, false)
            .add("input_file", DataTypes.StringType, false)
            .add("portal", DataTypes.StringType, false)
            .add("text", DataTypes.StringType, false)
            .add("n_blocks", DataTypes.IntegerType, false)
            .add("n_body_blocks", DataTypes.IntegerType, false)
            .add("n_chars", DataTypes.IntegerType, false)
            .add("size_bytes", DataTypes.LongType, false)
            .add("charset", DataTypes.StringType, false)
            .add("decode_note", DataTypes.StringType, false)
            .add("model_id", DataTypes.StringType, false);

    public static final StructType BLOCKS = new StructType()
            .add("doc_id", DataTypes.StringType, false)
            .add("block_index", DataTypes.IntegerType, false)
            .add("line_start", DataTypes.IntegerType, false)
            .add("line_end", DataTypes.IntegerType, false)
            .add("text", DataTypes.StringType, false)
            .add("label", DataTypes.StringType, false)
            .add("score", DataTypes.DoubleType, false)
            .add("reason", DataTypes.StringType, false)
            .add("portal", DataTypes.StringType, false);

    public static final StructType REJECTS = new StructType()
            .add("source", DataTypes.StringType, false)
            .add("input_file", DataTypes.StringType, false)
            .add("reason", DataTypes.StringType, false)
            .add("detail", DataTypes.StringType, false)
            .add("size_bytes", DataTypes.LongType, false);

    private OutputRows() {
    }

    /** One documents row: the body text is the body blocks joined by newlines. */
    public static Row document(Page page, List<LabelledBlock> labelled, String modelId) {
        StringBuilder body = new StringBuilder();
        int bodyBlocks = 0;
        for (LabelledBlock b : labelled) {
            if (b.label() == Label.BODY) {
                if (bodyBlocks++ > 0) {
                    body.append('\n');
                }
                body.append(b.block().text());
            }
        }
        return RowFactory.create(page.docId(), page.source(), inputFile(page.source()), page.portal(), body.toString(), labelled.size(),
                bodyBlocks, body.length(), page.sizeBytes(), page.charset(), page.decodeNote(), modelId);
    }

    public static List<Row> blocks(Page page, List<LabelledBlock> labelled) {
        List<Row> rows = new ArrayList<>(labelled.size());
        for (LabelledBlock b : labelled) {
            rows.add(RowFactory.create(page.docId(), b.block().index(), b.block().lineStart(), b.block().lineEnd(),
                    b.block().text(), b.label().code(), b.score(), b.reason(), page.portal()));
        }
        return rows;
    }

    public static Row reject(Reject r) {
        return RowFactory.create(r.source(), inputFile(r.source()), r.reason(), r.detail() == null ? "" : r.detail(), r.sizeBytes());
    }

    /** The listed file a page came from: the source itself, or the archive part of {@code archive!member}. */
    public static String inputFile(String source) {
        for (int bang = source.indexOf('!'); bang >= 0; bang = source.indexOf('!', bang + 1)) {
            String before = source.substring(0, bang).toLowerCase(java.util.Locale.ROOT);
            if (before.endsWith(".tar") || before.endsWith(".tar.gz") || before.endsWith(".tgz")) {
                return source.substring(0, bang);
            }
        }
        return source;
    }
}
