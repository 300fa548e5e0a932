package io.sarikata.input;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Remembers whether the stream it wraps failed, so an error seen higher up can be blamed on the right layer. */
final class FaultRecordingStream extends FilterInputStream {
    private final boolean closeWrapped;
    private boolean failed;

    FaultRecordingStream(InputStream in, boolean closeWrapped) {
        super(in);
        this.closeWrapped = closeWrapped;
    }

    boolean failed() {
        return failed;
    }

    @Override
    public int read() throws IOException {
        try {
            return in.read();
        } catch (IOException | RuntimeException e) {
            failed = true;
            throw e;
        }
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        try {
            return in.read(b, off, len);
        } catch (IOException | RuntimeException e) {
            failed = true;
            throw e;
        }
    }

    @Override
    public long skip(long n) throws IOException {
        try {
            return in.skip(n);
        } catch (IOException | RuntimeException e) {
            failed = true;
            throw e;
        }
    }

    @Override
    public int available() throws IOException {
        try {
            return in.available();
        } catch (IOException | RuntimeException e) {
            failed = true;
            throw e;
        }
    }

    @Override
    public void close() throws IOException {
        if (closeWrapped) {
            in.close();
        }
    }
}
