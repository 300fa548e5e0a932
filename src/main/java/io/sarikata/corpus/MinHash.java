package io.sarikata.corpus;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * MinHash signatures of a body's word shingles and their LSH bands. Seeds are fixed, so the same body gives the
 * same signature in every run and on every machine.
 *
 * <p>Shingles are {@link #SHINGLE_WORDS} consecutive words. {@link #HASHES} hash functions are split into
 * {@link #BANDS} bands of {@link #ROWS} rows: two bodies share a band with probability {@code 1-(1-J^5)^24} for
 * Jaccard similarity J, 0.99 at J = 0.7 and 0.13 at J = 0.3, and candidates sharing a band are kept as
 * duplicates when their estimated Jaccard (the share of equal signature values) is at least {@link #THRESHOLD}.
 */
public final class MinHash {

    public static final int SHINGLE_WORDS = 5;
    public static final int BANDS = 24;
    public static final int ROWS = 5;
    public static final int HASHES = BANDS * ROWS;
    /**
     * Estimated Jaccard similarity of 5-word shingles at or above which two bodies are near-duplicates. The copies
     * of a ten-line story in NearDuplicatesTest (another dateline, a "Baca Juga" line added, one sentence changed)
     * have exact Jaccard 1.0, 0.89 and 0.79, estimated 1.0, 0.88 and 0.72; two other stories, one on the same
     * subject, 0. With 120 hashes the estimate's standard deviation is about 0.04 at J = 0.78, so pairs of true
     * J >= 0.78 are kept with probability about 0.97 or more.
     */
    public static final double THRESHOLD = 0.7;

    /**
     * The i-th hash of a shingle is {@code MULTIPLIERS[i] * h + SEEDS[i]} (mod 2^64) of its mixed hash h, compared
     * signed: odd multipliers make each a permutation whose high bits, which decide the order, are well mixed. One
     * multiply-add per hash instead of a full mix made signatures three times cheaper.
     */
    private static final long[] SEEDS = seeds();
    private static final long[] MULTIPLIERS = multipliers();

    private MinHash() {
    }

    private static long[] seeds() {
        long[] seeds = new long[HASHES];
        long state = 0x5A41_4B41_5441L; // fixed: signatures must be equal across runs
        for (int i = 0; i < HASHES; i++) {
            state += 0x9E3779B97F4A7C15L;
            seeds[i] = mix(state);
        }
        return seeds;
    }

    private static long[] multipliers() {
        long[] multipliers = new long[HASHES];
        for (int i = 0; i < HASHES; i++) {
            multipliers[i] = mix(SEEDS[i] ^ 0x4D494E48L) | 1; // odd
        }
        return multipliers;
    }

    /** SplitMix64's finaliser: a cheap, well-spread 64-bit permutation. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /**
     * The signature of {@code words} (see {@link BodyWords}), or null when there are none. A body shorter than one
     * shingle is one shingle of all its words.
     */
    public static long[] signature(List<String> words) {
        if (words.isEmpty()) {
            return null;
        }
        long[] wordHashes = new long[words.size()];
        for (int i = 0; i < wordHashes.length; i++) {
            wordHashes[i] = stringHash(words.get(i));
        }
        long[] min = new long[HASHES];
        Arrays.fill(min, Long.MAX_VALUE);
        int shingles = Math.max(1, wordHashes.length - SHINGLE_WORDS + 1);
        for (int s = 0; s < shingles; s++) {
            long h = 0x243F6A8885A308D3L;
            for (int w = s; w < Math.min(s + SHINGLE_WORDS, wordHashes.length); w++) {
                h = mix(h ^ wordHashes[w]);
            }
            h = mix(h);
            for (int i = 0; i < HASHES; i++) {
                long v = MULTIPLIERS[i] * h + SEEDS[i];
                if (v < min[i]) {
                    min[i] = v;
                }
            }
        }
        return min;
    }

    private static long stringHash(String word) {
        byte[] bytes = word.getBytes(StandardCharsets.UTF_8);
        long h = 0xCBF29CE484222325L; // FNV-1a, then mixed
        for (byte b : bytes) {
            h = (h ^ (b & 0xff)) * 0x100000001B3L;
        }
        return mix(h);
    }

    /** One key per band: the band's index and its rows hashed together, so equal keys mean an equal band. */
    public static long[] bandKeys(long[] signature) {
        long[] keys = new long[BANDS];
        for (int b = 0; b < BANDS; b++) {
            long h = mix(b + 1L);
            for (int r = 0; r < ROWS; r++) {
                h = mix(h ^ signature[b * ROWS + r]);
            }
            keys[b] = h;
        }
        return keys;
    }

    /** The estimated Jaccard similarity of two signatures: the share of equal values. */
    public static double similarity(long[] a, long[] b) {
        int equal = 0;
        for (int i = 0; i < HASHES; i++) {
            if (a[i] == b[i]) {
                equal++;
            }
        }
        return (double) equal / HASHES;
    }
}
