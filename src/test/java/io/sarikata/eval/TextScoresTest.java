package io.sarikata.eval;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextScoresTest {

    private static TextScores scores() {
        TextScores s = new TextScores();
        s.add(new TextScores.Page("a.com/1", "/in/a.com/1.html", "d1", new ShingleScore.Counts(3, 1, 0)));
        s.add(new TextScores.Page("a.com/2", "/in/a.com/2.html", "d2", new ShingleScore.Counts(0, 0, 4)));
        s.add(new TextScores.Page("b.org/1", null, null, new ShingleScore.Counts(0, 0, 2)));
        s.add(new TextScores.Page("top", "/in/top.html", "d4", new ShingleScore.Counts(1, 0, 1)));
        return s;
    }

    @Test
    void groupsBySiteFolderAndCountsEmptyAndMissingPages() {
        TextScores s = scores();
        assertEquals(List.of("(root)", "a.com", "b.org"), List.copyOf(s.bySite().keySet()));
        TextScores.Group a = s.bySite().get("a.com");
        assertEquals(2, a.mean().pages());
        assertEquals(1, a.empty());
        assertEquals(0, a.noDocument());
        assertEquals(0.75, a.mean().precision(), 1e-12);
        assertEquals(0.5, a.mean().recall(), 1e-12);
        TextScores.Group overall = s.overall();
        assertEquals(1, overall.empty(), "a page without a document is not an empty document");
        assertEquals(1, overall.noDocument());
        assertEquals(2, overall.mean().emptyPages(), "both extracted nothing of a gold article");
        assertEquals((0.75 + 1) / 2, overall.mean().precision(), 1e-12);
        assertEquals((1 + 0 + 0 + 0.5) / 4, overall.mean().recall(), 1e-12);
    }

    @Test
    void worstPagesComeLowestF1FirstAndTheTableShowsThem() {
        TextScores s = scores();
        // Both F1 0 and recall 0: the page that lost more gold comes first.
        assertEquals(List.of("a.com/2", "b.org/1", "top"), s.worst(3).stream().map(TextScores.Page::key).toList());
        TextScores more = scores();
        more.add(new TextScores.Page("c.net/1", "/in/c.net/1.html", "d5", new ShingleScore.Counts(0, 3, 9)));
        assertEquals(List.of("c.net/1", "a.com/2"), more.worst(2).stream().map(TextScores.Page::key).toList());
        String table = s.format(true, 2);
        assertTrue(table.contains("a.com "), table);
        assertTrue(table.lines().anyMatch(l -> l.startsWith("overall ") && l.contains("0.8750") && l.contains("0.3750")), table);
        assertTrue(table.contains("(no document)"), table);
        assertTrue(!s.format(false, 0).contains("a.com"));
    }

    @Test
    void theReportWritesNaNAsNull() {
        Map<String, Object> m = scores().toMap();
        List<?> pages = (List<?>) m.get("pages");
        assertNull(((Map<?, ?>) pages.get(1)).get("precision"));
        assertEquals(0.0, ((Map<?, ?>) pages.get(1)).get("recall"));
        assertEquals(4, ((Map<?, ?>) m.get("overall")).get("pages"));
    }
}
