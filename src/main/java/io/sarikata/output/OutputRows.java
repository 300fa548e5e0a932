package io.sarikata.output;

import io.sarikata.corpus.DocumentFacts;
import io.sarikata.input.Reject;
import io.sarikata.model.Label;
import io.sarikata.model.LabelledBlock;
import io.sarikata.segment.Page;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import java.nio.charset.StandardCharsets;
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
            .add("model_id", DataTypes.StringType, false)
            // Computed from the page alone (io.sarikata.corpus.DocumentFacts), in the labelling task.
            .add("body_hash", DataTypes.StringType, false)
            .add("language", DataTypes.StringType, false)
            .add("language_score", DataTypes.DoubleType, false)
            .add("word_count", DataTypes.IntegerType, false)
            .add("mean_word_length", DataTypes.DoubleType, false)
            .add("punct_line_share", DataTypes.DoubleType, false)
            .add("symbol_word_ratio", DataTypes.DoubleType, false)
            .add("stopword_share", DataTypes.DoubleType, false)
            .add("repeated_line_share", DataTypes.DoubleType, false)
            .add("dateline_place", DataTypes.StringType, true)
            .add("dateline_outlet", DataTypes.StringType, true)
            .add("date_written", DataTypes.StringType, true)
            .add("n_dates", DataTypes.IntegerType, false)
            .add("title", DataTypes.StringType, true)
            // Tasks write each document as its own cluster; NearDuplicateStep rewrites the files of those in one.
            .add("dup_cluster", DataTypes.StringType, false)
            .add("is_dup_representative", DataTypes.BooleanType, false);

    /** The documents columns that need the whole snapshot: NearDuplicateStep sets them anew. */
    public static final java.util.Set<String> SNAPSHOT_COLUMNS = java.util.Set.of("dup_cluster", "is_dup_representative");

    /** {@code duplicates/}: one row per member of a cluster of two or more documents. */
    public static final StructType DUPLICATES = new StructType()
            .add("dup_cluster", DataTypes.StringType, false)
            .add("doc_id", DataTypes.StringType, false)
            .add("portal", DataTypes.StringType, false)
            .add("is_dup_representative", DataTypes.BooleanType, false)
            .add("similarity", DataTypes.DoubleType, false)
            .add("same_body_hash", DataTypes.BooleanType, false);

    /**
     * {@code signatures/}: each document's MinHash signature ({@link io.sarikata.corpus.MinHash#toBytes}) and what
     * the near-duplicate step needs of it besides, written by the labelling task, so that the step reads neither
     * the text nor the documents. Documents without words have none. Kept in the snapshot for the next incremental
     * run, which carries the rows of unchanged files over.
     */
    public static final StructType SIGNATURES = new StructType()
            .add("doc_id", DataTypes.StringType, false)
            .add("input_file", DataTypes.StringType, false)
            .add("portal", DataTypes.StringType, false)
            .add("body_hash", DataTypes.StringType, false)
            .add("date_written", DataTypes.StringType, true)
            .add("minhash", DataTypes.BinaryType, false);

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

    /** The partition column of documents and blocks: a folder level ({@code portal=...}), not a column in the files. */
    public static final String PARTITION_COLUMN = "portal";

    public static final StructType DOCUMENT_FILE = withoutPartitionColumn(DOCUMENTS);
    public static final StructType BLOCK_FILE = withoutPartitionColumn(BLOCKS);

    private OutputRows() {
    }

    private static StructType withoutPartitionColumn(StructType schema) {
        StructType file = new StructType();
        for (StructField field : schema.fields()) {
            if (!field.name().equals(PARTITION_COLUMN)) {
                file = file.add(field);
            }
        }
        return file;
    }

    /**
     * The UTF-8 bytes of each block's text, encoded once for the page's blocks rows and its document's body,
     * which is joined from these bytes instead of built as a string and encoded a second time.
     */
    public static byte[][] encodedTexts(List<LabelledBlock> labelled) {
        byte[][] texts = new byte[labelled.size()][];
        for (int i = 0; i < texts.length; i++) {
            texts[i] = labelled.get(i).block().text().getBytes(StandardCharsets.UTF_8);
        }
        return texts;
    }

    /**
     * One documents row, in {@link #DOCUMENT_FILE} order: the body text is the body blocks joined by newlines.
     *
     * @param inputFile the listed file the page came from (the bundle for a member)
     * @param texts {@link #encodedTexts} of {@code labelled}
     */
    public static ParquetRowWriter.Row document(Page page, String inputFile, List<LabelledBlock> labelled, byte[][] texts,
                                                String modelId, DocumentFacts facts) {
        int bodyBlocks = 0;
        int bodyBytes = 0;
        int bodyChars = 0;
        for (int i = 0; i < texts.length; i++) {
            if (labelled.get(i).label() == Label.BODY) {
                bodyBytes += texts[i].length;
                bodyChars += labelled.get(i).block().text().length();
                bodyBlocks++;
            }
        }
        int separators = Math.max(bodyBlocks - 1, 0);
        byte[] body = new byte[bodyBytes + separators];
        int at = 0;
        boolean first = true;
        for (int i = 0; i < texts.length; i++) {
            if (labelled.get(i).label() == Label.BODY) {
                if (!first) {
                    body[at++] = '\n';
                }
                first = false;
                System.arraycopy(texts[i], 0, body, at, texts[i].length);
                at += texts[i].length;
            }
        }
        int bodyCount = bodyBlocks;
        int chars = bodyChars + separators;
        return c -> c.string(0, page.docId()).string(1, page.source()).string(2, inputFile)
                .utf8(3, body).integer(4, labelled.size()).integer(5, bodyCount).integer(6, chars)
                .longValue(7, page.sizeBytes()).string(8, page.charset()).string(9, page.decodeNote()).string(10, modelId)
                .string(11, facts.bodyHash()).string(12, facts.language()).doubleValue(13, facts.languageScore())
                .integer(14, facts.quality().wordCount()).doubleValue(15, facts.quality().meanWordLength())
                .doubleValue(16, facts.quality().punctuatedLineShare()).doubleValue(17, facts.quality().symbolWordRatio())
                .doubleValue(18, facts.quality().stopwordShare()).doubleValue(19, facts.quality().repeatedLineShare())
                .nullableString(20, facts.datelinePlace()).nullableString(21, facts.datelineOutlet())
                .nullableString(22, facts.dateWritten()).integer(23, facts.datesWritten()).nullableString(24, facts.title())
                .string(25, page.docId()).bool(26, true);
    }

    /**
     * One signatures row, in {@link #SIGNATURES} order, of a document whose facts have a signature.
     *
     * @param inputFile the listed file the page came from
     */
    public static ParquetRowWriter.Row signature(Page page, String inputFile, DocumentFacts facts) {
        byte[] minHash = io.sarikata.corpus.MinHash.toBytes(facts.minHash());
        return c -> c.string(0, page.docId()).string(1, inputFile).string(2, page.portal()).string(3, facts.bodyHash())
                .nullableString(4, facts.dateWritten()).bytes(5, minHash);
    }

    /** The page's facts (io.sarikata.corpus) from its blocks and their labels (tests). */
    public static DocumentFacts facts(Page page, List<LabelledBlock> labelled, java.util.function.Predicate<String> isStopword) {
        return facts(page, labelled, io.sarikata.corpus.Stopwords.matching(isStopword));
    }

    /** The page's facts (io.sarikata.corpus) from its blocks and their labels. */
    public static DocumentFacts facts(Page page, List<LabelledBlock> labelled, io.sarikata.corpus.Stopwords stopwords) {
        List<String> blocks = new java.util.ArrayList<>(labelled.size());
        List<String> body = new java.util.ArrayList<>();
        int[] headings = new int[labelled.size()];
        for (int i = 0; i < labelled.size(); i++) {
            LabelledBlock b = labelled.get(i);
            blocks.add(b.block().text());
            headings[i] = b.block().headingLevel();
            if (b.label() == Label.BODY) {
                body.add(b.block().text());
            }
        }
        return DocumentFacts.of(blocks, headings, body, stopwords);
    }

    /**
     * One blocks row, in {@link #BLOCK_FILE} order.
     *
     * @param text the block's text in UTF-8 ({@link #encodedTexts})
     */
    public static ParquetRowWriter.Row block(Page page, LabelledBlock b, byte[] text) {
        return c -> c.string(0, page.docId()).integer(1, b.block().index()).integer(2, b.block().lineStart())
                .integer(3, b.block().lineEnd()).utf8(4, text).string(5, b.label().code())
                .doubleValue(6, b.score()).string(7, b.reason());
    }

    /**
     * One rejects row, in {@link #REJECTS} order.
     *
     * @param inputFile the listed file the reject came from: its own source when listing rejected it
     */
    public static ParquetRowWriter.Row reject(Reject r, String inputFile) {
        return c -> c.string(0, r.source()).string(1, inputFile).string(2, r.reason())
                .string(3, r.detail() == null ? "" : r.detail()).longValue(4, r.sizeBytes());
    }
}
