package io.sarikata.cli;

import io.sarikata.jobs.RunReport;

import java.util.Map;

/** The few lines a command prints when it is done. */
final class Summaries {

    private Summaries() {
    }

    static String build(RunReport report) {
        Map<?, ?> accounting = (Map<?, ?>) report.get("accounting");
        long totalMs = report.timingsMs().values().stream().mapToLong(Long::longValue).sum();
        return String.format("sarikata build: %s input pages -> %s documents + %s rejects; blocks %s; rejects %s; model %s; %.1f s%npublished %s as the latest snapshot of %s",
                accounting.get("input_pages"), accounting.get("documents"), accounting.get("rejects"),
                report.get("blocks_by_label"), report.get("rejects_by_reason"), report.get("model_id"),
                totalMs / 1000.0, report.get("run_id"), report.get("output"));
    }
}
