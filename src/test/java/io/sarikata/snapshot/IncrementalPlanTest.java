package io.sarikata.snapshot;

import io.sarikata.sources.InputFile;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IncrementalPlanTest {

    static InputFile file(String path, long size, long modified) {
        return new InputFile(path, size, modified, "p");
    }

    @Test
    void reusesFilesWithTheSameSizeAndTimeUnderTheSameModel() {
        List<InputFile> listed = List.of(file("/d/a.txt", 10, 1), file("/d/b.txt", 20, 2), file("/d/c.txt", 30, 3),
                file("/d/new.txt", 5, 9));
        Map<String, IncrementalPlan.Seen> previous = Map.of(
                "/d/a.txt", new IncrementalPlan.Seen(10, 1, "m-1", ""),
                "/d/b.txt", new IncrementalPlan.Seen(21, 2, "m-1", ""),
                "/d/c.txt", new IncrementalPlan.Seen(30, 4, "m-1", ""),
                "/d/gone.txt", new IncrementalPlan.Seen(1, 1, "m-1", ""));
        IncrementalPlan plan = IncrementalPlan.compare(listed, previous, "run-1", "m-1", null);
        assertEquals(List.of("/d/a.txt"), plan.reuse().stream().map(InputFile::path).toList());
        assertEquals(List.of("/d/b.txt", "/d/c.txt", "/d/new.txt"), plan.read().stream().map(InputFile::path).toList());
        assertEquals(1, plan.removedFiles());
        assertEquals("run-1", plan.previousRun());
        assertEquals("1 files unchanged since run run-1, 3 new or changed, 1 gone", plan.why());
    }

    @Test
    void aContentCheckComparesSizeAndHashNotTime() {
        List<InputFile> listed = List.of(file("/d/edited.txt", 10, 1), file("/d/touched.txt", 20, 7),
                file("/d/unhashed.txt", 30, 3));
        Map<String, IncrementalPlan.Seen> previous = Map.of(
                "/d/edited.txt", new IncrementalPlan.Seen(10, 1, "m-1", "aa"),
                "/d/touched.txt", new IncrementalPlan.Seen(20, 2, "m-1", "bb"),
                "/d/unhashed.txt", new IncrementalPlan.Seen(30, 3, "m-1", ""));
        Map<String, String> hashes = Map.of("/d/edited.txt", "a2", "/d/touched.txt", "bb", "/d/unhashed.txt", "cc");
        IncrementalPlan plan = IncrementalPlan.compare(listed, previous, "run-1", "m-1", hashes);
        assertEquals(List.of("/d/touched.txt"), plan.reuse().stream().map(InputFile::path).toList());
        assertEquals(List.of("/d/edited.txt", "/d/unhashed.txt"), plan.read().stream().map(InputFile::path).toList(),
                "an edit keeping size and time is read; a file the previous run did not hash is read too");
        assertTrue(plan.why().endsWith("(by size and content hash)"), plan.why());
    }

    @Test
    void aChangedModelReadsEverything() {
        List<InputFile> listed = List.of(file("/d/a.txt", 10, 1));
        IncrementalPlan plan = IncrementalPlan.compare(listed, Map.of("/d/a.txt", new IncrementalPlan.Seen(10, 1, "m-old", "")),
                "run-1", "m-new", null);
        assertEquals(listed, plan.read());
        assertTrue(plan.reuse().isEmpty());
        assertNull(plan.previousRun());
        assertTrue(plan.why().startsWith("the model changed"));
    }
}
