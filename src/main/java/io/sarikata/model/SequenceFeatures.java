package io.sarikata.model;

import io.sarikata.features.FeatureExtractor;

import java.util.ArrayList;
import java.util.List;

/**
 * What the second stage sees of a block: its first-stage score among its page's scores, then the block's own
 * features. The scores place the block: its neighbours', how body-like the page is around it, and the page's
 * main span (the run of blocks with the most body in it, where the article is). A sentence-like teaser or
 * comment outside that span can then be navigation, and a short line between two body paragraphs body. Short
 * dated lines around a block (a comment's "name, date, time" header, a teaser's timestamp) mark threads and
 * lists, whose long lines read as prose one by one.
 */
public final class SequenceFeatures {

    static final List<String> CONTEXT = List.of(
            "logit_self", "logit_prev", "logit_next", "logit_prev2", "logit_next2", "logit_prev3", "logit_next3",
            "body_share_window3", "body_share_window10", "body_share_before", "body_share_after",
            "score_to_page_max", "in_main_span", "log_blocks_before_span", "log_blocks_after_span",
            "log_gap_to_body_before", "log_gap_to_body_after", "log_body_blocks", "span_share_of_body",
            "headline_share_window3", "sentence_share_window3", "log_headline_run", "stamp_share_window5");
    public static final List<String> NAMES = names();
    private static final double LOGIT_CLIP = 8;
    private static final int HEADLINE = FeatureExtractor.NAMES.indexOf("headline_shape");
    private static final int FULL_STOP = FeatureExtractor.NAMES.indexOf("ends_full_stop");
    private static final int NUMBER_JOINS = FeatureExtractor.NAMES.indexOf("number_joins");
    private static final int LOG_WORDS = FeatureExtractor.NAMES.indexOf("log_words");
    /** A stamp: a block of fewer words than this that joins numbers ("October 25, 2012 6:51 AM", "18/6/2015 07:20"). */
    static final int STAMP_MAX_WORDS = 12;
    private static final double STAMP_MAX_LOG_WORDS = Math.log1p(STAMP_MAX_WORDS);

    private SequenceFeatures() {
    }

    private static List<String> names() {
        List<String> names = new ArrayList<>(CONTEXT);
        names.addAll(FeatureExtractor.NAMES);
        return List.copyOf(names);
    }

    /** Rows in {@link #NAMES} order from first-stage logits and the blocks' own feature rows. */
    public static double[][] of(double[] logits, double[][] own) {
        int n = logits.length;
        double[] p = new double[n];
        double[] prefix = new double[n + 1];
        double max = 0;
        int bodyBlocks = 0;
        for (int i = 0; i < n; i++) {
            p[i] = LinearLayer.sigmoid(logits[i]);
            prefix[i + 1] = prefix[i] + p[i];
            max = Math.max(max, p[i]);
            bodyBlocks += p[i] >= 0.5 ? 1 : 0;
        }
        int[] span = mainSpan(p);
        int spanBody = 0;
        for (int i = span[0]; i <= span[1]; i++) {
            spanBody += p[i] >= 0.5 ? 1 : 0;
        }
        int[] bodyBefore = new int[n];
        for (int i = 0, last = -1; i < n; i++) {
            bodyBefore[i] = last;
            last = p[i] >= 0.5 ? i : last;
        }
        int[] bodyAfter = new int[n];
        for (int i = n - 1, next = -1; i >= 0; i--) {
            bodyAfter[i] = next;
            next = p[i] >= 0.5 ? i : next;
        }
        boolean hasSpan = span[1] >= span[0];
        // Runs of headline-shaped blocks: a list of teasers, whatever each one looks like alone.
        int[] runStart = new int[n];
        for (int i = 0; i < n; i++) {
            runStart[i] = own[i][HEADLINE] > 0 ? (i > 0 && own[i - 1][HEADLINE] > 0 ? runStart[i - 1] : i) : -1;
        }
        int[] run = new int[n];
        for (int i = n - 1; i >= 0; i--) {
            run[i] = runStart[i] < 0 ? 0 : (i < n - 1 && runStart[i + 1] == runStart[i] ? run[i + 1] : i - runStart[i] + 1);
        }
        double[][] rows = new double[n][];
        for (int i = 0; i < n; i++) {
            double[] row = new double[NAMES.size()];
            int c = 0;
            row[c++] = clipped(logits, i);
            row[c++] = clipped(logits, i - 1);
            row[c++] = clipped(logits, i + 1);
            row[c++] = clipped(logits, i - 2);
            row[c++] = clipped(logits, i + 2);
            row[c++] = clipped(logits, i - 3);
            row[c++] = clipped(logits, i + 3);
            row[c++] = windowShare(prefix, p, i, 3);
            row[c++] = windowShare(prefix, p, i, 10);
            row[c++] = i == 0 ? 0.5 : prefix[i] / i;
            row[c++] = i == n - 1 ? 0.5 : (prefix[n] - prefix[i + 1]) / (n - 1 - i);
            row[c++] = max == 0 ? 0 : p[i] / max;
            row[c++] = hasSpan && i >= span[0] && i <= span[1] ? 1 : 0;
            row[c++] = hasSpan ? Math.log1p(Math.max(0, span[0] - i)) : 0;
            row[c++] = hasSpan ? Math.log1p(Math.max(0, i - span[1])) : 0;
            row[c++] = bodyBefore[i] < 0 ? -1 : Math.log1p(i - bodyBefore[i]);
            row[c++] = bodyAfter[i] < 0 ? -1 : Math.log1p(bodyAfter[i] - i);
            row[c++] = Math.log1p(bodyBlocks);
            row[c++] = bodyBlocks == 0 ? 0 : spanBody / (double) bodyBlocks;
            row[c++] = windowShare(own, HEADLINE, i, 3);
            row[c++] = windowShare(own, FULL_STOP, i, 3);
            row[c++] = Math.log1p(run[i]);
            row[c++] = stampShare(own, i, 5);
            System.arraycopy(own[i], 0, row, c, own[i].length);
            rows[i] = row;
        }
        return rows;
    }

    /** First and last block of the run with the largest sum of (score - 0.5); {0, -1} when no block leans to body. */
    static int[] mainSpan(double[] p) {
        int bestStart = 0;
        int bestEnd = -1;
        double best = 0;
        double run = 0;
        int runStart = 0;
        for (int i = 0; i < p.length; i++) {
            if (run <= 0) {
                run = 0;
                runStart = i;
            }
            run += p[i] - 0.5;
            if (run > best) {
                best = run;
                bestStart = runStart;
                bestEnd = i;
            }
        }
        return new int[]{bestStart, bestEnd};
    }

    /** Mean score of the blocks within {@code radius} of block i, itself left out; 0.5 when it has none. */
    private static double windowShare(double[] prefix, double[] p, int i, int radius) {
        int from = Math.max(0, i - radius);
        int to = Math.min(p.length, i + radius + 1);
        int count = to - from - 1;
        return count <= 0 ? 0.5 : (prefix[to] - prefix[from] - p[i]) / count;
    }

    /** Share of the blocks within {@code radius} of block i, itself left out, whose 0/1 feature is set; 0 when none. */
    private static double windowShare(double[][] own, int feature, int i, int radius) {
        int from = Math.max(0, i - radius);
        int to = Math.min(own.length, i + radius + 1);
        double set = 0;
        for (int k = from; k < to; k++) {
            set += k == i ? 0 : own[k][feature];
        }
        return to - from - 1 <= 0 ? 0 : set / (to - from - 1);
    }

    /** Share of the blocks within {@code radius} of block i, itself left out, that are stamps; 0 when none. */
    private static double stampShare(double[][] own, int i, int radius) {
        int from = Math.max(0, i - radius);
        int to = Math.min(own.length, i + radius + 1);
        double stamps = 0;
        for (int k = from; k < to; k++) {
            stamps += k != i && own[k][NUMBER_JOINS] > 0 && own[k][LOG_WORDS] < STAMP_MAX_LOG_WORDS ? 1 : 0;
        }
        return to - from - 1 <= 0 ? 0 : stamps / (to - from - 1);
    }

    private static double clipped(double[] logits, int i) {
        if (i < 0 || i >= logits.length) {
            return 0; // no neighbour: neither side; the block's position features say where the page ends
        }
        return Math.max(-LOGIT_CLIP, Math.min(LOGIT_CLIP, logits[i]));
    }
}
