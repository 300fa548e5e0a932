package io.sarikata.eval;

import io.sarikata.features.BlockText;
import io.sarikata.model.Label;
import io.sarikata.segment.Block;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Running counts for one classifier on one group of pages: block-level confusion for body and nav,
 * and each page's token-level F1 of extracted body against gold body.
 */
public final class Scores {

    private long bodyAsBody;
    private long navAsBody;
    private long bodyAsNav;
    private long navAsNav;
    private double tokenF1Sum;
    private int pages;

    public void add(List<Block> blocks, Label[] gold, Label[] predicted) {
        Map<String, Integer> goldTokens = new HashMap<>();
        Map<String, Integer> predictedTokens = new HashMap<>();
        for (int i = 0; i < blocks.size(); i++) {
            boolean goldBody = gold[i] == Label.BODY;
            boolean predictedBody = predicted[i] == Label.BODY;
            if (goldBody && predictedBody) {
                bodyAsBody++;
            } else if (goldBody) {
                bodyAsNav++;
            } else if (predictedBody) {
                navAsBody++;
            } else {
                navAsNav++;
            }
            if (goldBody) {
                count(goldTokens, blocks.get(i).text());
            }
            if (predictedBody) {
                count(predictedTokens, blocks.get(i).text());
            }
        }
        tokenF1Sum += tokenF1(goldTokens, predictedTokens);
        pages++;
    }

    public void addAll(Scores other) {
        bodyAsBody += other.bodyAsBody;
        navAsBody += other.navAsBody;
        bodyAsNav += other.bodyAsNav;
        navAsNav += other.navAsNav;
        tokenF1Sum += other.tokenF1Sum;
        pages += other.pages;
    }

    public double bodyPrecision() {
        return ratio(bodyAsBody, bodyAsBody + navAsBody);
    }

    public double bodyRecall() {
        return ratio(bodyAsBody, bodyAsBody + bodyAsNav);
    }

    public double bodyF1() {
        return f1(bodyPrecision(), bodyRecall());
    }

    public double navPrecision() {
        return ratio(navAsNav, navAsNav + bodyAsNav);
    }

    public double navRecall() {
        return ratio(navAsNav, navAsNav + navAsBody);
    }

    public double navF1() {
        return f1(navPrecision(), navRecall());
    }

    /** Mean over pages of the token-level F1 of extracted body against gold body. */
    public double pageTokenF1() {
        return pages == 0 ? 0 : tokenF1Sum / pages;
    }

    public int pages() {
        return pages;
    }

    public long blocks() {
        return bodyAsBody + navAsBody + bodyAsNav + navAsNav;
    }

    public Map<String, Object> toMap() {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("pages", pages);
        return putScores(m, "page_token_f1");
    }

    /**
     * One page's scores (these counts hold one page): block counts, body and nav precision, recall and F1, and
     * the page's token F1. A class the page has none of, and that none was predicted for, scores 1.
     */
    public Map<String, Object> toPageMap() {
        return putScores(new java.util.LinkedHashMap<>(), "token_f1");
    }

    /** Block counts, body and nav precision, recall and F1, and token F1 under {@code tokenKey}, in that order. */
    private Map<String, Object> putScores(Map<String, Object> m, String tokenKey) {
        m.put("blocks", blocks());
        putCounts(m);
        m.put("body_precision", bodyPrecision());
        m.put("body_recall", bodyRecall());
        m.put("body_f1", bodyF1());
        m.put("nav_precision", navPrecision());
        m.put("nav_recall", navRecall());
        m.put("nav_f1", navF1());
        m.put(tokenKey, pageTokenF1());
        return m;
    }


    private void putCounts(Map<String, Object> m) {
        m.put("gold_body_blocks", bodyAsBody + bodyAsNav);
        m.put("predicted_body_blocks", bodyAsBody + navAsBody);
        m.put("body_as_body", bodyAsBody);
        m.put("body_as_nav", bodyAsNav);
        m.put("nav_as_body", navAsBody);
        m.put("nav_as_nav", navAsNav);
    }

    static double tokenF1(Map<String, Integer> gold, Map<String, Integer> predicted) {
        long goldTotal = gold.values().stream().mapToLong(Integer::longValue).sum();
        long predictedTotal = predicted.values().stream().mapToLong(Integer::longValue).sum();
        if (goldTotal == 0 && predictedTotal == 0) {
            return 1.0;
        }
        long overlap = 0;
        for (Map.Entry<String, Integer> e : predicted.entrySet()) {
            overlap += Math.min(e.getValue(), gold.getOrDefault(e.getKey(), 0));
        }
        return f1(ratio(overlap, predictedTotal), ratio(overlap, goldTotal));
    }

    private static void count(Map<String, Integer> tokens, String text) {
        for (String w : BlockText.words(text)) {
            tokens.merge(BlockText.lower(w), 1, Integer::sum);
        }
    }

    /** An empty class is predicted perfectly when nothing was predicted for it. */
    private static double ratio(long part, long whole) {
        return whole == 0 ? 1.0 : part / (double) whole;
    }

    private static double f1(double precision, double recall) {
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }
}
