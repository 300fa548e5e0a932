package io.sarikata.eval;

import io.sarikata.model.Label;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.sarikata.eval.ScoresTest.blocks;
import static io.sarikata.model.Label.BODY;
import static io.sarikata.model.Label.NAV;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EvalTableTest {

    private static final double EPS = 1e-12;

    /** Two portals, two classifiers: on a.com "model" finds 1 of 1 body block, on b.com 1 of 3 and one false body. */
    private static EvalTable table() {
        EvalTable t = new EvalTable();
        t.scores("b.com", "model").add(blocks("p", "q", "r", "s"), new Label[] {BODY, BODY, BODY, NAV},
                new Label[] {BODY, NAV, NAV, BODY});
        t.scores("b.com", "keep").add(blocks("p", "q", "r", "s"), new Label[] {BODY, BODY, BODY, NAV},
                new Label[] {BODY, BODY, BODY, BODY});
        t.scores("a.com", "model").add(blocks("x", "y"), new Label[] {BODY, NAV}, new Label[] {BODY, NAV});
        t.scores("a.com", "keep").add(blocks("x", "y"), new Label[] {BODY, NAV}, new Label[] {BODY, BODY});
        return t;
    }

    @Test
    void scoresAreKeptPerPortalAndClassifier() {
        EvalTable t = new EvalTable();
        Scores s = t.scores("a.com", "model");
        assertSame(s, t.scores("a.com", "model"));
        assertTrue(s != t.scores("a.com", "keep") && s != t.scores("b.com", "model"));
    }

    @Test
    void portalsSortedClassifiersInOrderOfFirstUse() {
        EvalTable t = table();
        assertEquals(List.of("a.com", "b.com"), t.portals());
        assertEquals(List.of("model", "keep"), t.classifiers());
    }

    @Test
    void overallPoolsBlocksOfAllPortals() {
        Scores overall = table().overall("model");
        assertEquals(2, overall.pages());
        assertEquals(6, overall.blocks());
        // pooled: body as body 2, nav as body 1, body as nav 2 -> P 2/3, R 2/4 (not the mean of 1.0 and 0.5 / 1.0 and 1/3)
        assertEquals(2 / 3.0, overall.bodyPrecision(), EPS);
        assertEquals(0.5, overall.bodyRecall(), EPS);
        assertEquals(0, new EvalTable().overall("model").pages());
    }

    @Test
    void formatHasAHeaderAndOneRowPerPortalAndClassifierPlusOverall() {
        String[] lines = table().format().split("\\R");
        assertEquals(1 + 2 * 2 + 2, lines.length);
        assertTrue(lines[0].startsWith("portal"), lines[0]);
        for (String column : List.of("classifier", "pages", "blocks", "body_P", "body_R", "body_F1", "nav_F1", "tok_F1")) {
            assertTrue(lines[0].contains(column), column);
        }
        String[][] expected = {{"a.com", "model"}, {"a.com", "keep"}, {"b.com", "model"}, {"b.com", "keep"},
                {"overall", "model"}, {"overall", "keep"}};
        for (int i = 0; i < expected.length; i++) {
            String[] cells = lines[i + 1].trim().split("\\s+");
            assertEquals(9, cells.length, lines[i + 1]);
            assertEquals(expected[i][0], cells[0]);
            assertEquals(expected[i][1], cells[1]);
        }
        String[] overallModel = lines[5].trim().split("\\s+");
        assertEquals("2", overallModel[2]);
        assertEquals("6", overallModel[3]);
        assertEquals(String.format("%.4f", 2 / 3.0), overallModel[4]);
        assertEquals(String.format("%.4f", 0.5), overallModel[5]);
    }

    @Test
    void formatSkipsClassifiersAPortalDidNotRun() {
        EvalTable t = new EvalTable();
        t.scores("a.com", "model").add(blocks("x"), new Label[] {BODY}, new Label[] {BODY});
        t.scores("b.com", "keep").add(blocks("x"), new Label[] {BODY}, new Label[] {BODY});
        assertEquals(1 + 2 + 2, t.format().split("\\R").length);
    }

    @Test
    void toMapHasPortalsAndOverall() {
        Map<String, Object> m = table().toMap();
        assertEquals(List.of("a.com", "b.com", "overall"), List.copyOf(m.keySet()));
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> overall = (Map<String, Map<String, Object>>) m.get("overall");
        assertEquals(List.of("model", "keep"), List.copyOf(overall.keySet()));
        assertEquals(6L, overall.get("model").get("blocks"));
    }
}
