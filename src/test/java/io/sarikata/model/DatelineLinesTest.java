package io.sarikata.model;

import io.sarikata.segment.Block;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatelineLinesTest {

    @Test
    void aPlaceEndedByADashIsADateline() {
        assertTrue(DatelineLines.isDateline("Tirtamaya -"));
        assertTrue(DatelineLines.isDateline("KOTA MADYAPURA --"));
        assertTrue(DatelineLines.isDateline("Pulau Rangas \u2014"));
        assertTrue(DatelineLines.isDateline("  Sukamaju \u2013  "));
    }

    @Test
    void timestampsSentencesAndBareDashesAreNot() {
        assertFalse(DatelineLines.isDateline("2026-11-05 08:30 -"), "digits: a timestamp");
        assertFalse(DatelineLines.isDateline("Harga cabai naik lagi di pasar pagi ini -"), "more than four words");
        assertFalse(DatelineLines.isDateline("Tirtamaya-"), "no space before the dash");
        assertFalse(DatelineLines.isDateline("-"));
        assertFalse(DatelineLines.isDateline("Tirtamaya ---"), "a rule, not a dash");
        assertFalse(DatelineLines.isDateline("Tirtamaya"));
    }

    @Test
    void aDatelineTakesTheLabelAndScoreOfTheParagraphItOpens() {
        List<LabelledBlock> labelled = List.of(
                labelled(0, "Kamis, 5 November 2026", Label.NAV, 0.01),
                labelled(1, "Tirtamaya -", Label.NAV, 0.05),
                labelled(2, "Harga cabai rawit di pasar induk naik hampir dua kali lipat dalam sepekan.", Label.BODY, 0.97),
                labelled(3, "Sukamaju -", Label.NAV, 0.04),
                labelled(4, "Berita Terkait", Label.NAV, 0.02));
        List<LabelledBlock> joined = DatelineLines.joinToNextParagraph(labelled);
        assertEquals(Label.BODY, joined.get(1).label());
        assertEquals(0.97, joined.get(1).score());
        assertEquals(DatelineLines.REASON, joined.get(1).reason());
        assertEquals(Label.NAV, joined.get(3).label(), "followed by navigation: stays navigation");
        assertEquals(Label.NAV, joined.get(0).label());
    }

    @Test
    void aPageWithoutDatelinesComesBackAsItWas() {
        List<LabelledBlock> labelled = List.of(labelled(0, "Menu", Label.NAV, 0.1), labelled(1, "Isi berita.", Label.BODY, 0.9));
        assertSame(labelled, DatelineLines.joinToNextParagraph(labelled));
    }

    private static LabelledBlock labelled(int index, String text, Label label, double score) {
        return new LabelledBlock(new Block(index, index, index, text, 0), label, score, "block:log_chars");
    }
}
