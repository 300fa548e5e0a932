package io.sarikata.model;

import io.sarikata.features.FeatureExtractor;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class SequenceFeaturesTest {

    private static final double EPS = 1e-12;

    private static double s(double z) {
        return LinearLayer.sigmoid(z);
    }

    private static double[][] own(int n) {
        double[][] rows = new double[n][FeatureExtractor.NAMES.size()];
        for (int i = 0; i < n; i++) {
            Arrays.fill(rows[i], i + 0.5);
        }
        return rows;
    }

    private static double feature(double[] row, String name) {
        return row[SequenceFeatures.NAMES.indexOf(name)];
    }

    @Test
    void rowsAreTheContextThenTheBlocksOwnFeatures() {
        assertEquals(SequenceFeatures.CONTEXT.size() + FeatureExtractor.NAMES.size(), SequenceFeatures.NAMES.size());
        double[][] rows = SequenceFeatures.of(new double[] {1, 2, 3}, own(3));
        for (int i = 0; i < 3; i++) {
            assertEquals(SequenceFeatures.NAMES.size(), rows[i].length);
            assertArrayEquals(own(3)[i], Arrays.copyOfRange(rows[i], SequenceFeatures.CONTEXT.size(), rows[i].length), EPS);
        }
        assertEquals(0, SequenceFeatures.of(new double[0], new double[0][]).length);
    }

    @Test
    void neighboursThreeDeepAndOutsideThePageIsNeutral() {
        double[][] rows = SequenceFeatures.of(new double[] {1, -2, 3}, own(3));
        // logit_self, logit_prev, logit_next, logit_prev2, logit_next2, logit_prev3, logit_next3
        assertArrayEquals(new double[] {1, 0, -2, 0, 3, 0, 0}, Arrays.copyOf(rows[0], 7), EPS);
        assertArrayEquals(new double[] {-2, 1, 3, 0, 0, 0, 0}, Arrays.copyOf(rows[1], 7), EPS);
        assertArrayEquals(new double[] {3, -2, 0, 1, 0, 0, 0}, Arrays.copyOf(rows[2], 7), EPS);
    }

    @Test
    void logitsAreClippedAtEight() {
        double[][] rows = SequenceFeatures.of(new double[] {20, -30, 7.5}, own(3));
        assertArrayEquals(new double[] {8, 0, -8, 0, 7.5}, Arrays.copyOf(rows[0], 5), EPS);
    }

    @Test
    void bodySharesBeforeAfterAndAround() {
        double[][] rows = SequenceFeatures.of(new double[] {1, -2, 3}, own(3));
        assertEquals(0.5, feature(rows[0], "body_share_before"), EPS);
        assertEquals((s(-2) + s(3)) / 2, feature(rows[0], "body_share_after"), EPS);
        assertEquals(s(1), feature(rows[1], "body_share_before"), EPS);
        assertEquals((s(1) + s(3)) / 2, feature(rows[1], "body_share_window3"), EPS);
        assertEquals(0.5, feature(SequenceFeatures.of(new double[] {2}, own(1))[0], "body_share_window10"), EPS);
        assertEquals(s(-2) / s(3), feature(rows[1], "score_to_page_max"), EPS);
    }

    @Test
    void theMainSpanIsTheRunWithTheMostBody() {
        // nav, body, body, nav, body, nav, nav, nav: the first two body blocks and the lone one after a short gap
        double[] logits = {-4, 4, 4, -1, 4, -4, -4, -4};
        assertArrayEquals(new int[] {1, 4}, SequenceFeatures.mainSpan(Arrays.stream(logits).map(SequenceFeaturesTest::s).toArray()));
        double[][] rows = SequenceFeatures.of(logits, own(logits.length));
        assertEquals(0, feature(rows[0], "in_main_span"));
        assertEquals(1, feature(rows[3], "in_main_span"));
        assertEquals(Math.log1p(1), feature(rows[0], "log_blocks_before_span"), EPS);
        assertEquals(Math.log1p(3), feature(rows[7], "log_blocks_after_span"), EPS);
        assertEquals(Math.log1p(1), feature(rows[3], "log_gap_to_body_before"), EPS);
        assertEquals(Math.log1p(1), feature(rows[3], "log_gap_to_body_after"), EPS);
        assertEquals(-1, feature(rows[0], "log_gap_to_body_before"));
        assertEquals(-1, feature(rows[7], "log_gap_to_body_after"));
        assertEquals(Math.log1p(3), feature(rows[0], "log_body_blocks"), EPS);
        assertEquals(1, feature(rows[0], "span_share_of_body"), EPS);
    }

    @Test
    void headlineRunsAndSentencesAround() {
        double[][] own = own(5);
        int headline = FeatureExtractor.NAMES.indexOf("headline_shape");
        int fullStop = FeatureExtractor.NAMES.indexOf("ends_full_stop");
        double[] headlines = {0, 1, 1, 1, 0};
        for (int i = 0; i < 5; i++) {
            own[i][headline] = headlines[i];
            own[i][fullStop] = 1 - headlines[i];
        }
        double[][] rows = SequenceFeatures.of(new double[5], own);
        assertEquals(0, feature(rows[0], "log_headline_run"));
        for (int i = 1; i <= 3; i++) {
            assertEquals(Math.log1p(3), feature(rows[i], "log_headline_run"), EPS, "block " + i);
        }
        assertEquals(1.0, feature(rows[0], "headline_share_window3"), EPS);
        assertEquals(0.5, feature(rows[2], "headline_share_window3"), EPS);
        assertEquals(0.5, feature(rows[2], "sentence_share_window3"), EPS);
        assertEquals(0.0, feature(rows[4], "sentence_share_window3"), EPS);
    }

    @Test
    void stampsAreShortBlocksJoiningNumbersWithinFiveEitherSide() {
        double[][] own = own(8);
        int joins = FeatureExtractor.NAMES.indexOf("number_joins");
        int logWords = FeatureExtractor.NAMES.indexOf("log_words");
        for (int i = 0; i < 8; i++) {
            own[i][joins] = 0;
            own[i][logWords] = Math.log1p(40);
        }
        own[1][joins] = 1; // "October 25, 2012 6:51 AM": a stamp
        own[1][logWords] = Math.log1p(5);
        own[3][joins] = 2; // a long paragraph with a date in it: not a stamp
        own[7][joins] = 1; // a short dated block six away from block 0
        own[7][logWords] = Math.log1p(SequenceFeatures.STAMP_MAX_WORDS - 1);
        double[][] rows = SequenceFeatures.of(new double[8], own);
        assertEquals(1 / 5.0, feature(rows[0], "stamp_share_window5"), EPS, "blocks 1-5 around block 0, one stamp");
        assertEquals(0.0, feature(rows[1], "stamp_share_window5"), EPS, "a stamp does not count itself");
        assertEquals(2 / 6.0, feature(rows[6], "stamp_share_window5"), EPS, "blocks 1-7 but 6 (the page ends), two stamps");
        own[7][logWords] = Math.log1p(SequenceFeatures.STAMP_MAX_WORDS);
        assertEquals(1 / 6.0, feature(SequenceFeatures.of(new double[8], own)[6], "stamp_share_window5"), EPS,
                "twelve words is too long for a stamp");
    }

    @Test
    void aPageWithNoBodyHasNoSpan() {
        double[] logits = {-3, -2, -5};
        assertArrayEquals(new int[] {0, -1}, SequenceFeatures.mainSpan(Arrays.stream(logits).map(SequenceFeaturesTest::s).toArray()));
        double[][] rows = SequenceFeatures.of(logits, own(3));
        assertEquals(0, feature(rows[1], "in_main_span"));
        assertEquals(0, feature(rows[1], "span_share_of_body"));
    }
}
