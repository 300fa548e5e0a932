package io.sarikata.page;

/**
 * A reusable buffer that a string's characters are copied into: a loop over an array runs several times faster
 * than {@code charAt} calls, which check the string's coding and bounds for every character. The buffer is reused
 * by the next call, so a caller reads it before asking again.
 */
public final class ScratchChars {

    private static final ThreadLocal<ScratchChars> OF_THREAD = ThreadLocal.withInitial(ScratchChars::new);
    /** Longer texts (pages run up to 16 MB) get an array of their own, so no thread keeps a huge buffer. */
    static final int LARGEST_KEPT = 1 << 20;

    private char[] buffer = new char[8192];

    ScratchChars() {
    }

    /**
     * This thread's scratch. Look it up once per page and pass it to the page's blocks: in Spark's task threads,
     * whose thread-local tables are crowded, one look-up per block was an eighth of labelling and writing.
     */
    public static ScratchChars ofThisThread() {
        return OF_THREAD.get();
    }

    /**
     * The buffer (for a text over {@link #LARGEST_KEPT} characters, an array of its own) holding {@code text}'s
     * characters at {@code [0, text.length())}.
     */
    public char[] chars(String text) {
        int length = text.length();
        if (length > LARGEST_KEPT) {
            return text.toCharArray();
        }
        if (buffer.length < length) {
            buffer = new char[Math.max(length, buffer.length * 2)];
        }
        text.getChars(0, length, buffer, 0);
        return buffer;
    }
}
