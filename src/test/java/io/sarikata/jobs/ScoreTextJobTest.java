package io.sarikata.jobs;

import io.sarikata.JobFailure;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sarikata.eval.ShingleScore;
import io.sarikata.eval.TextScores;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** score-text on a documents dataset and gold texts written here, and end to end after a build of the sample's HTML pages. */
class ScoreTextJobTest {

    @TempDir
    static Path tmp;

    static SparkSession spark;
    static Path documents;
    static Path gold;

    static final String P1_GOLD = "Harga cabai di pasar desa naik tajam minggu ini.\nPetani senang.\n";
    static final String P1_TEXT = "Harga cabai di pasar desa naik tajam minggu ini.\nBaca juga: Harga bawang turun";
    static final String P2_GOLD = "Sekolah baru dibuka di kampung sebelah pada hari Senin.";
    static final String P3_GOLD = "Don’t miss the “village” fair this weekend, said the mayor.";
    static final String P4_GOLD = "This page was never built into a document at all.";

    @BeforeAll
    static void setUp() throws IOException {
        spark = TestSpark.start();
        documents = tmp.resolve("out/documents");
        StructType schema = new StructType()
                .add("doc_id", DataTypes.StringType).add("source", DataTypes.StringType)
                .add("text", DataTypes.StringType).add("portal", DataTypes.StringType);
        spark.createDataFrame(List.of(
                        RowFactory.create("d1", "/dumps/html/site-a/p1.html.gz", P1_TEXT, "site-a"),
                        RowFactory.create("d2", "file:/dumps/html/site-a/p2.html", P2_GOLD, "site-a"),
                        RowFactory.create("d3", "/dumps/bundle.tar.gz!site-b/p3.htm", "", "site-b"),
                        RowFactory.create("d5", "/dumps/html/site-b/no-gold.html.gz", "Anything at all here", "site-b")),
                schema).write().partitionBy("portal").parquet(documents.toString());

        gold = tmp.resolve("gold-text");
        Files.createDirectories(gold.resolve("site-a"));
        Files.createDirectories(gold.resolve("site-b"));
        Files.writeString(gold.resolve("site-a/p1.txt"), P1_GOLD + "!@#$%^&*()  COMMENTS\nGreat article about chili prices!\n");
        byte[] utf16 = P2_GOLD.getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[utf16.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(utf16, 0, withBom, 2, utf16.length);
        Files.write(gold.resolve("site-a/p2.txt"), withBom);
        Files.write(gold.resolve("site-b/p3.txt"), (P3_GOLD + "\r\n").getBytes(Charset.forName("windows-1252")));
        Files.writeString(gold.resolve("site-b/p4.txt"), P4_GOLD);
        Files.writeString(gold.resolve("site-b/_notes.txt"), "not a gold page");
    }

    @AfterAll
    static void stop() {
        TestSpark.stop(spark);
    }

    @Test
    void documentsAreMatchedByTheirPathUnderTheGoldRootAndScored() throws IOException {
        Path report = tmp.resolve("report.json");
        ScoreTextJob.Result result = ScoreTextJob.run(spark, new ScoreTextJob.Options(documents.toString(), gold.toString(),
                report.toString()));
        Map<String, TextScores.Page> pages = result.scores().pages().stream()
                .collect(Collectors.toMap(TextScores.Page::key, p -> p));
        assertEquals(List.of("site-a/p1", "site-a/p2", "site-b/p3", "site-b/p4"), pages.keySet().stream().sorted().toList());

        // The comments after the marker are not article.
        assertEquals(ShingleScore.score(P1_GOLD, P1_TEXT), pages.get("site-a/p1").counts());
        assertEquals("d1", pages.get("site-a/p1").docId());
        // UTF-16 with a byte order mark, read whole.
        assertEquals(new ShingleScore.Counts(6, 0, 0), pages.get("site-a/p2").counts());
        // windows-1252: the document came out empty.
        TextScores.Page p3 = pages.get("site-b/p3");
        assertEquals("/dumps/bundle.tar.gz!site-b/p3.htm", p3.source());
        assertTrue(p3.empty());
        assertEquals(ShingleScore.score(P3_GOLD, ""), p3.counts());
        // No document: scored as nothing extracted.
        TextScores.Page p4 = pages.get("site-b/p4");
        assertNull(p4.source());
        assertEquals(new ShingleScore.Counts(0, 0, 7), p4.counts());

        TextScores.Group overall = result.scores().overall();
        assertEquals(4, overall.mean().pages());
        assertEquals(1, overall.empty());
        assertEquals(1, overall.noDocument());
        ShingleScore.Counts p1 = pages.get("site-a/p1").counts();
        double precision = (p1.precision() + 1.0) / 2;
        double recall = (p1.recall() + 1.0 + 0 + 0) / 4;
        assertEquals(precision, overall.mean().precision(), 1e-12);
        assertEquals(recall, overall.mean().recall(), 1e-12);

        JsonNode json = new ObjectMapper().readTree(report.toFile());
        assertEquals(List.of("site-b/p4"), List.of(json.get("no_document").get(0).asText()));
        assertEquals(1, json.get("gold").get("cut_at_comments_marker").asInt());
        assertEquals(1, json.get("gold").get("charsets").get("UTF-16LE").asInt());
        assertEquals(1, json.get("gold").get("charsets").get("windows-1252").asInt());
        assertEquals(4, json.get("pages").size());
        assertEquals(recall, json.get("overall").get("recall").asDouble(), 1e-12);
        assertTrue(json.get("pages").get(2).get("precision").isNull(), "no precision for a page that extracted nothing");
    }

    @Test
    void aGoldPageTwoDocumentsMatchIsAnError() throws IOException {
        Path twice = tmp.resolve("twice/documents");
        StructType schema = new StructType().add("doc_id", DataTypes.StringType).add("source", DataTypes.StringType)
                .add("text", DataTypes.StringType);
        spark.createDataFrame(List.of(RowFactory.create("a", "/x/site-a/p1.html", "one"),
                RowFactory.create("b", "/y/site-a/p1.html.gz", "two")), schema).write().parquet(twice.toString());
        TestSpark.Run run = TestSpark.cli("score-text", "--documents", twice.toString(), "--gold-text", gold.toString());
        assertEquals(JobFailure.INPUT, run.exitCode());
        assertTrue(run.stderr().contains("two documents match the gold text site-a/p1"), run.stderr());
    }

    @Test
    void missingInputsGiveOneLineAndExitCodeThree() throws IOException {
        TestSpark.Run noGold = TestSpark.cli("score-text", "--documents", documents.toString(), "--gold-text",
                tmp.resolve("nowhere").toString());
        assertEquals(JobFailure.INPUT, noGold.exitCode());
        assertEquals("sarikata: gold text folder not found: " + tmp.resolve("nowhere"), noGold.stderr().strip());

        TestSpark.Run noDocuments = TestSpark.cli("score-text", "--documents", tmp.resolve("none").toString(), "--gold-text",
                gold.toString());
        assertEquals(JobFailure.INPUT, noDocuments.exitCode());
        assertEquals("sarikata: documents folder not found: " + tmp.resolve("none"), noDocuments.stderr().strip());

        Path notDocuments = tmp.resolve("not-documents");
        spark.createDataFrame(List.of(RowFactory.create("x")), new StructType().add("source", DataTypes.StringType))
                .write().parquet(notDocuments.toString());
        TestSpark.Run wrong = TestSpark.cli("score-text", "--documents", notDocuments.toString(), "--gold-text", gold.toString());
        assertEquals(JobFailure.INPUT, wrong.exitCode());
        assertTrue(wrong.stderr().contains("no column doc_id, text"), wrong.stderr());

        Path emptyGold = Files.createDirectories(tmp.resolve("empty-gold"));
        TestSpark.Run none = TestSpark.cli("score-text", "--documents", documents.toString(), "--gold-text", emptyGold.toString());
        assertEquals(JobFailure.INPUT, none.exitCode());
    }

    /** A real build's documents: the sample's HTML pages, gold texts made of their gold body lines. */
    @Test
    void scoresABuildOfHtmlPagesEndToEnd() throws IOException {
        // Sources are paths below the input root: the root holds the site folder the gold texts are keyed by.
        Path pages = tmp.resolve("html-dump");
        TestSpark.copyTree(TestSpark.SAMPLE_PAGES.resolve("suarakampung"), pages.resolve("suarakampung"));
        Path goldText = Files.createDirectories(tmp.resolve("sample-gold-text/suarakampung"));
        int goldPages = 0;
        try (Stream<Path> tsv = Files.list(TestSpark.SAMPLE_GOLD.resolve("suarakampung"))) {
            for (Path g : tsv.sorted().toList()) {
                String body = Files.readAllLines(g).stream().filter(l -> l.startsWith("body\t"))
                        .map(l -> l.substring("body\t".length())).collect(Collectors.joining("\n"));
                String name = g.getFileName().toString().replace(".tsv", ".txt");
                Files.writeString(goldText.resolve(name), body + "\n!@#$%^&*() COMMENTS\nnot article\n");
                goldPages++;
            }
        }
        Path out = tmp.resolve("sample-out");
        TestSpark.Run build = TestSpark.cli("build", "--input", pages.toString(), "--gold", TestSpark.SAMPLE_GOLD.toString(),
                "--output", out.toString());
        assertEquals(0, build.exitCode(), build.stderr());
        Path report = tmp.resolve("sample-report.json");
        TestSpark.Run score = TestSpark.cli("score-text", "--documents", out.resolve("latest/documents").toString(),
                "--gold-text", goldText.getParent().toString(), "--report", report.toString(), "--per-site", "--worst", "3");
        assertEquals(0, score.exitCode(), score.stderr());
        JsonNode overall = new ObjectMapper().readTree(report.toFile()).get("overall");
        assertEquals(goldPages, overall.get("pages").asInt());
        assertEquals(0, overall.get("no_document").asInt());
        assertEquals(0, overall.get("empty_pages").asInt());
        assertTrue(overall.get("precision").asDouble() > 0.95, overall.toString());
        assertTrue(overall.get("recall").asDouble() > 0.95, overall.toString());
    }
}
