package io.sarikata.eval;

import io.sarikata.model.Label;
import io.sarikata.segment.Block;
import io.sarikata.segment.Page;

import java.util.List;

/** Anything that labels a page's blocks: the learned model or a baseline, compared in one table. */
public interface BlockClassifier {

    String name();

    Label[] classify(List<Block> blocks, String portal);

    /** A page of the corpus: classifiers that use corpus statistics see them as this page does. */
    default Label[] classify(Page page) {
        return classify(page.blocks(), page.portal());
    }
}
