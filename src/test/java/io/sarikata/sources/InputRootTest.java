package io.sarikata.sources;

import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class InputRootTest {

    @TempDir
    Path dir;

    @Test
    void theDeepestFolderHoldingEveryInput() {
        assertEquals("/data/dumps", InputRoot.common(List.of("/data/dumps")));
        assertEquals("/data", InputRoot.common(List.of("/data/dumps/a", "/data/dumps2")));
        assertEquals("/data/dumps", InputRoot.common(List.of("/data/dumps/a", "/data/dumps")));
        assertEquals("/", InputRoot.common(List.of("/a", "/b")));
        assertEquals("hdfs://nn:8020/dumps", InputRoot.common(List.of("hdfs://nn:8020/dumps/a", "hdfs://nn:8020/dumps/b")));
        assertEquals("", InputRoot.common(List.of("hdfs://nn:8020/dumps", "hdfs://other:8020/dumps")),
                "no folder holds both: paths stay whole");
        assertEquals("", InputRoot.common(List.of("hdfs://nn:8020/dumps", "/dumps")));
    }

    @Test
    void pathsBelowTheRootAndBack() {
        assertEquals("a/b.txt", InputRoot.relative("/data", "/data/a/b.txt"));
        assertEquals("a/b.txt", InputRoot.relative("/", "/a/b.txt"));
        assertEquals("/database/x.txt", InputRoot.relative("/data", "/database/x.txt"), "only whole folder names");
        assertEquals("/data/a/b.txt", InputRoot.resolve("/data", "a/b.txt"));
        assertEquals("/a/b.txt", InputRoot.resolve("/", "a/b.txt"));
        assertEquals("hdfs://nn/d/a.txt", InputRoot.resolve("hdfs://nn/d", "a.txt"));
        assertEquals("/elsewhere/a.txt", InputRoot.resolve("", "/elsewhere/a.txt"));
    }

    @Test
    void listingNamesFilesBelowTheFolderOfItsInputs() throws Exception {
        Files.createDirectories(dir.resolve("dump/p/q"));
        Files.writeString(dir.resolve("dump/p/a.txt"), "a");
        Files.writeString(dir.resolve("dump/p/q/b.txt"), "b");
        Files.writeString(dir.resolve("dump/c.txt"), "c");
        Configuration conf = new Configuration();

        InputPlanner.Listing folder = InputPlanner.list(List.of(dir.resolve("dump").toString()), conf);
        assertEquals(dir.resolve("dump").toString(), folder.root());
        assertEquals(List.of("c.txt", "p/a.txt", "p/q/b.txt"), folder.files().stream().map(InputFile::path).toList());
        assertEquals(dir.resolve("dump/p/q/b.txt").toString(), folder.files().get(2).location());

        InputPlanner.Listing file = InputPlanner.list(List.of(dir.resolve("dump/p/a.txt").toString()), conf);
        assertEquals(List.of("a.txt"), file.files().stream().map(InputFile::path).toList());

        InputPlanner.Listing glob = InputPlanner.list(List.of(dir.resolve("dump/p/*.txt").toString()), conf);
        assertEquals(dir.resolve("dump/p").toString(), glob.root());
        assertEquals(List.of("a.txt"), glob.files().stream().map(InputFile::path).toList());

        // Two inputs: named below the folder holding both, so the same name in each stays two paths.
        InputPlanner.Listing two = InputPlanner.list(List.of(dir.resolve("dump/p/q").toString(),
                dir.resolve("dump/c.txt").toString()), conf);
        assertEquals(dir.resolve("dump").toString(), two.root());
        assertEquals(List.of("c.txt", "p/q/b.txt"), two.files().stream().map(InputFile::path).toList());
    }
}
