package io.sarikata.model;

import io.sarikata.features.BlockText;
import io.sarikata.features.CorpusStats;
import io.sarikata.features.CountTable;
import io.sarikata.features.FeatureExtractor;
import io.sarikata.features.StatKeys;
import io.sarikata.features.Stoplist;
import io.sarikata.segment.Block;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class WeakLabelerTest {

    private static final String P = "suara.com";
    /** 15 words, 5 of them stopwords, ends with a full stop. */
    private static final String PROSE =
            "Warga yang tinggal di desa itu mengeluh karena harga beras di pasar yang naik lagi.";
    private static final FeatureExtractor EXTRACTOR = new FeatureExtractor(new Stoplist(List.of("yang", "di", "itu")));

    /** The weak label of one block, from a real feature row between two neutral neighbours. */
    private static Label weak(Block block, CorpusStats stats) {
        List<Block> page = List.of(new Block(0, 1, 1, "Pembuka", Double.NaN),
                new Block(1, 2, 2, block.text(), block.linkRatio(), block.headingLevel()),
                new Block(2, 3, 3, "Penutup", Double.NaN));
        double[][] rows = EXTRACTOR.extract(page, P, stats);
        return WeakLabeler.label(rows[1], stats.portalPages(P));
    }

    private static Label weak(String text, CorpusStats stats) {
        return weak(new Block(0, 1, 1, text, Double.NaN), stats);
    }

    private static Label weak(String text, double linkRatio) {
        return weak(new Block(0, 1, 1, text, linkRatio), CorpusStats.NONE);
    }

    private static CountTable texts(String text, int pagesWithIt, int portalPages) {
        return new CountTable(new long[] {StatKeys.textKey(P, BlockText.normalize(text))}, new int[] {pagesWithIt},
                Map.of(P, portalPages));
    }

    private static CountTable shape(String shape, int pagesWithIt, int portalPages) {
        return new CountTable(new long[] {StatKeys.shapeKey(P, shape)}, new int[] {pagesWithIt}, Map.of(P, portalPages));
    }

    private static String words(int n, String first) {
        StringBuilder sb = new StringBuilder(first);
        String[] filler = {"yang", "warga", "di", "desa", "itu", "mengeluh"};
        for (int i = 1; i < n; i++) {
            sb.append(' ').append(filler[i % filler.length]);
        }
        return sb.append('.').toString();
    }

    @Test
    void loneMarkerIsNav() {
        assertEquals(Label.NAV, weak("\u2022", CorpusStats.NONE));
        assertEquals(Label.NAV, weak("-", CorpusStats.NONE));
        assertEquals(Label.NAV, weak("| \u203a |", CorpusStats.NONE));
    }

    @Test
    void linkDominatedIsNav() {
        assertEquals(Label.NAV, weak("Harga Cabai Naik", 0.8));
        assertEquals(Label.NAV, weak("Harga Cabai Naik", 1.0));
        assertEquals(Label.NAV, weak(PROSE, 0.9), "links win over prose");
        assertNull(weak("Harga Cabai Naik", 0.79));
    }

    @Test
    void repeatedBlockIsNavOnceThePortalHasFourPages() {
        assertEquals(Label.NAV, weak("Kontak Kami", texts("Kontak Kami", 4, 4)));
        assertEquals(Label.NAV, weak("Kontak Kami", texts("kontak kami", 6, 10)), "on 6 of 10 pages");
    }

    @Test
    void repeatedBlockOfASmallPortalIsNotJudged() {
        assertNull(weak("Kontak Kami", texts("Kontak Kami", 3, 3)));
    }

    @Test
    void blockOnFewPagesIsNotTemplate() {
        assertNull(weak("Kontak Kami", texts("Kontak Kami", 5, 10)), "on 5 of 10 pages: 4 of 9 others");
    }

    @Test
    void repeatedShapeIsNavForShortBlocks() {
        String related = "Baca Juga: Harga Cabai Naik Tajam";
        assertEquals(Label.NAV, weak(related, shape("label:baca juga", 4, 5)));
        assertEquals(Label.NAV, weak("- Kebijakan Baru", shape("lead:-", 4, 11)), "on 4 of 11 pages: 3 of 10 others");
        assertNull(weak("- Kebijakan Baru", shape("lead:-", 3, 11)), "2 of 10 others is below the shape threshold");
        assertNull(weak(related, shape("label:baca juga", 3, 3)), "too few portal pages");
    }

    @Test
    void repeatedShapeDoesNotTouchLongBlocks() {
        String at25 = words(25, "Catatan:");
        assertEquals(25, BlockText.words(at25).length);
        assertEquals(Label.NAV, weak(at25, shape("label:catatan", 5, 5)));
        String at26 = words(26, "Catatan:");
        assertEquals(26, BlockText.words(at26).length);
        assertEquals(Label.BODY, weak(at26, shape("label:catatan", 5, 5)));
    }

    @Test
    void longUniqueProseIsBody() {
        assertEquals(Label.BODY, weak(PROSE, CorpusStats.NONE));
        assertEquals(Label.BODY, weak(PROSE, 0.29));
        assertEquals(Label.BODY, weak(PROSE, texts("Kontak Kami", 9, 9)), "statistics of other blocks do not matter");
    }

    @Test
    void theOnlyH1IsBodyUnlessRepeated() {
        Block headline = new Block(0, 1, 1, "Harga Cabai Naik Tajam", 0, 1);
        assertEquals(Label.BODY, weak(headline, CorpusStats.NONE));
        assertNull(weak(headline, texts("Harga Cabai Naik Tajam", 2, 10)));
    }

    @Test
    void inBetweenStaysUnlabelled() {
        assertNull(weak("Harga Cabai Naik Tajam", CorpusStats.NONE), "a headline without <h1>");
        String fourteen = "Warga yang tinggal di desa itu mengeluh karena harga beras di pasar naik lagi.";
        assertEquals(14, BlockText.words(fourteen).length);
        assertNull(weak(fourteen, CorpusStats.NONE), "too short");
        assertNull(weak(PROSE.replace("lagi.", "lagi?"), CorpusStats.NONE), "no full stop");
        assertNull(weak(PROSE.replace("lagi.", "lagi"), CorpusStats.NONE), "no full stop");
        assertNull(weak(PROSE, 0.3), "too many links");
        assertNull(weak("- " + PROSE, CorpusStats.NONE), "a list item");
        assertNull(weak(PROSE, texts(PROSE, 2, 10)), "repeated on another page");
        String noStopwords = "Warga desa Sukamaju mengeluh karena harga beras pasar induk naik tajam sejak awal bulan Maret.";
        assertEquals(15, BlockText.words(noStopwords).length);
        assertNull(weak(noStopwords, CorpusStats.NONE), "no function words");
    }
}
