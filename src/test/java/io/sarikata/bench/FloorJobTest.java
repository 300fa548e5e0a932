package io.sarikata.bench;

import io.sarikata.input.ReaderLimits;
import io.sarikata.model.Label;
import io.sarikata.model.LabelledBlock;
import io.sarikata.segment.Block;
import io.sarikata.segment.Page;
import io.sarikata.jobs.TestSpark;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.length;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Both floors of the bench on data-sample/: every page written, the output floor in the build's datasets. */
class FloorJobTest {

    private static final long TASK_BYTES = 128L * 1024 * 1024;
    private static SparkSession spark;

    @TempDir
    Path tmp;

    @BeforeAll
    static void startSpark() {
        spark = TestSpark.start();
    }

    @AfterAll
    static void stopSpark() {
        TestSpark.stop(spark);
    }

    @Test
    void floorWritesOneRowPerPage() throws Exception {
        String out = tmp.resolve("floor").toString();
        FloorJob.Result result = FloorJob.run(spark, List.of(TestSpark.SAMPLE_PAGES.toString()), out,
                ReaderLimits.DEFAULTS, TASK_BYTES);

        assertEquals(40, result.pages());
        assertEquals(0, result.rejects());
        assertEquals(40, spark.read().parquet(out + "/pages").count());
    }

    @Test
    void outputFloorWritesTheBuildsDatasetsLabelledByLength() throws Exception {
        String out = tmp.resolve("output-floor").toString();
        FloorJob.Result result = FloorJob.runOutput(spark, List.of(TestSpark.SAMPLE_PAGES.toString()), out,
                ReaderLimits.DEFAULTS, TASK_BYTES);

        assertEquals(40, result.pages());
        assertEquals(0, result.rejects());
        Dataset<Row> documents = spark.read().parquet(out + "/documents");
        assertEquals(40, documents.count());
        assertEquals(40, documents.filter(col("model_id").equalTo(FloorJob.LENGTH_RULE)).count());
        Dataset<Row> blocks = spark.read().parquet(out + "/blocks");
        long all = blocks.count();
        // The build labels data-sample's 40 pages into 513 body and 816 navigation blocks: the same blocks.
        assertEquals(513 + 816, all);
        long body = blocks.filter(col("label").equalTo(Label.BODY.code())).count();
        assertEquals(blocks.filter(length(col("text")).geq(FloorJob.BODY_CHARS)).count(), body);
        assertTrue(body > 0 && body < all, body + " body blocks of " + all);
        assertEquals(0, blocks.filter(col("label").equalTo(Label.BODY.code()).and(col("score").lt(0.5))).count());
        assertEquals(0, blocks.filter(col("label").equalTo(Label.NAV.code()).and(col("score").geq(0.5))).count());
        assertEquals(all, blocks.select("score").distinct().count(), "every block's score differs, as a model's do");
    }

    @Test
    void labelsByLengthAloneWithScoresOnTheLabelsSide() {
        String prose = "x".repeat(FloorJob.BODY_CHARS);
        Page page = new Page(Page.docId("a/1.txt"), "a/1.txt", "a", List.of(
                new Block(0, 1, 1, "Beranda | Nasional", Double.NaN),
                new Block(1, 2, 2, prose, Double.NaN),
                new Block(2, 3, 3, prose.substring(1), Double.NaN)), "UTF-8", "", 300);

        List<LabelledBlock> labelled = FloorJob.labelByLength(page);

        assertEquals(List.of(Label.NAV, Label.BODY, Label.NAV), labelled.stream().map(LabelledBlock::label).toList());
        for (LabelledBlock b : labelled) {
            boolean body = b.label() == Label.BODY;
            assertTrue(body ? b.score() >= 0.5 && b.score() < 1 : b.score() >= 0 && b.score() < 0.5, b.toString());
            assertEquals(FloorJob.LENGTH_RULE + (body ? ":body" : ":nav"), b.reason());
        }
        assertEquals(labelled, FloorJob.labelByLength(page), "the same page gets the same labels and scores");
    }
}
