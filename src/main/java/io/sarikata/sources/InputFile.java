package io.sarikata.sources;

import java.io.Serializable;

/**
 * An input file the driver listed: its path relative to the run's input root (what sources, ids, the statistics
 * sample and the incremental manifest use, so a dump mounted elsewhere gives the same rows), size, last
 * modification (ms since the epoch; the incremental manifest compares both), the folder name pages fall back to
 * as portal, and the root it is read from.
 *
 * @param root where {@code path} is relative to: a local folder or a Hadoop URI; empty when {@code path} is whole
 */
public record InputFile(String root, String path, long size, long modifiedMs, String portalHint) implements Serializable {

    /** A file named by its whole path, with no root. */
    public InputFile(String path, long size, long modifiedMs, String portalHint) {
        this("", path, size, modifiedMs, portalHint);
    }

    /** Where to open it: the root and the relative path joined. */
    public String location() {
        return InputRoot.resolve(root, path);
    }
}
