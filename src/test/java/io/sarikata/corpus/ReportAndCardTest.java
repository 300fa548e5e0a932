package io.sarikata.corpus;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportAndCardTest {

    @TempDir
    Path dir;

    static CorpusSummary summary() {
        Map<String, Long> pages = new TreeMap<>(Map.of("kabarkota.com", 120L, "beritawarga.id", 80L, "<script>x", 3L));
        Map<String, Double> share = new TreeMap<>(Map.of("kabarkota.com", 0.41, "beritawarga.id", 0.33, "<script>x", 0.1));
        long[] scores = {500, 120, 60, 40, 30, 20, 15, 12, 10, 10, 10, 12, 14, 18, 25, 40, 60, 90, 150, 400};
        Map<String, Long> blocksPerPage = new LinkedHashMap<>();
        blocksPerPage.put("1-5", 3L);
        blocksPerPage.put("6-10", 20L);
        blocksPerPage.put("11-20", 110L);
        blocksPerPage.put("21-40", 70L);
        Map<String, Map<String, Long>> byPortal = new TreeMap<>(Map.of("kabarkota.com", Map.of("id", 118L, "en", 2L),
                "beritawarga.id", Map.of("id", 70L, "jv", 10L)));
        return new CorpusSummary("20261203T120000Z", "2026-12-03T12:00:00Z", List.of("/data/dumps"), "m-123",
                "shipped model", 205, 203, 2, Map.of("body", 1200L, "nav", 2400L), Map.of("empty", 2L), pages, share,
                scores, blocksPerPage, new TreeMap<>(Map.of("id", 188L, "jv", 10L, "en", 2L, "other", 3L)), byPortal,
                new TreeMap<>(Map.of(2L, 12L, 3L, 4L, 7L, 1L)), 0.7, 5, new CorpusSummary.DateRange("2021-08-16",
                "2024-03-04", 150), Map.of("documents", List.<String[]>of(new String[] {"doc_id", "string"})));
    }

    @Test
    void cardSaysWhatWasBuiltAndHowToReadIt() {
        String card = DatasetCard.render(summary());
        for (String expected : List.of("# Sarikata corpus snapshot 20261203T120000Z", "| documents | 203 (5 with an empty body) |",
                "17 holding 43 documents; 177 documents when each cluster keeps its representative",
                "| kabarkota.com | 120 | 0.41 |", "read_parquet('documents/**/*.parquet'", "pd.read_parquet",
                "spark.read.parquet", "## Caveats", "`doc_id` string", "2021-08-16 to 2024-03-04")) {
            assertTrue(card.contains(expected), expected + " in\n" + card);
        }
    }

    @Test
    void reportIsOnePageWithoutAnythingFetchedAndEscapesNames() {
        String html = HtmlReport.render(summary());
        assertFalse(html.contains("<script"), "portal names are escaped, and the page has no script");
        assertTrue(html.contains("&lt;script&gt;x"));
        assertFalse(html.contains("http://") && html.replace("http://www.w3.org/2000/svg", "").contains("http://"),
                "nothing fetched");
        assertFalse(html.contains("https://"));
        assertTrue(html.split("<svg", -1).length - 1 >= 6, "six charts");
    }

    /** A real browser renders the report: the screenshot shows the charts' bars, not a blank page. */
    @Test
    void chromiumRendersTheCharts() throws Exception {
        String browser = HeadlessChromium.find();
        if (browser == null) {
            System.out.println("SKIPPED chromiumRendersTheCharts: no chromium on this machine (apt-get install chromium)");
        }
        Assumptions.assumeTrue(browser != null, "no chromium on this machine");
        Path html = dir.resolve("report.html");
        Files.writeString(html, HtmlReport.render(summary()));
        BufferedImage shot = HeadlessChromium.screenshot(browser, html, dir, 1400);
        double ink = HeadlessChromium.inkShare(shot);
        double bars = HeadlessChromium.colourShare(shot, 0x2b6cb0);
        System.out.printf("report screenshot: %d colours, %.3f ink, %.4f first-bar colour%n",
                HeadlessChromium.colours(shot), ink, bars);
        assertTrue(HeadlessChromium.colours(shot) > 20, "more than a blank page");
        assertTrue(ink > 0.05, "ink " + ink);
        assertTrue(bars > 0.002, "bars drawn: " + bars);
    }
}
