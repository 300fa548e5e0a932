package io.sarikata.features;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GlyphCountsTest {

    @Test
    void proseHasSentenceEndsAndFewSymbols() {
        GlyphCounts g = GlyphCounts.of("Hujan turun sejak pagi. Warga menunggu di halte! Kapan reda?");
        assertEquals(3, g.sentenceEnds());
        assertEquals(0, g.symbols());
        assertEquals(0, g.numberJoins());
        assertFalse(g.bracketed());
        assertEquals(3, g.upperLetters());
    }

    @Test
    void creditsAndCaptionsAreBracketedWithSymbols() {
        GlyphCounts credit = GlyphCounts.of("(Foto: Rina/Kabar)");
        assertTrue(credit.bracketed());
        assertEquals(4, credit.symbols(), "( : / )");
        assertTrue(GlyphCounts.of("Pemandangan kota saat senja (dok. pribadi)").bracketed());
        assertEquals(1, GlyphCounts.of("\u00a9 2026 Kabar Nusa").symbols());
    }

    @Test
    void datesTimesAndScoresJoinNumbers() {
        assertEquals(2, GlyphCounts.of("Senin, 16/8/2021").numberJoins());
        assertEquals(1, GlyphCounts.of("pukul 14:30 WIB").numberJoins());
        assertEquals(1, GlyphCounts.of("skor akhir 2-1").numberJoins());
        assertEquals(1, GlyphCounts.of("naik 3.5 persen").numberJoins());
        assertEquals(0, GlyphCounts.of("Jakarta - Hujan").numberJoins());
        assertEquals(0, GlyphCounts.of("rp. 5.").numberJoins(), "a full stop after a number ends a sentence");
    }

    @Test
    void abbreviationsInsideAWordAreNoSentenceEnd() {
        assertEquals(1, GlyphCounts.of("Lihat www.contoh.id untuk detail.").sentenceEnds());
    }

    @Test
    void unspacedScriptsCountTwoLettersAWord() {
        GlyphCounts chinese = GlyphCounts.of("\u4eca\u5929\u5929\u6c14\u5f88\u597d\u3002");
        assertEquals(6, chinese.unspacedLetters());
        assertEquals(1, chinese.sentenceEnds());
        assertEquals(3, chinese.wordEstimate(1));
        assertEquals(5, GlyphCounts.of("lima kata di sini ya").wordEstimate(5));
    }
}
