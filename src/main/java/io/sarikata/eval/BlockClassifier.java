package io.sarikata.eval;

import io.sarikata.model.Label;
import io.sarikata.segment.Block;

import java.util.List;

/** Anything that labels a page's blocks: the learned model or a baseline, compared in one table. */
public interface BlockClassifier {

    String name();

    Label[] classify(List<Block> blocks, String portal);
}
