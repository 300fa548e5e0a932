package io.sarikata.sources;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The parallel walk must find what {@code Files.walkFileTree} with {@code FOLLOW_LINKS} finds, loops included. */
class LocalFolderWalkTest {

    /** Files as "path size", failures as "path !ExceptionName", sorted. */
    private static Set<String> walked(Path root) throws IOException {
        Set<String> seen = new TreeSet<>();
        LocalFolderWalk.walk(root, new LocalFolderWalk.Visitor() {
            @Override
            public void file(Path file, BasicFileAttributes attributes) {
                synchronized (seen) {
                    seen.add(file + " " + attributes.size());
                }
            }

            @Override
            public void failed(Path entry, IOException error) {
                synchronized (seen) {
                    seen.add(entry + " !" + error.getClass().getSimpleName());
                }
            }
        });
        return seen;
    }

    private static Set<String> walkedByTheJdk(Path root) throws IOException {
        Set<String> seen = new TreeSet<>();
        Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                seen.add(file + " " + attributes.size());
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path entry, IOException error) {
                seen.add(entry + " !" + error.getClass().getSimpleName());
                return FileVisitResult.CONTINUE;
            }
        });
        return seen;
    }

    @Test
    void followsLinksStopsAtLoopsAndListsBrokenLinks(@TempDir Path root) throws IOException {
        Path day = Files.createDirectories(root.resolve("2026-01-05/kabarnusa"));
        Files.writeString(day.resolve("001_a.txt"), "satu");
        Files.writeString(root.resolve("top.txt"), "dua dua");
        Files.createSymbolicLink(root.resolve("2026-01-05/again"), day);
        Files.createSymbolicLink(day.resolve("up"), root);
        Files.createSymbolicLink(root.resolve("gone.txt"), root.resolve("missing.txt"));

        Set<String> seen = walked(root);

        assertEquals(walkedByTheJdk(root), seen);
        assertTrue(seen.contains(day.resolve("up") + " !" + FileSystemLoopException.class.getSimpleName()), seen::toString);
        assertTrue(seen.contains(root.resolve("2026-01-05/again/001_a.txt") + " 4"), "a linked folder is walked");
        assertTrue(seen.stream().anyMatch(s -> s.startsWith(root.resolve("gone.txt") + " ")), "a broken link is a file");
    }

    @Test
    void aFileGivenAsTheStartIsVisitedAlone(@TempDir Path root) throws IOException {
        Path file = Files.writeString(root.resolve("one.txt"), "x");
        assertEquals(Set.of(file + " 1"), walked(file));
    }

    @Test
    void agreesWithTheJdkOnRandomTreesWithRandomLinks(@TempDir Path base) throws IOException {
        Random random = new Random(7);
        for (int tree = 0; tree < 12; tree++) {
            Path root = Files.createDirectories(base.resolve("tree" + tree));
            List<Path> folders = new ArrayList<>(List.of(root));
            for (int i = 0; i < 40; i++) {
                Path parent = folders.get(random.nextInt(folders.size()));
                switch (random.nextInt(4)) {
                    case 0 -> folders.add(Files.createDirectories(parent.resolve("d" + i)));
                    case 1 -> Files.createSymbolicLink(parent.resolve("l" + i), folders.get(random.nextInt(folders.size())));
                    default -> Files.writeString(parent.resolve("f" + i + ".txt"), "x".repeat(i));
                }
            }
            assertEquals(walkedByTheJdk(root), walked(root), "tree " + tree);
        }
    }
}
