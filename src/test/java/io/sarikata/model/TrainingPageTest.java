package io.sarikata.model;

import io.sarikata.features.BlockText;
import io.sarikata.features.CorpusStats;
import io.sarikata.features.CountTable;
import io.sarikata.features.FeatureExtractor;
import io.sarikata.features.StatKeys;
import io.sarikata.features.Stoplist;
import io.sarikata.segment.Block;
import io.sarikata.segment.Page;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TrainingPageTest {

    private static final String P = "suara.com";
    private static final String PROSE =
            "Warga yang tinggal di desa itu mengeluh karena harga beras di pasar yang naik lagi.";
    private static final FeatureExtractor EXTRACTOR = new FeatureExtractor(new Stoplist(List.of("yang", "di", "itu")));
    /** "Kontak Kami" on all 6 pages of the portal. */
    private static final CountTable STATS = new CountTable(
            new long[] {StatKeys.textKey(P, BlockText.normalize("Kontak Kami"))}, new int[] {6}, Map.of(P, 6));

    private static Page page(String... texts) {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            blocks.add(new Block(i, i + 1, i + 1, texts[i], Double.NaN));
        }
        return new Page(Page.docId("d/001.txt"), "d/001.txt", P, blocks, "UTF-8", "", 100);
    }

    @Test
    void twoVariantsWithAndWithoutStatistics() {
        Page page = page("Kontak Kami", PROSE, "Harga Cabai Naik");
        List<TrainingPage> variants = TrainingPage.of(page, EXTRACTOR, STATS, null);
        assertEquals(2, variants.size());
        double[][] withStats = EXTRACTOR.extract(page.blocks(), P, STATS);
        double[][] withoutStats = EXTRACTOR.extract(page.blocks(), P, CorpusStats.NONE);
        for (int i = 0; i < 3; i++) {
            assertArrayEquals(withStats[i], variants.get(0).rows()[i]);
            assertArrayEquals(withoutStats[i], variants.get(1).rows()[i]);
        }
        int textRepeat = FeatureExtractor.NAMES.indexOf("text_repeat");
        assertEquals(1.0, variants.get(0).rows()[0][textRepeat]);
        assertEquals(0.0, variants.get(1).rows()[0][textRepeat]);
        for (TrainingPage v : variants) {
            assertEquals(P, v.portal());
        }
        assertArrayEquals(variants.get(0).labels(), variants.get(1).labels(), "both variants carry the same labels");
    }

    @Test
    void weakLabelsWithoutGold() {
        Page page = page("Kontak Kami", PROSE, "Harga Cabai Naik", "\u2022");
        List<TrainingPage> variants = TrainingPage.of(page, EXTRACTOR, STATS, null);
        for (TrainingPage v : variants) {
            assertEquals("weak", v.source());
            assertArrayEquals(new Label[] {Label.NAV, Label.BODY, null, Label.NAV}, v.labels());
            assertTrue(v.hasLabels());
        }
    }

    @Test
    void weakLabelsUseThePortalsPageCount() {
        // The same block on 3 of 3 pages: too small a portal to call it template.
        CountTable small = new CountTable(new long[] {StatKeys.textKey(P, "kontak kami")}, new int[] {3}, Map.of(P, 3));
        TrainingPage v = TrainingPage.of(page("Kontak Kami"), EXTRACTOR, small, null).get(0);
        assertArrayEquals(new Label[] {null}, v.labels());
        assertFalse(v.hasLabels());
    }

    @Test
    void goldLabelsWinOverWeakOnes() {
        Page page = page("Kontak Kami", PROSE, "Harga Cabai Naik");
        GoldPage gold = GoldPage.parse("001", "body\tKontak Kami\nnav\t" + PROSE + "\nbody\tHarga Cabai Naik");
        List<TrainingPage> variants = TrainingPage.of(page, EXTRACTOR, STATS, gold);
        assertEquals(2, variants.size());
        for (TrainingPage v : variants) {
            assertEquals("gold", v.source());
            assertArrayEquals(new Label[] {Label.BODY, Label.NAV, Label.BODY}, v.labels());
            assertTrue(v.hasLabels());
        }
    }

    @Test
    void goldThatDoesNotMatchThePageIsRefused() {
        Page page = page("Kontak Kami", PROSE);
        assertThrows(IllegalArgumentException.class,
                () -> TrainingPage.of(page, EXTRACTOR, STATS, GoldPage.parse("001", "nav\nbody\nbody")));
        assertThrows(IllegalArgumentException.class,
                () -> TrainingPage.of(page, EXTRACTOR, STATS, GoldPage.parse("001", "nav\tBeranda\nbody\t" + PROSE)));
    }

    @Test
    void hasLabels() {
        assertFalse(new TrainingPage(P, new double[2][0], new Label[] {null, null}, "weak").hasLabels());
        assertFalse(new TrainingPage(P, new double[0][0], new Label[0], "weak").hasLabels());
        assertTrue(new TrainingPage(P, new double[2][0], new Label[] {null, Label.NAV}, "weak").hasLabels());
    }
}
