package io.sarikata.spark;

import io.sarikata.input.Reject;
import io.sarikata.segment.Page;

import java.io.Serializable;

/** What reading gives for one input page: a segmented page or a reject, never both. */
public record ReadItem(Page page, Reject reject) implements Serializable {

    public static ReadItem of(Page page) {
        return new ReadItem(page, null);
    }

    public static ReadItem of(Reject reject) {
        return new ReadItem(null, reject);
    }

    public boolean isPage() {
        return page != null;
    }
}
