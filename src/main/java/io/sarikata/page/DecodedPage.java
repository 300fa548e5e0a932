package io.sarikata.page;

import java.util.List;

/**
 * A page as text lines, ready for segmentation.
 *
 * @param source     file path or {@code archive!member}
 * @param portalHint fallback portal name, see {@link io.sarikata.input.RawPage}
 * @param lines      the decoded page split into lines (line 1 is index 0); may contain empty lines
 * @param linkRatios for HTML pages, the share of each line's characters inside links; {@code null} for text pages
 * @param headingLevels for HTML pages, 1-6 for lines that are the text of {@code <h1>}-{@code <h6>}, else 0;
 *                   {@code null} for text pages
 * @param charset    the charset the bytes were decoded with
 * @param decodeNote empty when the bytes were clean UTF-8; otherwise what was done (fallback charset,
 *                   replaced bytes, cut lines), recorded on the document
 * @param sizeBytes  size of the raw page in bytes
 */
public record DecodedPage(String source, String portalHint, List<String> lines, double[] linkRatios,
                          int[] headingLevels, String charset, String decodeNote, long sizeBytes) {

    /** A page without HTML structure. */
    public DecodedPage(String source, String portalHint, List<String> lines, double[] linkRatios,
                       String charset, String decodeNote, long sizeBytes) {
        this(source, portalHint, lines, linkRatios, null, charset, decodeNote, sizeBytes);
    }

    public int headingLevel(int line) {
        return headingLevels == null ? 0 : headingLevels[line];
    }

    public boolean hasLinkRatios() {
        return linkRatios != null;
    }
}
