package io.sarikata.sources;

import java.io.Serializable;

/**
 * An input file the driver listed: its path, size, last modification (ms since the epoch; the
 * incremental manifest compares both), and the folder name pages fall back to as portal.
 */
public record InputFile(String path, long size, long modifiedMs, String portalHint) implements Serializable {
}
