package io.sarikata.eval;

import io.sarikata.model.Label;
import io.sarikata.segment.Block;

import java.util.Arrays;
import java.util.List;

/** The floor: what a user gets with no extraction at all. */
public final class KeepEverything implements BlockClassifier {

    @Override
    public String name() {
        return "keep_everything";
    }

    @Override
    public Label[] classify(List<Block> blocks, String portal) {
        Label[] labels = new Label[blocks.size()];
        Arrays.fill(labels, Label.BODY);
        return labels;
    }
}
