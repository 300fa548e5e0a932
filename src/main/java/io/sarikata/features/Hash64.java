package io.sarikata.features;

/** A fast 64-bit string hash (FNV-1a over UTF-16 units with a final avalanche) for statistics keys. */
public final class Hash64 {

    private static final long OFFSET = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;

    private Hash64() {
    }

    public static long of(String a, char kind, String b) {
        return finish(mix(start(a, kind), b));
    }

    /**
     * The state after {@code a} and {@code kind}: feed the rest one character at a time with {@link #step}
     * and close with {@link #finish} to hash a text that is never built as a string.
     */
    public static long start(String a, char kind) {
        long h = mix(OFFSET, a);
        h = (h ^ 0xFFFF) * PRIME;
        return (h ^ kind) * PRIME;
    }

    public static long step(long h, char c) {
        return (h ^ c) * PRIME;
    }

    public static long finish(long h) {
        return avalanche(h);
    }

    private static long mix(long h, String s) {
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * PRIME;
        }
        return h;
    }

    /** MurmurHash3's finaliser: spreads FNV's weak low bits. */
    private static long avalanche(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
