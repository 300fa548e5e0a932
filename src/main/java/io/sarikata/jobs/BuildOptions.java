package io.sarikata.jobs;

import io.sarikata.statistics.StatisticsSettings;
import io.sarikata.input.ReaderLimits;

import java.io.Serializable;
import java.util.List;

/**
 * What a build needs to know.
 *
 * @param modelPath     a model artifact to apply; null to learn one from the input first
 * @param goldDir       labelled pages that teach the learned model; null for weak labels only
 * @param maxGroupBytes bytes of input one task reads at most
 * @param statistics    how the corpus statistics are counted
 * @param keepSnapshots published snapshots kept under the output root, the latest included
 * @param progressSeconds how often reading logs its progress; 0 for never
 * @param incremental   reuse the previous snapshot's rows for input files it read unchanged (needs a model)
 * @param checkContent  hash every input file and store the hash in the manifest; with {@code incremental}, a file is
 *                      unchanged when its size and hash are, whatever its modification time
 */
public record BuildOptions(List<String> inputs, String output, String modelPath, String goldDir,
                           ReaderLimits limits, long maxGroupBytes, StatisticsSettings statistics,
                           ModelTraining.Settings training, int keepSnapshots, int progressSeconds,
                           boolean incremental, boolean learnFromInput, boolean checkContent)
        implements Serializable {

    public static final long DEFAULT_GROUP_BYTES = 128L * 1024 * 1024;
    public static final int DEFAULT_KEEP_SNAPSHOTS = 7;
}
