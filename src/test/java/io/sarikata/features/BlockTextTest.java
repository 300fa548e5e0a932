package io.sarikata.features;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BlockTextTest {

    @Test
    void wordsSplitOnAnyWhitespace() {
        assertArrayEquals(new String[] {"Harga", "cabai,", "naik."}, BlockText.words("  Harga \t cabai,\nnaik.  "));
        assertEquals(0, BlockText.words("").length);
        assertEquals(0, BlockText.words("   ").length);
    }

    @Test
    void normalizeFoldsCaseDigitsAndWhitespace() {
        assertEquals("harga rp 00.000 naik", BlockText.normalize("  Harga \tRp 12.500\n\nNAIK  "));
        assertEquals(BlockText.normalize("Edisi 12 Mei 2024"), BlockText.normalize("edisi  30 mei   1999"));
        assertEquals("", BlockText.normalize("   "));
    }

    @Test
    void vocabularyWordKeepsLowerCasedLettersOnly() {
        assertEquals("jakarta", BlockText.vocabularyWord("\u201cJakarta,\u201d"));
        assertEquals("", BlockText.vocabularyWord("2024"));
        assertEquals("ke", BlockText.vocabularyWord("ke-2"));
    }

    @Test
    void colonLabelOfFewWords() {
        assertEquals("baca juga", BlockText.colonLabel("Baca Juga: Harga Cabai Turun"));
        assertEquals("baca juga", BlockText.colonLabel("BACA   JUGA: x"));
        assertEquals("penulis", BlockText.colonLabel("Penulis: Budi"));
        assertEquals("satu dua tiga empat", BlockText.colonLabel("Satu dua tiga empat: sisa"));
        assertEquals("editor", BlockText.colonLabel("Editor:"));
    }

    @Test
    void noColonLabel() {
        assertNull(BlockText.colonLabel("Acara dimulai pukul 10:30 WIB."), "a time is not a label");
        assertNull(BlockText.colonLabel("Satu dua tiga empat lima: sisa"), "more than four words before the colon");
        assertNull(BlockText.colonLabel("Tanpa titik dua sama sekali"));
        assertNull(BlockText.colonLabel(": awal"));
        assertNull(BlockText.colonLabel("2024: tahun politik"), "must start with a letter");
    }

    @Test
    void endsSentence() {
        assertTrue(BlockText.endsSentence("Harga cabai naik."));
        assertTrue(BlockText.endsSentence("Benarkah harga naik?"));
        assertTrue(BlockText.endsSentence("Naik lagi!"));
        assertTrue(BlockText.endsSentence("Dan seterusnya\u2026"));
        assertTrue(BlockText.endsSentence("Ia berkata, \u201cHarga naik.\u201d"));
        assertTrue(BlockText.endsSentence("Ia berkata, \"Harga naik.\"  "));
        assertTrue(BlockText.endsSentence("(Harga naik.)"));
        assertFalse(BlockText.endsSentence("Harga Cabai Naik"));
        assertFalse(BlockText.endsSentence("Ia berkata, \u201cHarga naik\u201d"));
        assertFalse(BlockText.endsSentence(""));
        assertFalse(BlockText.endsSentence("\u201d"));
    }

    @Test
    void fullStopVersusQuestionOrExclamation() {
        assertTrue(BlockText.endsWithFullStop("Harga naik."));
        assertTrue(BlockText.endsWithFullStop("Ia berkata, \u201cnaik.\u201d"));
        assertFalse(BlockText.endsWithFullStop("Harga naik?"));
        assertTrue(BlockText.endsWithQuestionOrExclamation("Harga naik?"));
        assertTrue(BlockText.endsWithQuestionOrExclamation("\u201cNaik!\u201d"));
        assertFalse(BlockText.endsWithQuestionOrExclamation("Harga naik."));
    }

    @Test
    void listMarkers() {
        for (String marker : List.of("-", "\u2022", "*", "\u2013", "\u00b7", "1.", "2)", "12.", "123)")) {
            assertTrue(BlockText.isListMarker(marker), marker);
        }
        for (String other : List.of("1", "1234.", "a.", "--", "-a", "Beranda", "1.2")) {
            assertFalse(BlockText.isListMarker(other), other);
        }
    }

    @Test
    void menuSeparatorsCountStandaloneSeparators() {
        assertEquals(2, BlockText.menuSeparators("Beranda \u203a Metro \u203a Hukum"));
        assertEquals(3, BlockText.menuSeparators("Bola | Otomotif | Tekno | Video"));
        assertEquals(0, BlockText.menuSeparators("Harga 1/2 kilo naik"), "a slash inside a token is not a separator");
        assertEquals(0, BlockText.menuSeparators(""));
    }

    @Test
    void shapesOfTemplateBlocks() {
        assertEquals(List.of("lead:-"), BlockText.shapes("- Harga cabai naik"));
        assertEquals(List.of("lead:\u2022"), BlockText.shapes("\u2022 Harga cabai naik"));
        assertEquals(List.of("lead:#"), BlockText.shapes("1. Harga cabai naik"));
        assertEquals(List.of("lead:#"), BlockText.shapes("2) Harga cabai naik"));
        assertEquals(List.of("label:baca juga"), BlockText.shapes("Baca Juga: Harga Cabai Turun"));
        assertEquals(List.of("menu"), BlockText.shapes("Beranda \u203a Metro \u203a Hukum"));
        assertEquals(List.of("lead:-"), BlockText.shapes("-"));
        assertEquals(List.of("lead:-", "menu"), BlockText.shapes("- Bola | Tekno | Video"));
        assertEquals(List.of("lead:|", "menu"), BlockText.shapes("| Bola | Tekno"));
    }

    @Test
    void ordinaryProseHasNoShape() {
        assertEquals(List.of(), BlockText.shapes("Harga cabai naik di pasar pagi ini."));
        assertEquals(List.of(), BlockText.shapes("Beranda | Berita"), "one separator is not a menu");
        assertEquals(List.of(), BlockText.shapes("Acara dimulai pukul 10:30 WIB."));
        assertEquals(List.of(), BlockText.shapes(""));
    }

    @Test
    void hasLetterOrDigit() {
        assertTrue(BlockText.hasLetterOrDigit("- a"));
        assertTrue(BlockText.hasLetterOrDigit("\u2022 7"));
        assertFalse(BlockText.hasLetterOrDigit("- \u2022 | \u203a"));
        assertFalse(BlockText.hasLetterOrDigit(""));
    }
}
