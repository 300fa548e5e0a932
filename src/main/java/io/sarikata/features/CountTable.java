package io.sarikata.features;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Corpus statistics in a compact form that tasks can hold: an open-addressing table of 64-bit keys
 * and their page counts (only keys seen on two or more pages are kept; absent means one page), plus
 * pages per portal. Primitive arrays: no boxing, no sorting, one probe per lookup on average.
 */
public final class CountTable implements CorpusStats, Serializable {

    /** Marks an empty slot; a real key equal to it is kept aside in {@link #zeroKeyCount}. */
    private static final long EMPTY = 0L;

    private final long[] slots;
    private final int[] counts;
    private final int size;
    private final int zeroKeyCount;
    private final PageSample sample;

    /**
     * {@code keys} and {@code counts} are parallel; order does not matter; a repeated key keeps its last count.
     * Portal sizes are {@link StatKeys#portalKey} entries among the keys.
     */
    public CountTable(long[] keys, int[] counts) {
        this(keys, counts, PageSample.ALL);
    }

    /** A table counted on the pages of {@code sample} only. */
    public CountTable(long[] keys, int[] counts, PageSample sample) {
        if (keys.length != counts.length) {
            throw new IllegalArgumentException("keys and counts differ in length");
        }
        int capacity = Integer.highestOneBit(Math.max(4, keys.length * 2 - 1)) << 1;
        this.slots = new long[capacity];
        this.counts = new int[capacity];
        int distinct = 0;
        int zero = 0;
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] == EMPTY) {
                distinct += zero == 0 ? 1 : 0;
                zero = counts[i];
                continue;
            }
            int slot = find(keys[i]);
            if (slots[slot] == EMPTY) {
                slots[slot] = keys[i];
                distinct++;
            }
            this.counts[slot] = counts[i];
        }
        this.size = distinct;
        this.zeroKeyCount = zero;
        this.sample = sample;
    }

    /** A table of the keys and counts of {@code parts}, which hold disjoint keys (a statistics shuffle's outputs). */
    public static CountTable of(List<KeyCounter> parts, PageSample sample) {
        int size = Math.toIntExact(parts.stream().mapToLong(KeyCounter::size).sum());
        long[] keys = new long[size];
        int[] counts = new int[size];
        int[] next = {0};
        for (KeyCounter part : parts) {
            part.forEach((key, count) -> {
                keys[next[0]] = key;
                counts[next[0]++] = count;
            });
        }
        return new CountTable(keys, counts, sample);
    }

    /** A table from keys and pages per portal given apart, as tests and small corpora have them. */
    public CountTable(long[] keys, int[] counts, Map<String, Integer> pagesByPortal) {
        this(keysWithPortals(keys, pagesByPortal), countsWithPortals(counts, pagesByPortal));
    }

    private static long[] keysWithPortals(long[] keys, Map<String, Integer> pagesByPortal) {
        long[] all = Arrays.copyOf(keys, keys.length + pagesByPortal.size());
        int i = keys.length;
        for (String portal : pagesByPortal.keySet()) {
            all[i++] = StatKeys.portalKey(portal);
        }
        return all;
    }

    private static int[] countsWithPortals(int[] counts, Map<String, Integer> pagesByPortal) {
        int[] all = Arrays.copyOf(counts, counts.length + pagesByPortal.size());
        int i = counts.length;
        for (int pages : pagesByPortal.values()) {
            all[i++] = pages;
        }
        return all;
    }

    /** The slot holding {@code key}, or the empty slot where it would go (linear probing). */
    private int find(long key) {
        int mask = slots.length - 1;
        int slot = (int) (key ^ (key >>> 32)) & mask;
        while (slots[slot] != EMPTY && slots[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    public PageSample sample() {
        return sample;
    }

    public int size() {
        return size;
    }

    @Override
    public int portalPages(String portal) {
        return Math.max(1, keyPages(StatKeys.portalKey(portal)));
    }

    @Override
    public int keyPages(long key) {
        return Math.max(1, counted(key));
    }

    /** Pages the table counted with the key; 0 when it is not kept (on one page or none). */
    int counted(long key) {
        if (key == EMPTY) {
            return zeroKeyCount;
        }
        int slot = find(key);
        return slots[slot] == key ? counts[slot] : 0;
    }

    @Override
    public CorpusStats forPage(String source) {
        return sample.contains(source) ? this : new OutsideSample(this);
    }

    /**
     * A page the sample left out adds itself to every count it asks for, so that a block's repeat share is
     * over the sample's pages of the portal, as for a page of the sample (which the counts hold already).
     * Keys the sample saw on one page only are not kept, so they count as unseen: one sampled page short.
     */
    private record OutsideSample(CountTable table) implements CorpusStats {
        @Override
        public int portalPages(String portal) {
            return table.counted(StatKeys.portalKey(portal)) + 1;
        }

        @Override
        public int keyPages(long key) {
            return table.counted(key) + 1;
        }
    }
}
