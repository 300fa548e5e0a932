package io.sarikata.output;

import java.io.Serializable;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What a snapshot's dataset card and report count of its documents and blocks: blocks by portal and label, block
 * scores in {@link #SCORE_BINS} bins, and documents by portal, language and block count, with the range of the
 * dates their bodies name and how many have no body. Tasks count what they write; the card adds their counts up
 * instead of reading every block back, and counts from the snapshot's files when rows were carried over from an
 * earlier run.
 */
public final class ContentCounts implements Serializable {

    public static final int SCORE_BINS = 20;

    /** Per portal: blocks labelled body, then nav. */
    private final Map<String, long[]> labelsByPortal = new TreeMap<>();
    private final long[] scoreBins = new long[SCORE_BINS];
    /** Per portal, language and block count: documents. */
    private final Map<String, Map<String, Map<Integer, Long>>> documents = new TreeMap<>();
    private String earliestDate;
    private String latestDate;
    private long dated;
    private long emptyBodies;

    /** The score's bin: {@code min(floor(score * SCORE_BINS), SCORE_BINS - 1)}, at least 0. */
    public static int scoreBin(double score) {
        return (int) Math.max(0, Math.min(Math.floor(score * SCORE_BINS), SCORE_BINS - 1));
    }

    public void addBlocks(String portal, boolean body, int scoreBin, long n) {
        labelsByPortal.computeIfAbsent(portal, k -> new long[2])[body ? 0 : 1] += n;
        scoreBins[Math.max(0, scoreBin)] += n;
    }

    /** {@code n} documents of {@code blocks} blocks in {@code language} on {@code portal}. */
    public void addDocuments(String portal, String language, int blocks, long n) {
        documents.computeIfAbsent(portal, k -> new TreeMap<>()).computeIfAbsent(language, k -> new TreeMap<>())
                .merge(blocks, n, Long::sum);
    }

    /**
     * @param earliest the earliest date among some documents (ISO), or null
     * @param latest   the latest, or null
     * @param dated    how many of them name a date
     * @param empty    how many of them have no body block
     */
    public void addDates(String earliest, String latest, long dated, long empty) {
        if (earliest != null && (earliestDate == null || earliest.compareTo(earliestDate) < 0)) {
            earliestDate = earliest;
        }
        if (latest != null && (latestDate == null || latest.compareTo(latestDate) > 0)) {
            latestDate = latest;
        }
        this.dated += dated;
        this.emptyBodies += empty;
    }

    /** Adds another task's counts to these. */
    public ContentCounts add(ContentCounts other) {
        other.labelsByPortal.forEach((portal, n) -> {
            long[] mine = labelsByPortal.computeIfAbsent(portal, k -> new long[2]);
            mine[0] += n[0];
            mine[1] += n[1];
        });
        for (int i = 0; i < SCORE_BINS; i++) {
            scoreBins[i] += other.scoreBins[i];
        }
        other.documents.forEach((portal, byLanguage) -> byLanguage.forEach((language, byBlocks) -> byBlocks.forEach(
                (blocks, n) -> addDocuments(portal, language, blocks, n))));
        addDates(other.earliestDate, other.latestDate, other.dated, other.emptyBodies);
        return this;
    }

    public Map<String, long[]> labelsByPortal() {
        return labelsByPortal;
    }

    public long[] scoreBins() {
        return scoreBins;
    }

    /** Documents per portal, language and block count. */
    public Map<String, Map<String, Map<Integer, Long>>> documents() {
        return documents;
    }

    public String earliestDate() {
        return earliestDate;
    }

    public String latestDate() {
        return latestDate;
    }

    public long dated() {
        return dated;
    }

    public long emptyBodies() {
        return emptyBodies;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof ContentCounts c)) {
            return false;
        }
        if (!labelsByPortal.keySet().equals(c.labelsByPortal.keySet())) {
            return false;
        }
        for (var e : labelsByPortal.entrySet()) {
            if (!java.util.Arrays.equals(e.getValue(), c.labelsByPortal.get(e.getKey()))) {
                return false;
            }
        }
        return java.util.Arrays.equals(scoreBins, c.scoreBins) && documents.equals(c.documents)
                && Objects.equals(earliestDate, c.earliestDate) && Objects.equals(latestDate, c.latestDate)
                && dated == c.dated && emptyBodies == c.emptyBodies;
    }

    @Override
    public int hashCode() {
        return Objects.hash(documents, earliestDate, latestDate, dated, emptyBodies);
    }

    @Override
    public String toString() {
        StringBuilder labels = new StringBuilder();
        labelsByPortal.forEach((p, n) -> labels.append(p).append('=').append(n[0]).append('/').append(n[1]).append(' '));
        return "ContentCounts{labels " + labels + "scores " + java.util.Arrays.toString(scoreBins) + " documents "
                + documents + " dates " + earliestDate + ".." + latestDate + " (" + dated + ") empty " + emptyBodies + "}";
    }
}
