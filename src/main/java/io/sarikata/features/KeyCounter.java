package io.sarikata.features;

import java.io.Serializable;

/**
 * A growable open-addressing map from 64-bit statistics keys to counts, on primitive arrays. Corpus
 * statistics combine and ship counts in these, a batch per task and target, instead of one boxed pair per
 * key: most keys are unique prose lines, and boxing and serialising each one was most of the counting pass.
 */
public final class KeyCounter implements Serializable {

    /** Callback over entries. */
    @FunctionalInterface
    public interface Entry {
        void accept(long key, int count);
    }

    private long[] slots;
    private int[] counts;
    private boolean[] used;
    private int size;

    public KeyCounter() {
        this(16);
    }

    public KeyCounter(int expected) {
        int capacity = Integer.highestOneBit(Math.max(8, expected * 2 - 1)) << 1;
        slots = new long[capacity];
        counts = new int[capacity];
        used = new boolean[capacity];
    }

    public void add(long key, int count) {
        int slot = find(key);
        if (!used[slot]) {
            used[slot] = true;
            slots[slot] = key;
            size++;
        }
        counts[slot] += count;
        if (size * 2 > slots.length) {
            grow();
        }
    }

    /** Adds every count of {@code other}; returns this, for reductions. */
    public KeyCounter addAll(KeyCounter other) {
        other.forEach(this::add);
        return this;
    }

    public int size() {
        return size;
    }

    /** Entries counted at least {@code min} times. */
    public long countAtLeast(int min) {
        long[] n = {0};
        forEach((key, count) -> n[0] += count >= min ? 1 : 0);
        return n[0];
    }

    /** A new counter of the entries counted at least {@code min} times. */
    public KeyCounter atLeast(int min) {
        KeyCounter kept = new KeyCounter((int) Math.min(Integer.MAX_VALUE / 4, countAtLeast(min)));
        forEach((key, count) -> {
            if (count >= min) {
                kept.add(key, count);
            }
        });
        return kept;
    }

    public int get(long key) {
        int slot = find(key);
        return used[slot] ? counts[slot] : 0;
    }

    public void forEach(Entry entry) {
        for (int i = 0; i < slots.length; i++) {
            if (used[i]) {
                entry.accept(slots[i], counts[i]);
            }
        }
    }

    private int find(long key) {
        int mask = slots.length - 1;
        int slot = (int) mix(key) & mask;
        while (used[slot] && slots[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        long[] oldSlots = slots;
        int[] oldCounts = counts;
        boolean[] oldUsed = used;
        slots = new long[oldSlots.length * 2];
        counts = new int[oldSlots.length * 2];
        used = new boolean[oldSlots.length * 2];
        for (int i = 0; i < oldSlots.length; i++) {
            if (oldUsed[i]) {
                int slot = find(oldSlots[i]);
                used[slot] = true;
                slots[slot] = oldSlots[i];
                counts[slot] = oldCounts[i];
            }
        }
    }

    /** Keys are hashes already, but the low bits also pick the shuffle partition: mix them apart. */
    private static long mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return h ^ (h >>> 29);
    }

    /** Which of {@code partitions} a key belongs to, the same on every task. */
    public static int partition(long key, int partitions) {
        return (int) Long.remainderUnsigned(key, partitions);
    }
}
