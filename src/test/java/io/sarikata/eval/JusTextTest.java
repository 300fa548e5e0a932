package io.sarikata.eval;

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

class JusTextTest {

    private static final Stoplist STOPLIST = new Stoplist(List.of("yang", "di", "dan", "itu"));
    private static final JusText JUSTEXT = new JusText(STOPLIST);

    /** Over 200 characters, half of the words stopwords. */
    private static final String GOOD = ("Harga yang naik di pasar dan warga itu mengeluh yang lama di kota dan desa itu berubah ")
            .repeat(3).strip() + ".";
    /** 70-200 characters, stopword density at least 0.30. */
    private static final String NEAR_GOOD = "Harga yang naik di pasar dan warga itu mengeluh karena beras mahal sekali.";
    /** Over 200 characters, stopword density 0.31: near-good however long. */
    private static final String LONG_NEAR_GOOD = ("yang kata kata " .repeat(31) + "kata ".repeat(7)).strip();
    /** Over 70 characters, no stopwords. */
    private static final String BAD = "Beranda Berita Olahraga Hiburan Teknologi Otomotif Kesehatan Video Foto Indeks";
    /** Under 70 characters, no links. */
    private static final String SHORT = "Foto: Dok. Pribadi";

    private static final Label B = Label.BODY;
    private static final Label N = Label.NAV;

    @BeforeAll
    static void fixturesAreWhatTheyClaim() {
        assertEquals(JusText.Kind.GOOD, kindOf(GOOD));
        assertEquals(JusText.Kind.NEAR_GOOD, kindOf(NEAR_GOOD));
        assertEquals(0.31, JUSTEXT.stopwordDensity(LONG_NEAR_GOOD), 1e-12);
        assertTrue(LONG_NEAR_GOOD.length() > 200);
        assertEquals(JusText.Kind.NEAR_GOOD, kindOf(LONG_NEAR_GOOD));
        assertEquals(JusText.Kind.BAD, kindOf(BAD));
        assertEquals(JusText.Kind.SHORT, kindOf(SHORT));
    }

    private static JusText.Kind kindOf(String text) {
        return JusText.contextFree(text, JUSTEXT.stopwordDensity(text), 0);
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
        String l500 = "x".repeat(500);
        assertEquals(JusText.Kind.BAD, JusText.contextFree(l500, 0.9, 0.21), "link density over 0.2");
        assertEquals(JusText.Kind.GOOD, JusText.contextFree(l500, 0.9, 0.2));
        assertEquals(JusText.Kind.SHORT, JusText.contextFree("x".repeat(69), 0.9, 0));
        assertEquals(JusText.Kind.BAD, JusText.contextFree("x".repeat(69), 0.9, 0.05), "short with links");
        assertEquals(JusText.Kind.NEAR_GOOD, JusText.contextFree("x".repeat(70), 0.32, 0));
        assertEquals(JusText.Kind.NEAR_GOOD, JusText.contextFree("x".repeat(200), 0.5, 0), "not over 200 characters");
        assertEquals(JusText.Kind.GOOD, JusText.contextFree("x".repeat(201), 0.32, 0));
        assertEquals(JusText.Kind.NEAR_GOOD, JusText.contextFree(l500, 0.30, 0));
        assertEquals(JusText.Kind.NEAR_GOOD, JusText.contextFree(l500, 0.31, 0));
        assertEquals(JusText.Kind.BAD, JusText.contextFree(l500, 0.29, 0));
        assertEquals(JusText.Kind.BAD, JusText.contextFree("\u00a9 " + l500, 0.9, 0), "a copyright sign");
        assertEquals(JusText.Kind.BAD, JusText.contextFree("&copy; " + l500, 0.9, 0));
    }

    @Test
    void stopwordDensityCountsWholeLowerCasedWordsAsJusTextDoes() {
        assertEquals(2 / 3.0, JUSTEXT.stopwordDensity("Yang, Di dan"), 1e-12, "'yang,' keeps its comma and is no stopword");
        assertEquals(0, JUSTEXT.stopwordDensity(""));
    }

    @Test
    void shortBlockTakesTheClassOfMatchingNeighbours() {
        assertArrayEquals(new Label[] {B, B, B}, classify(GOOD, SHORT, GOOD));
        assertArrayEquals(new Label[] {N, N, N}, classify(BAD, SHORT, BAD));
        assertArrayEquals(new Label[] {B, B, B, B}, classify(GOOD, SHORT, SHORT, GOOD));
    }

    @Test
    void pageEdgesCountAsBad() {
        assertArrayEquals(new Label[] {N}, classify(SHORT));
        assertArrayEquals(new Label[] {N, B}, classify(SHORT, GOOD), "edge (bad) and good disagree, no near-good neighbour");
    }

    @Test
    void shortBlockBetweenGoodAndBadIsGoodOnlyWhenANearGoodBlockStandsBeforeTheBadOne() {
        assertArrayEquals(new Label[] {B, B, B, N}, classify(GOOD, SHORT, NEAR_GOOD, BAD));
        assertArrayEquals(new Label[] {N, B, B, B}, classify(BAD, NEAR_GOOD, SHORT, GOOD));
        // A near-good block on the good side does not count (the rewritten rule before this one took it).
        assertArrayEquals(new Label[] {B, B, N, N}, classify(GOOD, NEAR_GOOD, SHORT, BAD));
        assertArrayEquals(new Label[] {B, N, N}, classify(GOOD, SHORT, BAD));
    }

    @Test
    void nearGoodIsBodyUnlessBadOnBothSides() {
        assertArrayEquals(new Label[] {N, N, N}, classify(BAD, NEAR_GOOD, BAD));
        assertArrayEquals(new Label[] {B, B, N}, classify(GOOD, NEAR_GOOD, BAD));
        assertArrayEquals(new Label[] {N}, classify(NEAR_GOOD), "both page edges are bad");
    }

    @Test
    void aShortHeadingShortlyBeforeGoodTextIsKept() {
        List<Block> blocks = List.of(new Block(0, 1, 1, "Harga Cabai Naik", 0.0, 1), new Block(1, 2, 2, GOOD, 0.0));
        assertArrayEquals(new Label[] {B, B}, JUSTEXT.classify(blocks, "p"));
        assertArrayEquals(new Label[] {N, B}, classify("Harga Cabai Naik", GOOD), "not a heading: the edge makes it bad");
    }

    @Test
    void aHeadingMadeBadByItsContextIsKeptWhenGoodTextFollowsAfterRevision() {
        // The heading is over 200 characters away from the good block, so step one leaves it short and step two
        // makes it bad; the long near-good block then turns good, and the heading, now next to good text, is kept.
        List<Block> blocks = List.of(new Block(0, 1, 1, BAD, 0.0), new Block(1, 2, 2, "Harga Cabai Naik", 0.0, 2),
                new Block(2, 3, 3, LONG_NEAR_GOOD, 0.0), new Block(3, 4, 4, GOOD, 0.0));
        assertArrayEquals(new Label[] {N, B, B, B}, JUSTEXT.classify(blocks, "p"));
        assertArrayEquals(new Label[] {N, N, B, B}, classify(BAD, "Harga Cabai Naik", LONG_NEAR_GOOD, GOOD));
    }

    @Test
    void linkRatioMakesABlockBad() {
        List<Block> blocks = List.of(new Block(0, 1, 1, GOOD, 0.5));
        assertArrayEquals(new Label[] {N}, JUSTEXT.classify(blocks, "p"));
        assertTrue(GOOD.length() > 200);
    }

    @Test
    void nameSaysTheStoplistIsLearned() {
        assertEquals("justext_learned_stoplist", JUSTEXT.name());
    }
}
