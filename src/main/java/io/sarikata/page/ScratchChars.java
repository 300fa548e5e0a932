package io.sarikata.page;

/**
 * A string's characters copied into a per-thread buffer: a loop over an array runs several times faster than
 * {@code charAt} calls, which check the string's coding and bounds for every character. The buffer is reused by
 * the thread's next call, so a caller reads it before asking again.
 */
public final class ScratchChars {

    private static final ThreadLocal<char[]> BUFFER = ThreadLocal.withInitial(() -> new char[8192]);
    /** Longer texts (pages run up to 16 MB) get an array of their own, so no thread keeps a huge buffer. */
    static final int LARGEST_KEPT = 1 << 20;

    private ScratchChars() {
    }

    /**
     * The thread's buffer (for a text over {@link #LARGEST_KEPT} characters, an array of its own) holding
     * {@code text}'s characters at {@code [0, text.length())}.
     */
    public static char[] of(String text) {
        int length = text.length();
        if (length > LARGEST_KEPT) {
            return text.toCharArray();
        }
        char[] chars = BUFFER.get();
        if (chars.length < length) {
            chars = new char[Math.max(length, chars.length * 2)];
            BUFFER.set(chars);
        }
        text.getChars(0, length, chars, 0);
        return chars;
    }
}
