package io.sarikata.eval;

import io.sarikata.features.BlockText;
import io.sarikata.features.Stoplist;
import io.sarikata.model.Label;
import io.sarikata.segment.Block;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JusTextClassicTest {

    private static final Stoplist STOPLIST = new Stoplist(List.of("yang", "di", "dan", "itu"));
    private static final JusTextClassic JUSTEXT = new JusTextClassic(STOPLIST);

    /** Over 200 characters, half of the words stopwords. */
    private static final String GOOD = ("Harga yang naik di pasar dan warga itu mengeluh yang lama di kota dan desa itu berubah ")
            .repeat(3).strip() + ".";
    /** 70-200 characters, stopword density at least 0.30. */
    private static final String NEAR_GOOD = "Harga yang naik di pasar dan warga itu mengeluh karena beras mahal sekali.";
    /** Over 70 characters, no stopwords. */
    private static final String BAD = "Beranda Berita Olahraga Hiburan Teknologi Otomotif Kesehatan Video Foto Indeks";
    /** Under 70 characters, no links. */
    private static final String SHORT = "Foto: Dok. Pribadi";

    @BeforeAll
    static void fixturesAreWhatTheyClaim() {
        assertEquals(JusTextClassic.Kind.GOOD, kindOf(GOOD, 0));
        assertEquals(JusTextClassic.Kind.NEAR_GOOD, kindOf(NEAR_GOOD, 0));
        assertEquals(JusTextClassic.Kind.BAD, kindOf(BAD, 0));
        assertEquals(JusTextClassic.Kind.SHORT, kindOf(SHORT, 0));
    }

    private static JusTextClassic.Kind kindOf(String text, double links) {
        return JusTextClassic.contextFree(text.length(), STOPLIST.density(BlockText.words(text)), links);
    }

    private static Label[] classify(String... texts) {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            blocks.add(new Block(i, i + 1, i + 1, texts[i], Double.NaN));
        }
        return JUSTEXT.classify(blocks, "p");
    }

    @Test
    void contextFreeClassesAtThePublishedThresholds() {
        assertEquals(JusTextClassic.Kind.BAD, JusTextClassic.contextFree(500, 0.9, 0.21), "link density over 0.2");
        assertEquals(JusTextClassic.Kind.GOOD, JusTextClassic.contextFree(500, 0.9, 0.2));
        assertEquals(JusTextClassic.Kind.SHORT, JusTextClassic.contextFree(69, 0.9, 0));
        assertEquals(JusTextClassic.Kind.BAD, JusTextClassic.contextFree(69, 0.9, 0.05), "short with links");
        assertEquals(JusTextClassic.Kind.NEAR_GOOD, JusTextClassic.contextFree(70, 0.32, 0));
        assertEquals(JusTextClassic.Kind.NEAR_GOOD, JusTextClassic.contextFree(200, 0.5, 0), "not over 200 characters");
        assertEquals(JusTextClassic.Kind.GOOD, JusTextClassic.contextFree(201, 0.32, 0));
        assertEquals(JusTextClassic.Kind.NEAR_GOOD, JusTextClassic.contextFree(500, 0.30, 0));
        assertEquals(JusTextClassic.Kind.NEAR_GOOD, JusTextClassic.contextFree(500, 0.31, 0));
        assertEquals(JusTextClassic.Kind.BAD, JusTextClassic.contextFree(500, 0.29, 0));
    }

    @Test
    void shortBlockTakesTheClassOfMatchingNeighbours() {
        assertArrayEquals(new Label[] {Label.BODY, Label.BODY, Label.BODY}, classify(GOOD, SHORT, GOOD));
        assertArrayEquals(new Label[] {Label.NAV, Label.NAV, Label.NAV}, classify(BAD, SHORT, BAD));
        assertArrayEquals(new Label[] {Label.BODY, Label.BODY, Label.BODY, Label.BODY}, classify(GOOD, SHORT, SHORT, GOOD));
    }

    @Test
    void pageEdgesCountAsBad() {
        assertArrayEquals(new Label[] {Label.NAV}, classify(SHORT));
        assertArrayEquals(new Label[] {Label.NAV, Label.BODY}, classify(SHORT, GOOD),
                "edge (bad) and good disagree, no near-good neighbour");
    }

    @Test
    void shortBlockBetweenDisagreeingNeighboursFollowsANearGoodOne() {
        assertArrayEquals(new Label[] {Label.BODY, Label.BODY, Label.BODY, Label.NAV}, classify(GOOD, NEAR_GOOD, SHORT, BAD));
        assertArrayEquals(new Label[] {Label.BODY, Label.NAV, Label.NAV}, classify(GOOD, SHORT, BAD));
    }

    @Test
    void nearGoodIsBodyUnlessBadOnBothSides() {
        assertArrayEquals(new Label[] {Label.NAV, Label.NAV, Label.NAV}, classify(BAD, NEAR_GOOD, BAD));
        assertArrayEquals(new Label[] {Label.BODY, Label.BODY, Label.NAV}, classify(GOOD, NEAR_GOOD, BAD));
        assertArrayEquals(new Label[] {Label.NAV}, classify(NEAR_GOOD), "both page edges are bad");
    }

    @Test
    void linkRatioMakesABlockBad() {
        List<Block> blocks = List.of(new Block(0, 1, 1, GOOD, 0.5));
        assertArrayEquals(new Label[] {Label.NAV}, JUSTEXT.classify(blocks, "p"));
        assertTrue(GOOD.length() > 200);
    }

    @Test
    void name() {
        assertEquals("justext_classic", JUSTEXT.name());
    }
}
