package io.sarikata.cli;

import io.sarikata.model.InvalidModelException;
import io.sarikata.jobs.GoldSet;
import io.sarikata.JobFailure;
import io.sarikata.output.WriteFailures;
import picocli.CommandLine;

/**
 * Turns a failure into one line on stderr and an exit code a scheduler can act on; the stack trace
 * only with {@code --verbose}.
 */
final class FailureHandler implements CommandLine.IExecutionExceptionHandler {

    static final int UNEXPECTED = 1;
    static final int MAX_MESSAGE_CHARS = 400;

    @Override
    public int handleExecutionException(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        boolean verbose = parsed.subcommand() != null && parsed.subcommand().hasMatchedOption("--verbose");
        JobFailure failure = findCause(e, JobFailure.class);
        InvalidModelException invalidModel = findCause(e, InvalidModelException.class);
        int code;
        String message;
        if (failure != null) {
            code = failure.exitCode();
            message = failure.getMessage();
        } else if (invalidModel != null) {
            code = JobFailure.MODEL;
            message = "invalid model: " + invalidModel.getMessage();
        } else if (GoldSet.mismatch(e) != null) {
            code = JobFailure.INPUT;
            message = "gold does not match its page: " + firstLine(GoldSet.mismatch(e));
        } else if (WriteFailures.reason(e) != null) {
            code = JobFailure.OUTPUT;
            message = "cannot write: " + WriteFailures.reason(e);
        } else {
            code = UNEXPECTED;
            Throwable root = e;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            message = "unexpected failure: " + firstLine(root.toString())
                    + (verbose ? "" : " (run with --verbose for the stack trace)");
        }
        cli.getErr().println("sarikata: " + message);
        if (verbose) {
            e.printStackTrace(cli.getErr());
        }
        return code;
    }

    /** Spark's messages can carry whole serialised records; one short line is what a log needs. */
    static String firstLine(String message) {
        String line = message.lines().findFirst().orElse("");
        return line.length() > MAX_MESSAGE_CHARS ? line.substring(0, MAX_MESSAGE_CHARS) + "..." : line;
    }

    private static <T extends Throwable> T findCause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
