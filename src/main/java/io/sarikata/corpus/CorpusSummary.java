package io.sarikata.corpus;

import java.util.List;
import java.util.Map;

/**
 * The numbers a snapshot's dataset card and HTML report show, counted by the build over what it wrote.
 *
 * @param pagesByPortal       documents per portal
 * @param bodyShareByPortal   share of each portal's blocks labelled body
 * @param scoreHistogram      blocks per score bin, {@code scoreHistogram.length} equal bins over [0, 1]
 * @param blocksPerPage       documents per bin of their block count, in bin order ({@code "1-5"}, ...)
 * @param languages           documents per language
 * @param languagesByPortal   documents per portal, then per language
 * @param duplicateClusterSizes clusters of two or more documents, per size
 * @param datesWritten        earliest and latest {@code date_written}, and documents with one (null when none)
 * @param schemas             per dataset, its columns as {name, type}
 */
public record CorpusSummary(String runId, String builtAt, List<String> inputs, String modelId, String modelSource,
                            long inputPages, long documents, long rejects, Map<String, Long> blocksByLabel,
                            Map<String, Long> rejectsByReason, Map<String, Long> pagesByPortal,
                            Map<String, Double> bodyShareByPortal, long[] scoreHistogram,
                            Map<String, Long> blocksPerPage, Map<String, Long> languages,
                            Map<String, Map<String, Long>> languagesByPortal, Map<Long, Long> duplicateClusterSizes,
                            double duplicateThreshold, long emptyBodies, DateRange datesWritten,
                            Map<String, List<String[]>> schemas) {

    /** The dates documents name in their bodies. */
    public record DateRange(String earliest, String latest, long documents) {
    }

    public long documentsInClusters() {
        return duplicateClusterSizes.entrySet().stream().mapToLong(e -> e.getKey() * e.getValue()).sum();
    }

    public long clusters() {
        return duplicateClusterSizes.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Documents left when each cluster keeps only its representative. */
    public long distinctDocuments() {
        return documents - documentsInClusters() + clusters();
    }
}
