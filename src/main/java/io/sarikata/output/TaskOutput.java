package io.sarikata.output;

import io.sarikata.sources.FileGroup;
import io.sarikata.sources.InputFile;
import org.apache.spark.api.java.JavaSparkContext;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one successful task wrote: its staging folder, the files in it (relative paths, the same under the
 * snapshot), and its counts. The driver gets exactly one per task from the action's results, never from a
 * failed or duplicate attempt, which is why the accounting check adds these up and not accumulators.
 *
 * @param content what the dataset card counts of the documents and blocks written, or null (tasks of other jobs)
 */
public record TaskOutput(String staging, List<String> files, Map<String, Long> documentsByPortal,
                         Map<String, Long> rejectsByReason, Map<String, Long> blocksByLabel, ContentCounts content)
        implements Serializable {

    public TaskOutput(String staging, List<String> files, Map<String, Long> documentsByPortal,
                      Map<String, Long> rejectsByReason, Map<String, Long> blocksByLabel) {
        this(staging, files, documentsByPortal, rejectsByReason, blocksByLabel, null);
    }

    /** The tasks' content counts added up, or null when a task has none. */
    public static ContentCounts content(List<TaskOutput> outputs) {
        ContentCounts total = new ContentCounts();
        for (TaskOutput output : outputs) {
            if (output.content() == null) {
                return null;
            }
            total.add(output.content());
        }
        return total;
    }

    public long documents() {
        return documentsByPortal.values().stream().mapToLong(Long::longValue).sum();
    }

    public long rejects() {
        return rejectsByReason.values().stream().mapToLong(Long::longValue).sum();
    }

    /** What one task does with its group of input files. */
    @FunctionalInterface
    public interface GroupWriter extends Serializable {
        TaskOutput write(int partition, List<InputFile> files) throws IOException;
    }

    /** Runs {@code writer} on every group, one task each, and returns each successful task's output once. */
    public static List<TaskOutput> writeGroups(JavaSparkContext jsc, List<List<InputFile>> groups, GroupWriter writer) {
        return jsc.parallelize(FileGroup.of(groups), Math.max(1, groups.size()))
                .mapPartitionsWithIndex((partition, group) -> {
                    List<InputFile> files = new ArrayList<>();
                    group.forEachRemaining(g -> files.addAll(g.files()));
                    return List.of(writer.write(partition, files)).iterator();
                }, false)
                .collect();
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
