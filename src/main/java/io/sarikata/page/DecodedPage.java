package io.sarikata.page;

import java.util.List;

/**
 * A page as text lines, ready for segmentation.
 *
 * @param source     file path or {@code archive!member}
 * @param portalHint fallback portal name, see {@link io.sarikata.input.RawPage}
 * @param lines      the decoded page split into lines (line 1 is index 0); may contain empty lines
 * @param linkRatios for HTML pages, the share of each line's characters inside links; {@code null} for text pages
 * @param charset    the charset the bytes were decoded with
 * @param decodeNote empty when the bytes were clean UTF-8; otherwise what was done (fallback charset,
 *                   replaced bytes, cut lines), recorded on the document
 * @param sizeBytes  size of the raw page in bytes
 */
public record DecodedPage(String source, String portalHint, List<String> lines, double[] linkRatios,
                          String charset, String decodeNote, long sizeBytes) {

    public boolean hasLinkRatios() {
        return linkRatios != null;
    }
}
