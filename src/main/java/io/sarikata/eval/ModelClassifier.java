package io.sarikata.eval;

import io.sarikata.features.CorpusStats;
import io.sarikata.model.BlockModel;
import io.sarikata.model.Label;
import io.sarikata.model.LabelledBlock;
import io.sarikata.model.PageLabeler;
import io.sarikata.segment.Block;
import io.sarikata.segment.Page;

import java.util.List;

/** The learned model, seen as one more classifier in the evaluation table. */
public final class ModelClassifier implements BlockClassifier {

    private final String name;
    private final PageLabeler labeler;
    private final CorpusStats stats;

    public ModelClassifier(String name, BlockModel model, CorpusStats stats) {
        this.name = name;
        this.labeler = new PageLabeler(model);
        this.stats = stats;
    }

    @Override
    public String name() {
        return name;
    }

    /** Blocks of a page the statistics counted (or of any page, when they counted every page). */
    @Override
    public Label[] classify(List<Block> blocks, String portal) {
        return labels(labeler.label(blocks, portal, stats));
    }

    @Override
    public Label[] classify(Page page) {
        return labels(labeler.label(page.blocks(), page.portal(), stats.forPage(page.source())));
    }

    private static Label[] labels(List<LabelledBlock> labelled) {
        Label[] labels = new Label[labelled.size()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = labelled.get(i).label();
        }
        return labels;
    }
}
