package io.sarikata.model;

import io.sarikata.segment.Block;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class GoldPageTest {

    private static List<Block> blocks(String... texts) {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            blocks.add(new Block(i, i + 1, i + 1, texts[i], Double.NaN));
        }
        return blocks;
    }

    @Test
    void parsesLabelsAndTexts() {
        GoldPage gold = GoldPage.parse("001", "nav\tBeranda\nbody\tHarga cabai naik.\n\nBODY\t  Pedagang mengeluh.  \n");
        assertEquals("001", gold.name());
        assertEquals(List.of(Label.NAV, Label.BODY, Label.BODY), gold.labels());
        assertEquals(List.of("Beranda", "Harga cabai naik.", "Pedagang mengeluh."), gold.texts());
    }

    @Test
    void windowsLineEndings() {
        GoldPage gold = GoldPage.parse("001", "nav\tBeranda\r\nbody\tIsi.\r\n");
        assertEquals(List.of(Label.NAV, Label.BODY), gold.labels());
        assertEquals(List.of("Beranda", "Isi."), gold.texts());
    }

    @Test
    void onlyTheFirstTabSeparates() {
        assertEquals(List.of("Nama\tNilai"), GoldPage.parse("g", "body\tNama\tNilai").texts());
    }

    @Test
    void bareLabelsCarryNoText() {
        GoldPage gold = GoldPage.parse("002", "nav\nbody\n  \nnav");
        assertEquals(List.of(Label.NAV, Label.BODY, Label.NAV), gold.labels());
        assertEquals(Arrays.asList(null, null, null), gold.texts());
        assertArrayEquals(new Label[] {Label.NAV, Label.BODY, Label.NAV},
                gold.alignTo(blocks("apa saja", "teks lain", "dan lagi")));
    }

    @Test
    void badLabelNamesTheFileAndLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GoldPage.parse("003", "nav\tBeranda\n\nisi\tHarga naik."));
        assertEquals("003 line 3: expected body|nav<TAB>text: label must be body or nav, got 'isi'", e.getMessage());
        IllegalArgumentException bare = assertThrows(IllegalArgumentException.class, () -> GoldPage.parse("004", "body\nnavigasi"));
        assertEquals("004 line 2: expected body|nav<TAB>text: label must be body or nav, got 'navigasi'", bare.getMessage());
    }

    @Test
    void alignToGivesTheLabelsOfMatchingBlocks() {
        GoldPage gold = GoldPage.parse("005", "nav\tBeranda\nbody\tHarga cabai naik.");
        assertArrayEquals(new Label[] {Label.NAV, Label.BODY}, gold.alignTo(blocks("Beranda", "Harga cabai naik.")));
    }

    @Test
    void alignToRefusesAnotherNumberOfBlocks() {
        GoldPage gold = GoldPage.parse("006", "nav\tBeranda\nbody\tIsi.");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> gold.alignTo(blocks("Beranda", "Isi.", "Kontak")));
        assertEquals("gold 006 has 2 rows but the page has 3 blocks", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> GoldPage.parse("b", "nav\nbody").alignTo(blocks("satu")));
    }

    @Test
    void alignToRefusesOtherText() {
        GoldPage gold = GoldPage.parse("007", "nav\tBeranda\nbody\tHarga cabai naik.");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> gold.alignTo(blocks("Beranda", "Harga cabai turun.")));
        assertEquals("gold 007 row 2 is 'Harga cabai naik.' but block 2 of the page is 'Harga cabai turun.'", e.getMessage());
    }

    @Test
    void stemOf() {
        assertEquals("004_ab", GoldPage.stemOf("/a/b/004_ab.txt.gz"));
        assertEquals("009_cd", GoldPage.stemOf("x.tgz!dir/009_cd.txt"));
        assertEquals("010_ef", GoldPage.stemOf("arsip.tar!010_ef.html"));
        assertEquals("polos", GoldPage.stemOf("polos"));
        assertEquals("011", GoldPage.stemOf("d.e/011"));
    }
}
