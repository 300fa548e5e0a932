package io.sarikata.eval;

import io.sarikata.model.Label;
import io.sarikata.segment.Block;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.sarikata.model.Label.BODY;
import static io.sarikata.model.Label.NAV;
import static org.junit.jupiter.api.Assertions.assertEquals;

class ScoresTest {

    private static final double EPS = 1e-12;

    static List<Block> blocks(String... texts) {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            blocks.add(new Block(i, i + 1, i + 1, texts[i], Double.NaN));
        }
        return blocks;
    }

    @Test
    void confusionCountsGivePrecisionRecallAndF1() {
        Scores s = new Scores();
        // gold body: 3 blocks, one found; gold nav: 1 block, kept as nav.
        s.add(blocks("a", "b", "c", "d"), new Label[] {BODY, BODY, BODY, NAV}, new Label[] {BODY, NAV, NAV, NAV});
        assertEquals(4, s.blocks());
        assertEquals(1, s.pages());
        assertEquals(1.0, s.bodyPrecision(), EPS);
        assertEquals(1 / 3.0, s.bodyRecall(), EPS);
        assertEquals(0.5, s.bodyF1(), EPS);
        assertEquals(1 / 3.0, s.navPrecision(), EPS);
        assertEquals(1.0, s.navRecall(), EPS);
        assertEquals(0.5, s.navF1(), EPS);
    }

    @Test
    void falseBodyLowersBodyPrecisionAndNavRecall() {
        Scores s = new Scores();
        s.add(blocks("a", "b", "c", "d", "e"), new Label[] {BODY, NAV, NAV, NAV, NAV},
                new Label[] {BODY, BODY, BODY, NAV, NAV});
        assertEquals(1 / 3.0, s.bodyPrecision(), EPS);
        assertEquals(1.0, s.bodyRecall(), EPS);
        assertEquals(1.0, s.navPrecision(), EPS);
        assertEquals(0.5, s.navRecall(), EPS);
        assertEquals(2 * (1 / 3.0) / (4 / 3.0), s.bodyF1(), EPS);
    }

    @Test
    void tokenF1OfMultisetOverlap() {
        Scores s = new Scores();
        // gold body tokens {harga:2, naik:1}; predicted body tokens {harga:3, naik:1, beranda:1}; overlap 3.
        s.add(blocks("Harga naik harga", "Beranda HARGA"), new Label[] {BODY, NAV}, new Label[] {BODY, BODY});
        double precision = 3 / 5.0;
        double recall = 3 / 3.0;
        assertEquals(2 * precision * recall / (precision + recall), s.pageTokenF1(), EPS);
    }

    @Test
    void tokenF1CountsRepeatsOnlyUpToTheGoldCount() {
        assertEquals(2 * 0.5 * 1 / 1.5, Scores.tokenF1(Map.of("kata", 1), Map.of("kata", 2)), EPS);
        assertEquals(1.0, Scores.tokenF1(Map.of("a", 2, "b", 1), Map.of("b", 1, "a", 2)), EPS);
        assertEquals(0.0, Scores.tokenF1(Map.of("a", 1), Map.of("b", 1)), EPS);
    }

    @Test
    void emptyAgainstEmptyIsPerfect() {
        assertEquals(1.0, Scores.tokenF1(Map.of(), Map.of()));
        Scores s = new Scores();
        s.add(blocks("Beranda", "Kontak"), new Label[] {NAV, NAV}, new Label[] {NAV, NAV});
        assertEquals(1.0, s.pageTokenF1());
        assertEquals(1.0, s.bodyPrecision(), "nothing predicted body, nothing wrongly");
        assertEquals(1.0, s.bodyRecall());
        assertEquals(1.0, s.navF1());
    }

    @Test
    void emptyAgainstSomethingIsZero() {
        assertEquals(0.0, Scores.tokenF1(Map.of("a", 1), Map.of()));
        assertEquals(0.0, Scores.tokenF1(Map.of(), Map.of("a", 1)));
    }

    @Test
    void pageTokenF1IsTheMeanOverPages() {
        Scores s = new Scores();
        assertEquals(0.0, s.pageTokenF1(), "no pages");
        s.add(blocks("satu dua"), new Label[] {BODY}, new Label[] {BODY});      // 1.0
        s.add(blocks("satu dua"), new Label[] {BODY}, new Label[] {NAV});       // 0.0
        s.add(blocks("satu", "dua"), new Label[] {BODY, NAV}, new Label[] {BODY, BODY}); // P 1/2, R 1 -> 2/3
        assertEquals((1.0 + 0.0 + 2 / 3.0) / 3, s.pageTokenF1(), EPS);
        assertEquals(3, s.pages());
        assertEquals(4, s.blocks());
    }

    @Test
    void addAllPoolsCountsAndPages() {
        Scores a = new Scores();
        a.add(blocks("x", "y"), new Label[] {BODY, NAV}, new Label[] {BODY, BODY});
        Scores b = new Scores();
        b.add(blocks("x", "y", "z"), new Label[] {BODY, BODY, NAV}, new Label[] {NAV, BODY, NAV});
        Scores all = new Scores();
        all.addAll(a);
        all.addAll(b);
        assertEquals(2, all.pages());
        assertEquals(5, all.blocks());
        // body as body 2, nav as body 1, body as nav 1
        assertEquals(2 / 3.0, all.bodyPrecision(), EPS);
        assertEquals(2 / 3.0, all.bodyRecall(), EPS);
        assertEquals((a.pageTokenF1() + b.pageTokenF1()) / 2, all.pageTokenF1(), EPS);
    }

    @Test
    void toMapHasEveryMeasure() {
        Scores s = new Scores();
        s.add(blocks("a", "b"), new Label[] {BODY, NAV}, new Label[] {BODY, NAV});
        Map<String, Object> m = s.toMap();
        assertEquals(List.of("pages", "blocks", "gold_body_blocks", "predicted_body_blocks", "body_as_body", "body_as_nav",
                "nav_as_body", "nav_as_nav", "body_precision", "body_recall", "body_f1", "nav_precision", "nav_recall",
                "nav_f1", "page_token_f1"), List.copyOf(m.keySet()));
        assertEquals(1, m.get("pages"));
        assertEquals(2L, m.get("blocks"));
        assertEquals(1.0, m.get("body_f1"));
    }

    @Test
    void onePagesScoresWithItsBlockCounts() {
        Scores s = new Scores();
        s.add(blocks("harga naik", "pedagang mengeluh", "beranda", "baca juga"), new Label[] {BODY, BODY, NAV, NAV},
                new Label[] {BODY, NAV, BODY, NAV});
        Map<String, Object> page = s.toPageMap();
        assertEquals(4L, page.get("blocks"));
        assertEquals(2L, page.get("gold_body_blocks"));
        assertEquals(2L, page.get("predicted_body_blocks"));
        assertEquals(1L, page.get("body_as_body"));
        assertEquals(1L, page.get("body_as_nav"));
        assertEquals(1L, page.get("nav_as_body"));
        assertEquals(1L, page.get("nav_as_nav"));
        assertEquals(0.5, (double) page.get("body_precision"), EPS);
        assertEquals(0.5, (double) page.get("body_recall"), EPS);
        assertEquals(0.5, (double) page.get("body_f1"), EPS);
        assertEquals(0.5, (double) page.get("nav_f1"), EPS);
        // gold body tokens {harga, naik, pedagang, mengeluh}, predicted {harga, naik, beranda}: P 2/3, R 1/2.
        assertEquals(2 * (2 / 3.0) * 0.5 / (2 / 3.0 + 0.5), (double) page.get("token_f1"), EPS);
        assertEquals(false, page.containsKey("pages"));
    }
}
