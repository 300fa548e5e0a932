package io.sarikata.spark;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one successful task wrote: its staging folder, the files in it (relative paths, the same under the
 * snapshot), and its counts. The driver gets exactly one per task from the action's results, never from a
 * failed or duplicate attempt, which is why the accounting check adds these up and not accumulators.
 */
public record TaskOutput(String staging, List<String> files, Map<String, Long> documentsByPortal,
                         Map<String, Long> rejectsByReason, Map<String, Long> blocksByLabel) implements Serializable {

    public long documents() {
        return documentsByPortal.values().stream().mapToLong(Long::longValue).sum();
    }

    public long rejects() {
        return rejectsByReason.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Counts added up over tasks, keys sorted. */
    public static Map<String, Long> sum(List<TaskOutput> outputs, java.util.function.Function<TaskOutput, Map<String, Long>> counts) {
        Map<String, Long> total = new TreeMap<>();
        for (TaskOutput output : outputs) {
            counts.apply(output).forEach((k, v) -> total.merge(k, v, Long::sum));
        }
        return total;
    }
}
