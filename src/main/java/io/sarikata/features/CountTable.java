package io.sarikata.features;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Map;

/**
 * Corpus statistics in a compact form that tasks can hold: sorted 64-bit keys and their page counts
 * (only keys seen on two or more pages are kept; absent means one page), plus pages per portal.
 */
public final class CountTable implements CorpusStats, Serializable {

    private final long[] keys;
    private final int[] counts;
    private final Map<String, Integer> pagesByPortal;

    /** {@code keys} and {@code counts} are parallel; keys need not be sorted. */
    public CountTable(long[] keys, int[] counts, Map<String, Integer> pagesByPortal) {
        if (keys.length != counts.length) {
            throw new IllegalArgumentException("keys and counts differ in length");
        }
        Integer[] order = new Integer[keys.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> Long.compare(keys[x], keys[y]));
        this.keys = new long[keys.length];
        this.counts = new int[keys.length];
        for (int i = 0; i < order.length; i++) {
            this.keys[i] = keys[order[i]];
            this.counts[i] = counts[order[i]];
        }
        this.pagesByPortal = Map.copyOf(pagesByPortal);
    }

    public int size() {
        return keys.length;
    }

    public Map<String, Integer> pagesByPortal() {
        return pagesByPortal;
    }

    @Override
    public int portalPages(String portal) {
        return Math.max(1, pagesByPortal.getOrDefault(portal, 1));
    }

    @Override
    public int textPages(String portal, String normalizedText) {
        return count(StatKeys.textKey(portal, normalizedText));
    }

    @Override
    public int shapePages(String portal, String shape) {
        return count(StatKeys.shapeKey(portal, shape));
    }

    private int count(long key) {
        int i = Arrays.binarySearch(keys, key);
        return i >= 0 ? counts[i] : 1;
    }
}
