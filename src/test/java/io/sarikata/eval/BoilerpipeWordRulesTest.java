package io.sarikata.eval;

import io.sarikata.model.Label;
import io.sarikata.segment.Block;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BoilerpipeWordRulesTest {

    private static String words(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(i == 0 ? "" : " ").append("kata");
        }
        return sb.toString();
    }

    @Test
    void linkDenseBlocksAreNeverContent() {
        assertFalse(BoilerpipeWordRules.content(100, 0.34, 100, 0, 100));
        assertTrue(BoilerpipeWordRules.content(100, 0.333333, 0, 0, 0), "the threshold itself still passes");
    }

    @Test
    void afterALightPreviousBlockShortBlocksNeedSupport() {
        assertTrue(BoilerpipeWordRules.content(17, 0, 0, 0, 0), "over 16 words is content");
        assertFalse(BoilerpipeWordRules.content(16, 0, 4, 0, 15), "neither neighbour long enough");
        assertTrue(BoilerpipeWordRules.content(16, 0, 4, 0, 16), "next block over 15 words");
        assertTrue(BoilerpipeWordRules.content(3, 0, 5, 0, 0), "previous block over 4 words");
        assertTrue(BoilerpipeWordRules.content(3, 0.2, 5, 0.555556, 0), "previous link density at the limit is light");
    }

    @Test
    void afterALinkDensePreviousBlockOnlyLongRunsCount() {
        assertTrue(BoilerpipeWordRules.content(41, 0, 0, 0.6, 0));
        assertFalse(BoilerpipeWordRules.content(40, 0, 100, 0.6, 17));
        assertTrue(BoilerpipeWordRules.content(40, 0, 0, 0.6, 18));
        assertFalse(BoilerpipeWordRules.content(20, 0, 100, 0.6, 0), "20 words would pass after a light block");
    }

    @Test
    void classifyUsesNeighboursAndTreatsUnknownLinksAsNone() {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block(0, 1, 1, words(3), Double.NaN));      // prev 0 words, next 20 words -> body
        blocks.add(new Block(1, 2, 2, words(20), Double.NaN));     // > 16 words -> body
        blocks.add(new Block(2, 3, 3, words(5), 0.9));             // link dense -> nav
        blocks.add(new Block(3, 4, 4, words(20), Double.NaN));     // after link dense, 20 <= 40 and next 2 -> nav
        blocks.add(new Block(4, 5, 5, words(2), Double.NaN));      // prev 20 words -> body
        blocks.add(new Block(5, 6, 6, words(2), Double.NaN));      // prev 2 words, no next -> nav
        assertArrayEquals(new Label[] {Label.BODY, Label.BODY, Label.NAV, Label.NAV, Label.BODY, Label.NAV},
                new BoilerpipeWordRules().classify(blocks, "p"));
    }

    @Test
    void nameAndEmptyPage() {
        assertEquals("boilerpipe_word_rules", new BoilerpipeWordRules().name());
        assertEquals(0, new BoilerpipeWordRules().classify(List.of(), "p").length);
    }
}
