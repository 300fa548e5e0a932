package io.sarikata.eval;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ShingleScoreTest {

    private static final double EPS = 1e-12;

    @Test
    void tokensAreRunsOfLettersDigitsAndUnderscoreWithCaseKept() {
        assertEquals(List.of("Harga", "cabai", "naik", "3", "5", "persen", "snake_case"),
                ShingleScore.tokens("Harga cabai naik 3,5 persen -- snake_case!"));
        assertEquals(List.of("don", "t", "über", "quoted"), ShingleScore.tokens("don’t “über” (quoted)"));
        assertEquals(List.of(), ShingleScore.tokens(" ... — !? "));
        assertEquals(List.of(), ShingleScore.tokens(null));
    }

    @Test
    void tokensFollowPythonWordCharactersNotJavas() {
        // Other numbers (No) are word characters in Python: superscripts and fractions join a token.
        assertEquals(List.of("x²", "3½"), ShingleScore.tokens("x² 3½"));
        // A combining mark (Mn) is not: a decomposed é splits the word, as Python's \w+ splits it.
        assertEquals(List.of("e", "te"), ShingleScore.tokens("e\u0301te"));
        // Connector punctuation other than '_' (U+203F) separates words.
        assertEquals(List.of("a", "b"), ShingleScore.tokens("a\u203Fb"));
        // Letters outside the BMP are read by code point.
        assertEquals(List.of("a\uD835\uDC00b"), ShingleScore.tokens("a\uD835\uDC00b"));
        // Letters of any script.
        assertEquals(List.of("Москва", "東京", "٣٤"), ShingleScore.tokens("Москва, 東京; ٣٤"));
    }

    @Test
    void shinglesAreFourTokenRunsCountedWithRepeats() {
        Map<String, Integer> s = ShingleScore.shingles("a b c d a b c d a b c d");
        assertEquals(Map.of("a b c d", 3, "b c d a", 2, "c d a b", 2, "d a b c", 2), s);
    }

    @Test
    void aTextShorterThanFourTokensIsOneShingleAndNoTokensIsNone() {
        assertEquals(Map.of("one two three", 1), ShingleScore.shingles("one, two; three."));
        assertEquals(Map.of("solo", 1), ShingleScore.shingles("solo"));
        assertEquals(Map.of("a b c d", 1), ShingleScore.shingles("a b c d"));
        assertEquals(Map.of(), ShingleScore.shingles("  -- "));
        assertEquals(Map.of(), ShingleScore.shingles(""));
    }

    @Test
    void countsAreTheMultisetOverlap() {
        // gold: the cat sat on | cat sat on the | sat on the mat; extracted: the cat sat on | cat sat on a | sat on a mat
        ShingleScore.Counts c = ShingleScore.score("the cat sat on the mat", "the cat sat on a mat");
        assertEquals(new ShingleScore.Counts(1, 2, 2), c);
        assertEquals(1 / 3.0, c.precision(), EPS);
        assertEquals(1 / 3.0, c.recall(), EPS);

        // A repeated shingle matches only as often as the gold has it.
        ShingleScore.Counts repeated = ShingleScore.score("a b c d", "a b c d x a b c d");
        assertEquals(new ShingleScore.Counts(1, 5, 0), repeated);
        assertEquals(1 / 6.0, repeated.precision(), EPS);
        assertEquals(1.0, repeated.recall(), EPS);

        ShingleScore.Counts partial = ShingleScore.score("a b c d a b c d a b c d", "a b c d");
        assertEquals(new ShingleScore.Counts(1, 0, 8), partial);
    }

    @Test
    void caseAndPunctuationDecideAsInTheBenchmark() {
        // Case matters; punctuation and spacing do not.
        assertEquals(new ShingleScore.Counts(0, 1, 1), ShingleScore.score("Naik tajam", "naik tajam"));
        assertEquals(new ShingleScore.Counts(2, 0, 0), ShingleScore.score("Satu dua tiga empat lima", "Satu -- dua,\ntiga (empat) lima."));
    }

    @Test
    void emptySidesLeaveThePageOutOfOneMean() {
        ShingleScore.Counts nothingExtracted = ShingleScore.score("one two three four five", "");
        assertEquals(new ShingleScore.Counts(0, 0, 2), nothingExtracted);
        assertFalse(nothingExtracted.extractedAny());
        assertTrue(nothingExtracted.goldHasAny());
        assertTrue(Double.isNaN(nothingExtracted.precision()));
        assertEquals(0.0, nothingExtracted.recall(), EPS);
        assertEquals(0.0, nothingExtracted.f1(), EPS);

        ShingleScore.Counts noGold = ShingleScore.score("", "menu home");
        assertEquals(new ShingleScore.Counts(0, 1, 0), noGold);
        assertEquals(0.0, noGold.precision(), EPS);
        assertTrue(Double.isNaN(noGold.recall()));
    }

    @Test
    void meansAreOverPagesAndF1IsOfTheMeans() {
        ShingleScore.Mean mean = new ShingleScore.Mean()
                .add(new ShingleScore.Counts(1, 1, 0))   // P 0.5, R 1
                .add(new ShingleScore.Counts(3, 0, 1))   // P 1, R 0.75
                .add(new ShingleScore.Counts(0, 0, 5))   // extracted nothing: out of P, R 0, empty
                .add(new ShingleScore.Counts(0, 2, 0))   // gold empty: P 0, out of R
                .add(new ShingleScore.Counts(0, 0, 0));  // both empty: out of both
        assertEquals(5, mean.pages());
        assertEquals(3, mean.precisionPages());
        assertEquals(3, mean.recallPages());
        assertEquals(1, mean.emptyPages());
        double p = (0.5 + 1 + 0) / 3;
        double r = (1 + 0.75 + 0) / 3;
        assertEquals(p, mean.precision(), EPS);
        assertEquals(r, mean.recall(), EPS);
        assertEquals(2 * p * r / (p + r), mean.f1(), EPS);

        ShingleScore.Mean merged = new ShingleScore.Mean().add(new ShingleScore.Counts(1, 1, 0))
                .addAll(new ShingleScore.Mean().add(new ShingleScore.Counts(3, 0, 1)));
        assertEquals(0.75, merged.precision(), EPS);
        assertEquals(0.875, merged.recall(), EPS);
    }

    @Test
    void noPagesGiveNoMeans() {
        ShingleScore.Mean mean = new ShingleScore.Mean();
        assertTrue(Double.isNaN(mean.precision()));
        assertTrue(Double.isNaN(mean.recall()));
        assertTrue(Double.isNaN(mean.f1()));
        assertEquals(0.0, ShingleScore.f1(0, 0), EPS);
    }
}
