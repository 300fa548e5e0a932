package io.sarikata.features;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StoplistTest {

    private final Stoplist stoplist = new Stoplist(List.of("yang", "di", "dan"));

    @Test
    void densityIsTheShareOfStopwordTokens() {
        assertEquals(0.5, stoplist.density(new String[] {"yang", "rumah", "di", "kota"}));
        assertEquals(0.25, stoplist.density(new String[] {"Rumah", "besar", "itu", "Yang,"}),
                "tokens are compared by their vocabulary word: case and punctuation fold away");
        assertEquals(1.0, stoplist.density(BlockText.words("Dan di yang")));
        assertEquals(0.0, stoplist.density(new String[] {"2024", "rumah"}));
    }

    @Test
    void densityOfNoTokensIsZero() {
        assertEquals(0.0, stoplist.density(new String[0]));
        assertEquals(0.0, new Stoplist(List.of()).density(new String[] {"yang"}));
    }

    @Test
    void containsAndWordsKeepTheList() {
        assertTrue(stoplist.contains("di"));
        assertFalse(stoplist.contains("Di"), "contains takes vocabulary words, already lower-cased");
        assertEquals(List.of("yang", "di", "dan"), stoplist.words());
    }

    @Test
    void wordsAreACopy() {
        List<String> source = new ArrayList<>(List.of("yang"));
        Stoplist s = new Stoplist(source);
        source.add("dan");
        assertEquals(List.of("yang"), s.words());
        assertFalse(s.contains("dan"));
    }
}
