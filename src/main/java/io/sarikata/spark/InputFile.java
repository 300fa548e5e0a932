package io.sarikata.spark;

import java.io.Serializable;

/** An input file the driver listed: its path, size, and the folder name pages fall back to as portal. */
public record InputFile(String path, long size, String portalHint) implements Serializable {
}
