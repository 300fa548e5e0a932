package io.sarikata.sources;

import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class InputPlannerTest {

    @TempDir
    Path dir;

    private Path file(String relative, int bytes) throws IOException {
        Path p = dir.resolve(relative);
        Files.createDirectories(p.getParent());
        return Files.write(p, new byte[bytes]);
    }

    @Test
    void listsFoldersRecursivelyGlobsAndFilesOnceEach() throws IOException {
        file("a/one.txt", 10);
        file("a/deep/two.txt.gz", 10);
        Path three = file("b/three.html", 10);
        InputPlanner.Listing listing = InputPlanner.list(List.of(dir.resolve("a").toString(), dir.resolve("*/three.*").toString(),
                three.toString()), new Configuration());
        assertEquals(30, listing.files().stream().mapToLong(InputFile::size).sum());
        List<String> names = listing.files().stream().map(f -> Path.of(f.path()).getFileName().toString()).sorted().toList();
        assertEquals(List.of("one.txt", "three.html", "two.txt.gz"), names);
    }

    @Test
    void theParentFolderIsThePortalHint() throws IOException {
        file("kabarnusa/001.txt", 5);
        InputFile f = InputPlanner.list(List.of(dir.toString()), new Configuration()).files().get(0);
        assertEquals("kabarnusa", f.portalHint());
    }

    @Test
    void hiddenFilesAreCountedNotRead() throws IOException {
        file("pages/001.txt", 5);
        file("pages/.DS_Store", 5);
        file("pages/_SUCCESS", 0);
        InputPlanner.Listing listing = InputPlanner.list(List.of(dir.toString()), new Configuration());
        assertEquals(1, listing.files().size());
        assertEquals(2, listing.skippedHidden());
    }

    @Test
    void groupsFollowBytesNotFileCount() throws IOException {
        for (int i = 0; i < 40; i++) {
            file("many/" + i + ".txt", 1000);
        }
        file("big/huge.txt", 4 << 20);
        long groupBytes = 2L << 20;
        List<List<InputFile>> groups = InputPlanner.group(InputPlanner.list(List.of(dir.toString()), new Configuration()).files(),
                groupBytes, 1);
        long total = 40 * (1000 + InputPlanner.OPEN_COST_BYTES) + (4 << 20) + InputPlanner.OPEN_COST_BYTES;
        assertTrue(groups.size() <= total / groupBytes + 2, groups.size() + " groups");
        for (List<InputFile> group : groups) {
            long bytes = group.stream().mapToLong(f -> f.size() + InputPlanner.OPEN_COST_BYTES).sum();
            assertTrue(group.size() == 1 || bytes <= groupBytes, "a group over the limit holds a single file");
        }
    }

    @Test
    void smallInputsStillSpreadOverTheCores() throws IOException {
        for (int i = 0; i < 8; i++) {
            file("p/" + i + ".txt", 100);
        }
        assertEquals(4, InputPlanner.group(InputPlanner.list(List.of(dir.toString()), new Configuration()).files(), 128 << 20, 4).size());
    }

    @Test
    void aSymlinkLoopIsARejectNotAHang() throws IOException {
        file("d/001.txt", 5);
        Files.createSymbolicLink(dir.resolve("d/up"), dir.resolve("d"));
        InputPlanner.Listing listing = InputPlanner.list(List.of(dir.toString()), new Configuration());
        assertEquals(1, listing.files().size());
        assertEquals(1, listing.rejects().size());
        assertEquals("unreadable", listing.rejects().get(0).reason());
        assertTrue(listing.rejects().get(0).detail().contains("symlink loop"));
    }

    @Test
    void aMissingInputIsAnError() {
        FileNotFoundException e = assertThrows(FileNotFoundException.class,
                () -> InputPlanner.list(List.of(dir.resolve("absent").toString()), new Configuration()));
        assertTrue(e.getMessage().contains("absent"));
    }

    /** A fifo made by mkfifo, or null (with the reason printed) where there is no mkfifo. */
    private static Path fifo(Path path) throws IOException, InterruptedException {
        try {
            Process mkfifo = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
            if (mkfifo.waitFor() == 0 && Files.exists(path)) {
                return path;
            }
            System.out.println("skipped: mkfifo exited " + mkfifo.exitValue());
        } catch (IOException e) {
            System.out.println("skipped: no mkfifo on this machine (" + e.getMessage() + ")");
        }
        return null;
    }

    /** Opening a fifo waits for a writer forever: it, a socket or a device is a reject, never opened. */
    @Test
    void fifosAndSocketsAreRejectedWithoutBeingOpened() throws Exception {
        file("pages/001.txt", 5);
        Path pipe = fifo(dir.resolve("pages/002_pipe.txt"));
        assumeTrue(pipe != null, "mkfifo is missing");
        Path socket = dir.resolve("pages/003_socket.txt");
        try (var server = java.nio.channels.ServerSocketChannel.open(java.net.StandardProtocolFamily.UNIX)) {
            server.bind(java.net.UnixDomainSocketAddress.of(socket));
            InputPlanner.Listing listing = InputPlanner.list(List.of(dir.toString()), new Configuration());
            assertEquals(List.of("001.txt"), listing.files().stream().map(f -> Path.of(f.path()).getFileName().toString()).toList());
            assertEquals(2, listing.rejects().size(), listing.rejects().toString());
            assertEquals(dir.relativize(pipe).toString(), listing.rejects().get(0).source(), "named below the input root");
            assertEquals("unsupported", listing.rejects().get(0).reason());
            assertEquals("not a regular file (fifo): not opened", listing.rejects().get(0).detail());
            assertEquals("not a regular file (socket): not opened", listing.rejects().get(1).detail());

            InputPlanner.Listing named = InputPlanner.list(List.of(pipe.toString()), new Configuration());
            assertTrue(named.files().isEmpty(), "a fifo named as the input is not read either");
            assertEquals("unsupported", named.rejects().get(0).reason());
        }
        Files.deleteIfExists(socket);
    }
}
