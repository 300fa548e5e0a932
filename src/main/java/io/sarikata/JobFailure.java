package io.sarikata;

/** A failure the user can act on: one line of message and the exit code a scheduler sees. */
public class JobFailure extends RuntimeException {

    public static final int USAGE = 2;
    public static final int INPUT = 3;
    public static final int MODEL = 4;
    public static final int OUTPUT = 5;
    public static final int ACCOUNTING = 6;
    /** Another build holds the output root's lock. */
    public static final int LOCKED = 7;

    private final int exitCode;

    public JobFailure(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public JobFailure(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
