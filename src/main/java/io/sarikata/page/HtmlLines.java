package io.sarikata.page;

import java.util.List;

/**
 * The text blocks of an HTML page, in document order.
 *
 * @param texts      each block's text, whitespace collapsed and trimmed, never empty
 * @param linkRatios    for each block, the share of its characters that lie inside {@code <a>} elements (0..1)
 * @param headingLevels for each block, 1-6 when it is the text of an {@code <h1>}-{@code <h6>}, else 0
 */
public record HtmlLines(List<String> texts, double[] linkRatios, int[] headingLevels) {

    public HtmlLines {
        texts = List.copyOf(texts);
        if (linkRatios.length != texts.size() || headingLevels.length != texts.size()) {
            throw new IllegalArgumentException(texts.size() + " texts but " + linkRatios.length + " link ratios and "
                    + headingLevels.length + " heading levels");
        }
    }

    public boolean isEmpty() {
        return texts.isEmpty();
    }
}
