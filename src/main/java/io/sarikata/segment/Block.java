package io.sarikata.segment;

/**
 * One block of a page: a non-empty line, in page order.
 *
 * @param index     0-based position among the page's blocks
 * @param lineStart 1-based first line of the block in the decoded page
 * @param lineEnd   1-based last line (equal to lineStart: one block per line)
 * @param text      the line, trimmed
 * @param linkRatio share of the text inside links (HTML pages), or {@link Double#NaN} where unknown
 * @param headingLevel 1-6 when the block is the text of an HTML {@code <h1>}-{@code <h6>}, else 0
 */
public record Block(int index, int lineStart, int lineEnd, String text, double linkRatio, int headingLevel)
        implements java.io.Serializable {

    /** A block with no HTML heading. */
    public Block(int index, int lineStart, int lineEnd, String text, double linkRatio) {
        this(index, lineStart, lineEnd, text, linkRatio, 0);
    }

    public boolean hasLinkRatio() {
        return !Double.isNaN(linkRatio);
    }
}
