package io.sarikata.features;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StoplistLearnerTest {

    /** Fifteen words, two of them repeated. */
    private static final String PROSE =
            "Warga yang tinggal di desa itu mengeluh karena harga beras di pasar yang naik lagi.";

    @Test
    void proseWordsOfALongSentence() {
        assertEquals(15, BlockText.words(PROSE).length);
        assertEquals(Set.of("warga", "yang", "tinggal", "di", "desa", "itu", "mengeluh", "karena", "harga", "beras",
                "pasar", "naik", "lagi"), StoplistLearner.proseWords(PROSE));
    }

    @Test
    void shortBlocksGiveNothing() {
        String fourteen = "Warga yang tinggal di desa itu mengeluh karena harga beras di pasar naik lagi.";
        assertEquals(14, BlockText.words(fourteen).length);
        assertEquals(Set.of(), StoplistLearner.proseWords(fourteen));
    }

    @Test
    void blocksNotEndingLikeASentenceGiveNothing() {
        String menu = PROSE.substring(0, PROSE.length() - 1);
        assertEquals(15, BlockText.words(menu).length);
        assertEquals(Set.of(), StoplistLearner.proseWords(menu));
        assertTrue(!StoplistLearner.proseWords(menu + "?").isEmpty());
        assertTrue(!StoplistLearner.proseWords(menu + ".\u201d").isEmpty());
    }

    @Test
    void proseWordsAreLowerCasedAndSkipNumbersAndLongWords() {
        String text = "Pada 2024 Warga yang TINGGAL di desa itu menuntut pertanggungjawaban karena harga beras di pasar naik.";
        assertTrue(BlockText.words(text).length >= 15);
        Set<String> words = StoplistLearner.proseWords(text);
        assertTrue(words.contains("tinggal"));
        assertTrue(words.contains("pada"));
        assertTrue(!words.contains("TINGGAL") && !words.contains("2024") && !words.contains(""));
        assertTrue(!words.contains("pertanggungjawaban"), "words longer than 12 letters are topical");
    }

    @Test
    void fromRankedKeepsOrderAndDropsDuplicates() {
        assertEquals(List.of("yang", "di", "dan"),
                StoplistLearner.fromRanked(List.of("yang", "di", "yang", "dan", "di"), 10).words());
    }

    @Test
    void fromRankedCapsDistinctWords() {
        assertEquals(List.of("yang", "di"), StoplistLearner.fromRanked(List.of("yang", "yang", "di", "dan"), 2).words());
        List<String> ranked = new ArrayList<>();
        for (int i = 0; i < StoplistLearner.STOPLIST_SIZE + 50; i++) {
            ranked.add("w" + i);
        }
        List<String> kept = StoplistLearner.fromRanked(ranked, StoplistLearner.STOPLIST_SIZE).words();
        assertEquals(StoplistLearner.STOPLIST_SIZE, kept.size());
        assertEquals(ranked.subList(0, StoplistLearner.STOPLIST_SIZE), kept);
    }
}
