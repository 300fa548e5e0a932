package io.sarikata.sources;

import io.sarikata.jobs.TestSpark;
import io.sarikata.features.CorpusStats;
import io.sarikata.features.FeatureExtractor;
import io.sarikata.features.Stoplist;
import io.sarikata.input.ReaderLimits;
import io.sarikata.model.BlockModel;
import io.sarikata.model.LabelledBlock;
import io.sarikata.model.LinearLayer;
import io.sarikata.model.PageLabeler;
import io.sarikata.model.SequenceFeatures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Mutated sample pages and archives through the whole task-side path (open, unpack, decode, segment,
 * features, model): nothing throws, every file leaves at least one trace, and every page gets a finite score.
 */
class PageReadingFuzzTest {

    static final int FILES = 250;
    static final String[] EXTENSIONS = {".txt", ".html", ".txt.gz", ".tar", ".tgz", ".gz", ".htm", ".bin"};

    @TempDir
    Path dir;

    @Test
    void mutatedInputsAlwaysEndAsPagesOrRejects() throws IOException {
        List<byte[]> seeds = new ArrayList<>();
        try (Stream<Path> s = Files.walk(TestSpark.SAMPLE_PAGES)) {
            for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
                seeds.add(Files.readAllBytes(p));
            }
        }
        Random random = new Random(20261123);
        List<InputFile> files = new ArrayList<>();
        for (int i = 0; i < FILES; i++) {
            byte[] bytes = mutate(seeds.get(random.nextInt(seeds.size())), random);
            Path file = dir.resolve(String.format("%03d_fuzz%s", i, EXTENSIONS[random.nextInt(EXTENSIONS.length)]));
            Files.write(file, bytes);
            files.add(new InputFile(file.toString(), bytes.length, 0, "fuzz"));
        }
        PageLabeler labeler = new PageLabeler(flatModel());
        Map<String, Integer> tracesPerFile = new java.util.HashMap<>();
        Iterator<ReadItem> items = PageReading.read(files, new ReaderLimits(1 << 20, 5_000), null, null);
        int pages = 0;
        int rejects = 0;
        while (items.hasNext()) {
            ReadItem item = items.next();
            String source = item.isPage() ? item.page().source() : item.reject().source();
            tracesPerFile.merge(item.listedFile(), 1, Integer::sum);
            if (item.isPage()) {
                pages++;
                List<LabelledBlock> labelled = labeler.label(item.page().blocks(), item.page().portal(), CorpusStats.NONE);
                assertEquals(item.page().blocks().size(), labelled.size());
                assertTrue(labelled.stream().allMatch(b -> Double.isFinite(b.score())), source);
            } else {
                rejects++;
                assertTrue(!item.reject().reason().equals("failed"), "an unexpected error: " + item.reject());
            }
        }
        for (InputFile f : files) {
            assertTrue(tracesPerFile.getOrDefault(f.path(), 0) >= 1, "no trace of " + f.path());
        }
        assertTrue(pages > 0 && rejects > 0, "the fuzzing reaches both outcomes: " + pages + " pages, " + rejects + " rejects");
    }

    private static byte[] mutate(byte[] seed, Random random) throws IOException {
        byte[] bytes = seed.clone();
        switch (random.nextInt(6)) {
            case 0 -> bytes = java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length + 1));
            case 1 -> {
                for (int k = 0; k < 1 + random.nextInt(20); k++) {
                    bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
                }
            }
            case 2 -> {
                ByteArrayOutputStream gz = new ByteArrayOutputStream();
                try (var out = new java.util.zip.GZIPOutputStream(gz)) {
                    out.write(bytes);
                }
                bytes = gz.toByteArray();
                bytes = java.util.Arrays.copyOf(bytes, Math.max(1, bytes.length - random.nextInt(bytes.length)));
            }
            case 3 -> {
                byte[] noise = new byte[random.nextInt(2000)];
                random.nextBytes(noise);
                bytes = noise;
            }
            case 4 -> {
                for (int k = 0; k < 1 + random.nextInt(5); k++) {
                    bytes[random.nextInt(bytes.length)] = 0;
                }
            }
            default -> {
                // unchanged: a good page under a possibly wrong name
            }
        }
        return bytes;
    }

    /** Zero weights: every block scores 0.5; the test is about the path not throwing, not about labels. */
    private static BlockModel flatModel() {
        LinearLayer block = new LinearLayer(FeatureExtractor.NAMES, new double[FeatureExtractor.NAMES.size()], 0);
        LinearLayer sequence = new LinearLayer(SequenceFeatures.NAMES, new double[SequenceFeatures.NAMES.size()], 0);
        return new BlockModel("m-flat", new Stoplist(List.of("dan", "di", "yang")), block, sequence, 0.5, Map.of());
    }
}
