package io.sarikata.model;

import io.sarikata.segment.Block;

/**
 * A block with its verdict.
 *
 * @param score  probability that the block is article body
 * @param reason what decided: {@code block:<feature>} when the block's own features did,
 *               {@code sequence:<feature>} when its neighbours overturned them
 */
public record LabelledBlock(Block block, Label label, double score, String reason) implements java.io.Serializable {
}
