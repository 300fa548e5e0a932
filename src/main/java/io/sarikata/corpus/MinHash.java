package io.sarikata.corpus;

import java.util.Arrays;
import java.util.List;

/**
 * MinHash signatures of a body's word shingles and their LSH bands. Seeds are fixed, so the same body gives the
 * same signature in every run and on every machine.
 *
 * <p>Shingles are {@link #SHINGLE_WORDS} consecutive words. A signature holds {@link #HASHES} values, split into
 * {@link #BANDS} bands of {@link #ROWS} rows: two bodies share a band with probability about {@code 1-(1-J^5)^24}
 * for Jaccard similarity J, 0.99 at J = 0.7 and 0.13 at J = 0.3, and candidates sharing a band are kept as
 * duplicates when their estimated Jaccard (the share of equal signature values) is at least {@link #THRESHOLD}.
 *
 * <p>The values come from one-permutation hashing with optimal densification (Li, Owen and Zhang, NIPS 2012;
 * Shrivastava, ICML 2017): each shingle is hashed once, the hash's high half picks one of {@link #HASHES} bins and its
 * low half is the value, each bin keeps its smallest value, and an empty bin takes the value of the first non-empty
 * bin in a fixed pseudo-random sequence of its own. Two bodies then have equal values at a position with probability
 * J, as with {@link #HASHES} independent hash functions, for one hash per shingle instead of {@link #HASHES}: about
 * 3 us for a 4 KB page instead of 60 us.
 */
public final class MinHash {

    public static final int SHINGLE_WORDS = 5;
    public static final int BANDS = 24;
    public static final int ROWS = 5;
    public static final int HASHES = BANDS * ROWS;
    /** Names the way signatures are made; signatures stored with another name are made again from the text. */
    public static final String METHOD = "oph-densified-120x32-v1";
    /**
     * Estimated Jaccard similarity of 5-word shingles at or above which two bodies are near-duplicates. The copies
     * of a ten-line story in NearDuplicatesTest (another dateline, a "Baca Juga" line added, one sentence changed)
     * have exact Jaccard 1.0, 0.89 and 0.79; two other stories, one on the same subject, 0. With 120 values the
     * estimate's standard deviation is about 0.04 at J = 0.78, so pairs of true J >= 0.78 are kept with probability
     * about 0.97 or more.
     */
    public static final double THRESHOLD = 0.7;

    private static final long EMPTY = Long.MAX_VALUE;
    private static final long SHINGLE_START = 0x243F6A8885A308D3L;
    private static final long SHINGLE_MULTIPLIER = 0x9E3779B97F4A7C15L;
    private static final long DENSIFY_SEED = 0x5A41_4B41_5441L; // fixed: signatures must be equal across runs

    private MinHash() {
    }

    /** SplitMix64's finaliser: a cheap, well-spread 64-bit permutation. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** The signature of words given as strings (tests and tools); equal to that of the same words encoded. */
    public static long[] signature(List<String> words) {
        return signature(BodyWords.encode(words));
    }

    /**
     * The signature of a body's words (see {@link BodyWords}), or null when there are none: {@link #HASHES} values
     * in {@code [0, 2^32)}. A body shorter than one shingle is one shingle of all its words.
     */
    public static long[] signature(BodyWords.Encoded words) {
        int count = words.count();
        if (count == 0) {
            return null;
        }
        byte[] bytes = words.bytes();
        long[] wordHashes = new long[count];
        for (int w = 0; w < count; w++) {
            long h = 0xCBF29CE484222325L; // FNV-1a of the word's UTF-8 bytes, then mixed
            for (int b = words.start(w), end = words.end(w); b < end; b++) {
                h = (h ^ (bytes[b] & 0xff)) * 0x100000001B3L;
            }
            wordHashes[w] = mix(h);
        }
        long[] bins = new long[HASHES];
        Arrays.fill(bins, EMPTY);
        int shingles = Math.max(1, count - SHINGLE_WORDS + 1);
        for (int s = 0; s < shingles; s++) {
            long h = SHINGLE_START;
            for (int w = s, end = Math.min(s + SHINGLE_WORDS, count); w < end; w++) {
                h = (h + wordHashes[w]) * SHINGLE_MULTIPLIER;
            }
            h = mix(h);
            int bin = bin(h);
            long value = h & 0xFFFF_FFFFL;
            if (value < bins[bin]) {
                bins[bin] = value;
            }
        }
        long[] signature = bins.clone();
        for (int i = 0; i < HASHES; i++) {
            if (bins[i] == EMPTY) {
                // Optimal densification: the bins this one tries are the same for every body, so two bodies take the
                // same bin's value whenever the first non-empty bin in the sequence is the same for both.
                long state = mix(DENSIFY_SEED + i);
                int from;
                do {
                    state = mix(state + SHINGLE_MULTIPLIER);
                    from = bin(state);
                } while (bins[from] == EMPTY);
                signature[i] = bins[from];
            }
        }
        return signature;
    }

    /** A bin from a hash's high 32 bits: {@code floor(high * HASHES / 2^32)}. */
    private static int bin(long hash) {
        return (int) (((hash >>> 32) * HASHES) >>> 32);
    }

    /** The signature in 4 bytes a value, big-endian: what the build stores. */
    public static byte[] toBytes(long[] signature) {
        byte[] bytes = new byte[HASHES * 4];
        for (int i = 0; i < HASHES; i++) {
            int v = (int) signature[i];
            bytes[4 * i] = (byte) (v >>> 24);
            bytes[4 * i + 1] = (byte) (v >>> 16);
            bytes[4 * i + 2] = (byte) (v >>> 8);
            bytes[4 * i + 3] = (byte) v;
        }
        return bytes;
    }

    /** The signature {@link #toBytes} stored. */
    public static long[] fromBytes(byte[] bytes) {
        if (bytes.length != HASHES * 4) {
            throw new IllegalArgumentException("a signature has " + HASHES * 4 + " bytes, not " + bytes.length);
        }
        long[] signature = new long[HASHES];
        for (int i = 0; i < HASHES; i++) {
            signature[i] = ((bytes[4 * i] & 0xffL) << 24) | ((bytes[4 * i + 1] & 0xffL) << 16)
                    | ((bytes[4 * i + 2] & 0xffL) << 8) | (bytes[4 * i + 3] & 0xffL);
        }
        return signature;
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
