package io.sarikata.statistics;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CorpusStatisticsTest {

    @Test
    void theCutKeepsTheMostRepeatedKeysAndNeverMoreThanAllowed() {
        Map<Integer, Long> keysByCount = Map.of(2, 1000L, 3, 50L, 10, 5L, 40, 1L);
        assertEquals(2, CorpusStatistics.threshold(keysByCount, 2000), "everything fits");
        assertEquals(3, CorpusStatistics.threshold(keysByCount, 56));
        assertEquals(10, CorpusStatistics.threshold(keysByCount, 55), "a tie at a count is kept whole or not at all");
        assertEquals(40, CorpusStatistics.threshold(keysByCount, 5));
        assertEquals(41, CorpusStatistics.threshold(keysByCount, 0), "nothing fits: nothing is kept");
    }
}
