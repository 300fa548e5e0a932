package io.sarikata.sources;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A task's files survive the trip to the task exactly, in a fraction of the bytes. */
class FileGroupTest {

    @Test
    void filesComeBackAsListed() throws Exception {
        List<InputFile> files = List.of(
                new InputFile("/dumps/2026-11-22/kabar.id/001_a.txt", 4096, 1_700_000_000_000L, "kabar.id"),
                new InputFile("/dumps/2026-11-22/kabar.id/002_b.txt", 0, 0, "kabar.id"),
                new InputFile("/dumps/2026-11-22/warta/002_b.txt.gz", -1, -5, "warta"),
                new InputFile("/dumps/2026-11-22/warta/\uD83C\uDF33/a.txt", 1, 2, null),
                new InputFile("/dumps/2026-11-22/warta/\uD83C\uDF34/a.txt", 1, 2, null),
                new InputFile("/dumps/caf\u00e9/\u00e9t\u00e9.tar.gz", Long.MAX_VALUE, Long.MIN_VALUE, "caf\u00e9"),
                new InputFile("hdfs://nn:8020/dumps/x.txt", 3, 4, ""),
                new InputFile("hdfs://nn:8020/dumps/x.txt!member", 3, 4, ""));
        assertEquals(files, roundTrip(new FileGroup(files)).files());
        assertEquals(List.of(), roundTrip(new FileGroup(List.of())).files());
    }

    @Test
    void randomPathsRoundTrip() throws Exception {
        Random random = new Random(11);
        String alphabet = "ab/é_\uD83C\uDF33.-";
        for (int round = 0; round < 50; round++) {
            List<InputFile> files = new ArrayList<>();
            for (int i = 0; i < random.nextInt(40); i++) {
                StringBuilder path = new StringBuilder("/");
                for (int k = 0; k < random.nextInt(30); k++) {
                    int at = random.nextInt(alphabet.length());
                    // a surrogate pair is always taken whole
                    if (Character.isHighSurrogate(alphabet.charAt(at))) {
                        path.append(alphabet, at, at + 2);
                    } else if (Character.isLowSurrogate(alphabet.charAt(at))) {
                        path.append(alphabet, at - 1, at + 1);
                    } else {
                        path.append(alphabet.charAt(at));
                    }
                }
                files.add(new InputFile(path.toString(), random.nextLong(), random.nextLong(),
                        random.nextBoolean() ? "p" + random.nextInt(3) : null));
            }
            files.sort((a, b) -> a.path().compareTo(b.path()));
            assertEquals(files, roundTrip(new FileGroup(files)).files());
        }
    }

    @Test
    void aTenThousandFileTaskShipsInFewerBytesThanItsRecords() throws Exception {
        List<InputFile> files = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            files.add(new InputFile(String.format("/dumps/2026-11-22/kabar.id/%07d_%016x.txt", i, i * 0x9E3779B97F4A7C15L),
                    4000, 1_700_000_000_000L, "kabar.id"));
        }
        int records = serialized(new ArrayList<>(files)).length;
        int group = serialized(new FileGroup(files)).length;
        assertTrue(group < records * 0.6, group + " bytes against " + records);
    }

    private static byte[] serialized(Object o) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(o);
        }
        return bytes.toByteArray();
    }

    private static FileGroup roundTrip(FileGroup group) throws Exception {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(serialized(group)))) {
            return (FileGroup) in.readObject();
        }
    }
}
