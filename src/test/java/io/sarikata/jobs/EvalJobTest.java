package io.sarikata.jobs;

import io.sarikata.JobFailure;
import io.sarikata.statistics.StatisticsSettings;
import io.sarikata.eval.EvalTable;
import io.sarikata.eval.Scores;
import io.sarikata.input.ReaderLimits;
import io.sarikata.model.BlockModel;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The golden evaluation: quality floors pinned on data-sample, so CI fails when the model gets worse.
 * Leave-one-portal-out scores every portal with a model that never saw its labels.
 */
class EvalJobTest {

    /** The floors the product promises on a portal it never saw. */
    static final double MIN_BLOCK_F1 = 0.97;
    static final Path SEEDS = Path.of("..", "shared", "seeds");

    /** Skips a test on the seed pages when they are not beside the checkout, and says so: surefire counts skips silently. */
    static void assumeSeeds() {
        boolean present = Files.isDirectory(SEEDS);
        if (!present) {
            System.out.println("EvalJobTest: a test on the seed pages skipped: no " + SEEDS.toAbsolutePath().normalize());
        }
        assumeTrue(present, "the seed pages live in ../shared/seeds beside the checkout");
    }
    static final Path SEED_LABELS = Path.of("src", "test", "resources", "seed-labels");

    @TempDir
    static Path tmp;

    static SparkSession spark;
    static EvalJob.Result leaveOnePortalOut;

    @BeforeAll
    static void evaluate() {
        spark = TestSpark.start();
        leaveOnePortalOut = EvalJob.run(spark, options(List.of(TestSpark.SAMPLE_PAGES.toString()),
                TestSpark.SAMPLE_GOLD.toString(), null, true, tmp.resolve("lopo.json").toString()));
    }

    @AfterAll
    static void stop() {
        TestSpark.stop(spark);
    }

    static EvalJob.Options options(List<String> inputs, String gold, String model, boolean lopo, String report) {
        return new EvalJob.Options(inputs, gold, model, lopo, report, ReaderLimits.DEFAULTS,
                BuildOptions.DEFAULT_GROUP_BYTES, StatisticsSettings.DEFAULTS);
    }

    @Test
    void everyUnseenPortalMeetsTheFloors() {
        EvalTable table = leaveOnePortalOut.table();
        assertEquals(List.of("kabarnusa.com", "lintasmetro.co.id", "suarakampung", "wartaselat.id"), table.portals());
        for (String portal : table.portals()) {
            Scores s = table.scores(portal, EvalJob.LEARNED);
            assertEquals(10, s.pages());
            assertTrue(s.bodyF1() >= MIN_BLOCK_F1, portal + " body F1 " + s.bodyF1());
            assertTrue(s.navF1() >= MIN_BLOCK_F1, portal + " nav F1 " + s.navF1());
        }
    }

    @Test
    void theLearnedModelBeatsEveryBaseline() {
        EvalTable table = leaveOnePortalOut.table();
        Scores learned = table.overall(EvalJob.LEARNED);
        assertEquals(List.of(EvalJob.LEARNED, "keep_everything", "justext_learned_stoplist", "boilerpipe_article"), table.classifiers());
        for (String baseline : table.classifiers().subList(1, table.classifiers().size())) {
            Scores b = table.overall(baseline);
            assertTrue(learned.bodyF1() > b.bodyF1(), "body F1 vs " + baseline);
            assertTrue(learned.navF1() > b.navF1(), "nav F1 vs " + baseline);
            assertTrue(learned.pageTokenF1() > b.pageTokenF1(), "token F1 vs " + baseline);
        }
    }

    @Test
    void theReportIsWrittenAsJson() throws Exception {
        Map<?, ?> report = new com.fasterxml.jackson.databind.ObjectMapper().readValue(tmp.resolve("lopo.json").toFile(), Map.class);
        assertEquals("leave-one-portal-out", report.get("mode"));
        assertEquals(4, ((Map<?, ?>) report.get("models")).size(), "one model per held-out portal");
        assertTrue(((Map<?, ?>) report.get("scores")).containsKey(EvalTable.OVERALL));
    }

    @Test
    void theReportKeepsEveryPagesScoresPerClassifier() throws Exception {
        Map<?, ?> report = new com.fasterxml.jackson.databind.ObjectMapper().readValue(tmp.resolve("lopo.json").toFile(), Map.class);
        List<?> pages = (List<?>) report.get("page_scores");
        assertEquals(40, pages.size());
        EvalTable table = leaveOnePortalOut.table();
        for (String classifier : table.classifiers()) {
            long blocks = 0;
            long bodyAsBody = 0;
            double tokenF1 = 0;
            for (Object p : pages) {
                Map<?, ?> page = (Map<?, ?>) p;
                Map<?, ?> s = (Map<?, ?>) ((Map<?, ?>) page.get("scores")).get(classifier);
                assertEquals(((Number) page.get("blocks")).longValue(), ((Number) s.get("blocks")).longValue());
                for (String key : List.of("body_precision", "body_recall", "body_f1", "nav_f1", "token_f1")) {
                    double v = ((Number) s.get(key)).doubleValue();
                    assertTrue(v >= 0 && v <= 1, classifier + " " + key + " " + v);
                }
                blocks += ((Number) s.get("blocks")).longValue();
                bodyAsBody += ((Number) s.get("body_as_body")).longValue();
                tokenF1 += ((Number) s.get("token_f1")).doubleValue();
            }
            Scores overall = table.overall(classifier);
            assertEquals(overall.blocks(), blocks, classifier);
            Map<String, Object> counts = overall.toMap();
            assertEquals(((Number) counts.get("body_as_body")).longValue(), bodyAsBody, classifier);
            assertEquals(overall.pageTokenF1(), tokenF1 / pages.size(), 1e-9, classifier);
        }
        Map<?, ?> first = (Map<?, ?>) pages.get(0);
        assertTrue(((String) first.get("source")).contains("kabarnusa"), "sorted by source: " + first.get("source"));
        assertTrue(((String) first.get("gold")).startsWith("kabarnusa/"), "the gold file's path: " + first.get("gold"));
    }

    /** Two portals that both have a page news-01: kabarnusa's 001 and wartaselat's 001 under one name. */
    static Path twoPortalsSharingAPageName(Path root) throws Exception {
        Path pages = root.resolve("pages");
        Files.createDirectories(pages.resolve("kabar"));
        Files.createDirectories(pages.resolve("warta"));
        Files.copy(TestSpark.SAMPLE_PAGES.resolve("kabarnusa/001_d10e833c4129a2ef.txt"), pages.resolve("kabar/news-01.txt"));
        Files.copy(TestSpark.SAMPLE_PAGES.resolve("wartaselat/001_5c52048b46da3853.txt.gz"), pages.resolve("warta/news-01.txt.gz"));
        return pages;
    }

    @Test
    void goldIsMatchedByItsPathSoTwoPortalsMayShareAPageName() throws Exception {
        Path root = tmp.resolve("shared-names");
        Path pages = twoPortalsSharingAPageName(root);
        Path gold = root.resolve("gold");
        Files.createDirectories(gold.resolve("kabar"));
        Files.createDirectories(gold.resolve("warta"));
        Files.copy(TestSpark.SAMPLE_GOLD.resolve("kabarnusa/001_d10e833c4129a2ef.tsv"), gold.resolve("kabar/news-01.tsv"));
        Files.copy(TestSpark.SAMPLE_GOLD.resolve("wartaselat/001_5c52048b46da3853.tsv"), gold.resolve("warta/news-01.tsv"));
        EvalJob.Result result = EvalJob.run(spark, options(List.of(pages.toString()), gold.toString(), null, false, null));
        Scores all = result.table().overall("keep_everything");
        assertEquals(2, all.pages());
        long goldBlocks = 0;
        for (String portal : List.of("kabarnusa", "wartaselat")) {
            for (Path f : Files.list(TestSpark.SAMPLE_GOLD.resolve(portal)).filter(f -> f.getFileName().toString().startsWith("001_")).toList()) {
                goldBlocks += Files.readAllLines(f).stream().filter(l -> !l.isBlank()).count();
            }
        }
        assertEquals(goldBlocks, all.blocks(), "each page aligned with its own portal's gold");
    }

    @Test
    void oneGoldFileForTwoPagesOrForNoPageIsAnInputError() throws Exception {
        Path root = tmp.resolve("ambiguous");
        Path pages = twoPortalsSharingAPageName(root);
        Path gold = root.resolve("gold");
        Files.createDirectories(gold);
        Files.copy(TestSpark.SAMPLE_GOLD.resolve("kabarnusa/001_d10e833c4129a2ef.tsv"), gold.resolve("news-01.tsv"));
        JobFailure twoPages = assertThrows(JobFailure.class,
                () -> EvalJob.run(spark, options(List.of(pages.toString()), gold.toString(), null, false, null)));
        assertEquals(JobFailure.INPUT, twoPages.exitCode());
        assertTrue(twoPages.getMessage().contains("gold news-01 matches 2 input pages"), twoPages.getMessage());

        Files.delete(gold.resolve("news-01.tsv"));
        Files.createDirectories(gold.resolve("other"));
        Files.copy(TestSpark.SAMPLE_GOLD.resolve("kabarnusa/001_d10e833c4129a2ef.tsv"), gold.resolve("other/news-01.tsv"));
        JobFailure noPage = assertThrows(JobFailure.class,
                () -> EvalJob.run(spark, options(List.of(pages.toString()), gold.toString(), null, false, null)));
        assertEquals(JobFailure.INPUT, noPage.exitCode());
        assertTrue(noPage.getMessage().contains("have no input page: [other/news-01]"), noPage.getMessage());
    }

    /**
     * A model trained on our own (fictional) pages carries to the two real seed pages: with boosted trees one
     * subheading of 99 blocks is missed there (body F1 0.9831, nav F1 0.9928 when this floor was set).
     */
    @Test
    void aModelTrainedOnlyOnDataSampleCarriesToTheSeedPages() {
        assumeSeeds();
        String model = tmp.resolve("sample-model.json").toString();
        BlockModel trained = TrainJob.run(spark, List.of(TestSpark.SAMPLE_PAGES.toString()), TestSpark.SAMPLE_GOLD.toString(),
                model, ReaderLimits.DEFAULTS, BuildOptions.DEFAULT_GROUP_BYTES, StatisticsSettings.DEFAULTS, null, false);
        EvalJob.Result seeds = EvalJob.run(spark, options(List.of(SEEDS.toString()), SEED_LABELS.toString(), model, false, null));
        Scores s = seeds.table().overall(EvalJob.LEARNED);
        assertEquals(2, s.pages());
        assertEquals(99, s.blocks());
        assertTrue(s.bodyF1() >= 0.98 && s.navF1() >= 0.99, "model " + trained.id() + ": " + seeds.report().get("learned_model_errors"));
    }

    /** Without --model, eval scores the shipped model as build applies it; on the seeds it beats both baselines. */
    @Test
    void theShippedModelOnTheSeedPagesBeatsTheBaselines() {
        assumeSeeds();
        EvalJob.Result seeds = EvalJob.run(spark, options(List.of(SEEDS.toString()), SEED_LABELS.toString(), null, false, null));
        assertTrue(String.valueOf(seeds.report().get("mode")).startsWith("shipped model"), String.valueOf(seeds.report().get("mode")));
        Scores s = seeds.table().overall(EvalJob.LEARNED);
        assertEquals(99, s.blocks());
        for (String baseline : List.of("justext_learned_stoplist", "boilerpipe_article")) {
            assertTrue(s.bodyF1() > seeds.table().overall(baseline).bodyF1(), "shipped model against " + baseline);
        }
        assertTrue(s.bodyF1() >= SHIPPED_SEED_BODY_F1, "body F1 " + s.bodyF1());
    }

    static final double SHIPPED_SEED_BODY_F1 = 0.80;
}
