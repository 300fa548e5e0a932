package io.sarikata.spark;

import io.sarikata.input.Reject;

import java.io.Serializable;
import java.util.List;

/**
 * The listed inputs packed into groups of similar byte size: one task reads one group, so the number of
 * tasks (and output files) follows the data's size, not its file count.
 *
 * @param skippedHidden  files passed over because their names start with '.' or '_' (Hadoop's hidden files)
 * @param listingRejects entries that could not be listed (symlink loops, unreadable folders): they go to rejects
 */
public record InputPlan(List<List<InputFile>> groups, long files, long bytes, long skippedHidden,
                        List<Reject> listingRejects) implements Serializable {
}
