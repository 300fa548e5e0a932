package io.sarikata.model;

import java.util.List;

/**
 * What the sequence step sees of a block: its own first-stage score, its neighbours' scores, and how
 * body-like the page is before and after it. This lets a body run absorb a subheading while a navigation
 * tail absorbs its short headings, and an inline link between body paragraphs stays navigation when its
 * own score is clearly low.
 */
public final class SequenceFeatures {

    public static final List<String> NAMES = List.of(
            "logit_self", "logit_prev", "logit_next", "logit_prev2", "logit_next2", "body_share_before", "body_share_after");
    private static final double LOGIT_CLIP = 8;

    private SequenceFeatures() {
    }

    /** Rows in {@link #NAMES} order from first-stage logits. */
    public static double[][] of(double[] logits) {
        int n = logits.length;
        double[] probabilities = new double[n];
        double[] prefix = new double[n + 1];
        for (int i = 0; i < n; i++) {
            probabilities[i] = LinearLayer.sigmoid(logits[i]);
            prefix[i + 1] = prefix[i] + probabilities[i];
        }
        double[][] rows = new double[n][];
        for (int i = 0; i < n; i++) {
            double before = i == 0 ? 0.5 : prefix[i] / i;
            double after = i == n - 1 ? 0.5 : (prefix[n] - prefix[i + 1]) / (n - 1 - i);
            rows[i] = new double[]{
                    clipped(logits, i), clipped(logits, i - 1), clipped(logits, i + 1),
                    clipped(logits, i - 2), clipped(logits, i + 2), before, after};
        }
        return rows;
    }

    private static double clipped(double[] logits, int i) {
        if (i < 0 || i >= logits.length) {
            return 0;
        }
        return Math.max(-LOGIT_CLIP, Math.min(LOGIT_CLIP, logits[i]));
    }
}
