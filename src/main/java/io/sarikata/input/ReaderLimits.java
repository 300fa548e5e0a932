package io.sarikata.input;

import java.io.Serializable;

/**
 * Bounds that keep one bad input from taking a task down.
 *
 * @param maxPageBytes  a page (or archive member) larger than this is rejected as too_large
 * @param maxLineChars  a longer line is cut to this many characters (the cut is recorded on the document)
 */
public record ReaderLimits(long maxPageBytes, int maxLineChars) implements Serializable {

    public static final ReaderLimits DEFAULTS = new ReaderLimits(16L * 1024 * 1024, 100_000);
}
