package io.sarikata.model;

import io.sarikata.features.FeatureExtractor;

import java.util.List;

/**
 * Fits both stages of a {@link BlockModel} on labelled training pages: boosted trees over the blocks' own
 * features, then boosted trees over {@link SequenceFeatures}. The second stage learns from first-stage scores
 * of models that did not see the page's portal (two folds by portal), so that it learns how far to trust the
 * first stage on a portal it has never seen, not on pages it has memorised.
 */
public final class TwoStageFit {

    public record Stages(TreeEnsemble block, TreeEnsemble sequence) implements java.io.Serializable {
    }

    private TwoStageFit() {
    }

    public static Stages fit(List<TrainingPage> pages, GradientBoosting.Settings settings) {
        GradientBoosting boosting = new GradientBoosting(settings);
        TreeEnsemble block = boosting.fit(blockRows(pages, -1, null), FeatureExtractor.NAMES);
        boolean byPortal = pages.stream().map(TrainingPage::portal).distinct().limit(2).count() > 1;
        TreeEnsemble[] folds = new TreeEnsemble[2];
        for (int f = 0; f < 2; f++) {
            LayerRows rows = blockRows(pages, 1 - f, byPortal);
            // A fold without both labels cannot learn; its pages then see the full first stage.
            folds[f] = rows.hasBothLabels() ? boosting.fit(rows, FeatureExtractor.NAMES) : block;
        }
        LayerRows sequenceRows = new LayerRows(SequenceFeatures.NAMES.size(), 1024);
        for (int i = 0; i < pages.size(); i++) {
            TrainingPage page = pages.get(i);
            TreeEnsemble first = folds[fold(page, i, byPortal)];
            add(sequenceRows, page, SequenceFeatures.of(PageLabeler.blockLogits(first, page.rows()), page.rows()));
        }
        return new Stages(block, boosting.fit(sequenceRows, SequenceFeatures.NAMES));
    }

    /** The labelled rows of every page, or of the pages in {@code fold} only (fold >= 0). */
    private static LayerRows blockRows(List<TrainingPage> pages, int fold, Boolean byPortal) {
        LayerRows rows = new LayerRows(FeatureExtractor.NAMES.size(), 1024);
        for (int i = 0; i < pages.size(); i++) {
            if (fold < 0 || fold(pages.get(i), i, byPortal) == fold) {
                add(rows, pages.get(i), pages.get(i).rows());
            }
        }
        return rows;
    }

    /** Fold 0 or 1 of a page: by a hash of its portal when there are several portals, else by its position (a page comes twice in a row, with and without statistics). */
    static int fold(TrainingPage page, int index, boolean byPortal) {
        return byPortal ? (Integer.rotateLeft(page.portal().hashCode() * 0x9E3779B9, 7) >>> 31) : index / 2 % 2;
    }

    private static void add(LayerRows rows, TrainingPage page, double[][] features) {
        Label[] labels = page.labels();
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] != null) {
                rows.add(features[i], labels[i] == Label.BODY, 1.0);
            }
        }
    }
}
