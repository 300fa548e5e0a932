package io.sarikata.snapshot;

import io.sarikata.sources.InputFile;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which listed files a nightly run takes unchanged from the previous snapshot and which it must read.
 * A file is reused when the previous snapshot read the same path with the same size and modification
 * time under the same model, or, with a content check, the same size and SHA-256 of its bytes (a touched or copied
 * file is reused, an edit that keeps size and time is not); a different model means every file is read again.
 *
 * @param previousRun the run id of the snapshot rows are reused from, or null for a full build
 * @param why         one line for _run.json saying why the plan is what it is
 */
public record IncrementalPlan(String previousRun, List<InputFile> reuse, List<InputFile> read, long removedFiles,
                              String why) {

    /** What the previous snapshot recorded of one input file; {@code contentHash} empty when it was not hashed. */
    public record Seen(long sizeBytes, long modifiedMs, String modelId, String contentHash) {
    }

    public static IncrementalPlan full(List<InputFile> files, String why) {
        return new IncrementalPlan(null, List.of(), files, 0, why);
    }

    /** @param hashes this run's content hashes by path, for a content check; null to compare modification times */
    public static IncrementalPlan compare(List<InputFile> files, Map<String, Seen> previous, String previousRun,
                                          String modelId, Map<String, String> hashes) {
        if (previous.values().stream().anyMatch(seen -> !seen.modelId().equals(modelId))) {
            return full(files, "the model changed since run " + previousRun + ": everything is read again");
        }
        List<InputFile> reuse = new ArrayList<>();
        List<InputFile> read = new ArrayList<>();
        Set<String> listed = new HashSet<>();
        for (InputFile f : files) {
            listed.add(f.path());
            Seen seen = previous.get(f.path());
            if (seen != null && seen.sizeBytes() == f.size() && (hashes == null ? seen.modifiedMs() == f.modifiedMs()
                    : !seen.contentHash().isEmpty() && seen.contentHash().equals(hashes.get(f.path())))) {
                reuse.add(f);
            } else {
                read.add(f);
            }
        }
        long removed = previous.keySet().stream().filter(p -> !listed.contains(p)).count();
        return new IncrementalPlan(previousRun, List.copyOf(reuse), List.copyOf(read), removed,
                reuse.size() + " files unchanged since run " + previousRun + ", " + read.size() + " new or changed, "
                        + removed + " gone" + (hashes == null ? "" : " (by size and content hash)"));
    }
}
