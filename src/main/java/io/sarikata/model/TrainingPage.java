package io.sarikata.model;

import io.sarikata.features.CorpusStats;
import io.sarikata.features.FeatureExtractor;
import io.sarikata.segment.Page;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * A page as training sees it: feature rows and a label per block (null where nobody knows).
 * Each page is offered twice, with its portal's statistics and without them, so that the model also
 * learns to judge pages of portals too small to have statistics from the blocks' shapes alone.
 *
 * @param source "gold" when the labels are hand-made, "weak" when they come from {@link WeakLabeler}
 */
public record TrainingPage(String portal, double[][] rows, Label[] labels, String source) implements Serializable {

    public static List<TrainingPage> of(Page page, FeatureExtractor extractor, CorpusStats stats, GoldPage gold) {
        return of(page, extractor, stats, gold, false);
    }

    /** @param articleSpan take gold under {@link ArticleSpan}'s convention */
    public static List<TrainingPage> of(Page page, FeatureExtractor extractor, CorpusStats stats, GoldPage gold,
                                        boolean articleSpan) {
        double[][] withStats = extractor.extract(page.blocks(), page.portal(), stats);
        double[][] withoutStats = extractor.extract(page.blocks(), page.portal(), CorpusStats.NONE);
        Label[] labels;
        String source;
        if (gold != null) {
            labels = gold.alignTo(page.blocks());
            if (articleSpan) {
                labels = ArticleSpan.fromFirstToLastParagraph(page.blocks(), labels);
            }
            source = "gold";
        } else {
            int portalPages = stats.portalPages(page.portal());
            labels = new Label[withStats.length];
            for (int i = 0; i < labels.length; i++) {
                labels[i] = WeakLabeler.label(withStats[i], portalPages);
            }
            source = "weak";
        }
        List<TrainingPage> variants = new ArrayList<>(2);
        variants.add(new TrainingPage(page.portal(), withStats, labels, source));
        variants.add(new TrainingPage(page.portal(), withoutStats, labels, source));
        return variants;
    }

    public boolean hasLabels() {
        for (Label l : labels) {
            if (l != null) {
                return true;
            }
        }
        return false;
    }
}
