package io.sarikata.sources;

import io.sarikata.input.Reject;
import io.sarikata.segment.Page;

import java.io.Serializable;

/**
 * What reading gives for one input page: a segmented page or a reject, never both.
 *
 * @param inputFile the listed file it came from, as listed (a bundle for its members), never cut out of the
 *                  source; null for what listing itself rejected, whose source is the listed path
 */
public record ReadItem(Page page, Reject reject, String inputFile) implements Serializable {

    public static ReadItem of(Page page) {
        return new ReadItem(page, null, null);
    }

    public static ReadItem of(Reject reject) {
        return new ReadItem(null, reject, null);
    }

    /** This item as read from {@code file}. */
    public ReadItem from(String file) {
        return new ReadItem(page, reject, file);
    }

    public boolean isPage() {
        return page != null;
    }

    /** The listed file of the page or reject: {@link #inputFile}, or the reject's own source for listing's rejects. */
    public String listedFile() {
        return inputFile != null ? inputFile : page != null ? page.source() : reject.source();
    }
}
