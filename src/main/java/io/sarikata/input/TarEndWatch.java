package io.sarikata.input;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Watches the bytes a tar reader consumes, to tell a proper end from a stream that just stops: commons-compress
 * takes both for the end of the bundle. A proper end is an all-zero 512-byte block where the next header would be.
 */
final class TarEndWatch extends FilterInputStream {
    private static final int TAR_BLOCK_BYTES = 512;
    private long bytesRead;
    private long expectedEndAt;
    private int zerosAtExpectedEnd;
    private boolean nonZeroAtExpectedEnd;

    TarEndWatch(InputStream in) {
        super(in);
    }

    long bytesRead() {
        return bytesRead;
    }

    /** Called as the reader hands out an entry: its data, padded to whole blocks, comes next, then a header. */
    void entryDataStartsHere(long dataBytes) {
        long paddedData = (dataBytes + TAR_BLOCK_BYTES - 1) / TAR_BLOCK_BYTES * TAR_BLOCK_BYTES;
        expectedEndAt = bytesRead + Math.max(paddedData, 0);
        zerosAtExpectedEnd = 0;
        nonZeroAtExpectedEnd = false;
    }

    boolean endedWithZeroBlock() {
        return zerosAtExpectedEnd == TAR_BLOCK_BYTES && !nonZeroAtExpectedEnd;
    }

    @Override
    public int read() throws IOException {
        int b = in.read();
        if (b >= 0) {
            see((byte) b);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = in.read(b, off, len);
        for (int i = 0; i < n; i++) {
            see(b[off + i]);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        // Skipped bytes are unseen, so a skipped end block does not count as seen.
        long skipped = in.skip(n);
        bytesRead += Math.max(skipped, 0);
        return skipped;
    }

    @Override
    public boolean markSupported() {
        // Re-reading after a reset would count bytes twice.
        return false;
    }

    private void see(byte b) {
        if (bytesRead >= expectedEndAt && bytesRead < expectedEndAt + TAR_BLOCK_BYTES) {
            if (b == 0) {
                zerosAtExpectedEnd++;
            } else {
                nonZeroAtExpectedEnd = true;
            }
        }
        bytesRead++;
    }
}
