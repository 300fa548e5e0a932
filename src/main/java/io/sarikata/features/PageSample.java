package io.sarikata.features;

import java.io.Serializable;

/**
 * A share of a corpus's pages chosen by a hash of each page's source: the same pages on every run and
 * machine, whatever the order of reading, and a smaller share is a subset of a larger one. A large corpus
 * counts its statistics on such a sample, so that counting costs about the same whatever the corpus size.
 */
public record PageSample(double share) implements Serializable {

    /** Every page. */
    public static final PageSample ALL = new PageSample(1.0);

    public PageSample {
        if (!(share > 0 && share <= 1)) {
            throw new IllegalArgumentException("a sample's share must be in (0, 1], not " + share);
        }
    }

    /** The share that takes about {@code wantedBytes} of {@code totalBytes}: every page of a smaller corpus. */
    public static PageSample ofBytes(long wantedBytes, long totalBytes) {
        if (wantedBytes <= 0) {
            throw new IllegalArgumentException("a sample needs a positive size, not " + wantedBytes + " bytes");
        }
        return totalBytes <= wantedBytes ? ALL : new PageSample(wantedBytes / (double) totalBytes);
    }

    public boolean isAll() {
        return share >= 1;
    }

    public boolean contains(String source) {
        return isAll() || position(source) < share;
    }

    /** Where a source falls in [0, 1), evenly spread over sources. */
    static double position(String source) {
        return (Hash64.of(source, 'x', "") >>> 11) * 0x1.0p-53;
    }
}
