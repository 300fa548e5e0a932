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
        int width = NAMES.size();
        double[] flat = new double[n * width];
        for (int i = 0; i < n; i++) {
            System.arraycopy(own[i], 0, flat, i * width + CONTEXT.size(), own[i].length);
        }
        context(logits, n, flat, width);
        double[][] rows = new double[n][];
        for (int i = 0; i < n; i++) {
            rows[i] = java.util.Arrays.copyOfRange(flat, i * width, (i + 1) * width);
        }
        return rows;
    }

    /**
     * The rows of {@link #of} in one array that holds the blocks' own features already: block i's row at
     * {@code rows[i * stride, i * stride + NAMES.size())}, its own features after the {@link #CONTEXT} columns, which
     * this writes.
     */
    public static void context(double[] logits, int n, double[] rows, int stride) {
        int own = CONTEXT.size();
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
        int[] span = mainSpan(p, n);
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
        int headline = own + HEADLINE;
        int fullStop = own + FULL_STOP;
        // Runs of headline-shaped blocks: a list of teasers, whatever each one looks like alone.
        int[] runStart = new int[n];
        for (int i = 0; i < n; i++) {
            runStart[i] = rows[i * stride + headline] > 0 ? (i > 0 && rows[(i - 1) * stride + headline] > 0 ? runStart[i - 1] : i) : -1;
        }
        int[] run = new int[n];
        for (int i = n - 1; i >= 0; i--) {
            run[i] = runStart[i] < 0 ? 0 : (i < n - 1 && runStart[i + 1] == runStart[i] ? run[i + 1] : i - runStart[i] + 1);
        }
        double logBodyBlocks = FeatureExtractor.logOnePlus(bodyBlocks);
        double spanShare = bodyBlocks == 0 ? 0 : spanBody / (double) bodyBlocks;
        for (int i = 0; i < n; i++) {
            int c = i * stride;
            rows[c++] = clipped(logits, n, i);
            rows[c++] = clipped(logits, n, i - 1);
            rows[c++] = clipped(logits, n, i + 1);
            rows[c++] = clipped(logits, n, i - 2);
            rows[c++] = clipped(logits, n, i + 2);
            rows[c++] = clipped(logits, n, i - 3);
            rows[c++] = clipped(logits, n, i + 3);
            rows[c++] = windowShare(prefix, p, n, i, 3);
            rows[c++] = windowShare(prefix, p, n, i, 10);
            rows[c++] = i == 0 ? 0.5 : prefix[i] / i;
            rows[c++] = i == n - 1 ? 0.5 : (prefix[n] - prefix[i + 1]) / (n - 1 - i);
            rows[c++] = max == 0 ? 0 : p[i] / max;
            rows[c++] = hasSpan && i >= span[0] && i <= span[1] ? 1 : 0;
            rows[c++] = hasSpan ? FeatureExtractor.logOnePlus(Math.max(0, span[0] - i)) : 0;
            rows[c++] = hasSpan ? FeatureExtractor.logOnePlus(Math.max(0, i - span[1])) : 0;
            rows[c++] = bodyBefore[i] < 0 ? -1 : FeatureExtractor.logOnePlus(i - bodyBefore[i]);
            rows[c++] = bodyAfter[i] < 0 ? -1 : FeatureExtractor.logOnePlus(bodyAfter[i] - i);
            rows[c++] = logBodyBlocks;
            rows[c++] = spanShare;
            rows[c++] = windowShare(rows, n, stride, headline, i, 3);
            rows[c++] = windowShare(rows, n, stride, fullStop, i, 3);
            rows[c++] = FeatureExtractor.logOnePlus(run[i]);
            rows[c] = stampShare(rows, n, stride, i, 5);
        }
    }

    /** First and last block of the run with the largest sum of (score - 0.5); {0, -1} when no block leans to body. */
    static int[] mainSpan(double[] p) {
        return mainSpan(p, p.length);
    }

    /** {@link #mainSpan(double[])} of the first {@code n} scores. */
    static int[] mainSpan(double[] p, int n) {
        int bestStart = 0;
        int bestEnd = -1;
        double best = 0;
        double run = 0;
        int runStart = 0;
        for (int i = 0; i < n; i++) {
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
    private static double windowShare(double[] prefix, double[] p, int n, int i, int radius) {
        int from = Math.max(0, i - radius);
        int to = Math.min(n, i + radius + 1);
        int count = to - from - 1;
        return count <= 0 ? 0.5 : (prefix[to] - prefix[from] - p[i]) / count;
    }

    /** Share of the blocks within {@code radius} of block i, itself left out, whose 0/1 feature is set; 0 when none. */
    private static double windowShare(double[] rows, int n, int stride, int column, int i, int radius) {
        int from = Math.max(0, i - radius);
        int to = Math.min(n, i + radius + 1);
        double set = 0;
        for (int k = from; k < to; k++) {
            set += k == i ? 0 : rows[k * stride + column];
        }
        return to - from - 1 <= 0 ? 0 : set / (to - from - 1);
    }

    /** Share of the blocks within {@code radius} of block i, itself left out, that are stamps; 0 when none. */
    private static double stampShare(double[] rows, int n, int stride, int i, int radius) {
        int from = Math.max(0, i - radius);
        int to = Math.min(n, i + radius + 1);
        int joins = CONTEXT.size() + NUMBER_JOINS;
        int words = CONTEXT.size() + LOG_WORDS;
        double stamps = 0;
        for (int k = from; k < to; k++) {
            stamps += k != i && rows[k * stride + joins] > 0 && rows[k * stride + words] < STAMP_MAX_LOG_WORDS ? 1 : 0;
        }
        return to - from - 1 <= 0 ? 0 : stamps / (to - from - 1);
    }

    private static double clipped(double[] logits, int n, int i) {
        if (i < 0 || i >= n) {
            return 0; // no neighbour: neither side; the block's position features say where the page ends
        }
        return Math.max(-LOGIT_CLIP, Math.min(LOGIT_CLIP, logits[i]));
    }
}
