package io.sarikata.bench;

import io.sarikata.segment.PortalKey;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CorpusGeneratorTest {

    private static final int PAGES = 120;

    @TempDir
    Path dir;

    private CorpusGenerator.Summary generate(String name, long pages, long seed, CorpusGenerator.Layout layout, int threads)
            throws IOException {
        return CorpusGenerator.generate(new CorpusGenerator.Settings(dir.resolve(name), pages, 0, seed, layout, 50, threads));
    }

    /** Every file under {@code root} by relative path, as bytes. */
    private static Map<String, byte[]> tree(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return files;
    }

    private static void assertSameTree(Map<String, byte[]> a, Map<String, byte[]> b) {
        assertEquals(a.keySet(), b.keySet());
        a.forEach((k, v) -> assertArrayEquals(v, b.get(k), k));
    }

    /** The pages of a corpus, by {@code <date>/<portal>/<name>.txt}, whatever the layout. */
    private static Map<String, String> pages(Path root) throws IOException {
        Map<String, String> pages = new TreeMap<>();
        for (Map.Entry<String, byte[]> e : tree(root).entrySet()) {
            String name = e.getKey();
            if (name.endsWith(".txt")) {
                pages.put(name, new String(e.getValue(), StandardCharsets.UTF_8));
            } else if (name.endsWith(".txt.gz")) {
                try (InputStream in = new GZIPInputStream(Files.newInputStream(root.resolve(name)))) {
                    pages.put(name.substring(0, name.length() - 3), new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            } else if (name.endsWith(".tgz")) {
                try (TarArchiveInputStream tar = new TarArchiveInputStream(new GZIPInputStream(Files.newInputStream(root.resolve(name))))) {
                    for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                        assertEquals(0100644, entry.getMode());
                        assertEquals("", entry.getUserName());
                        pages.put(entry.getName(), new String(tar.readAllBytes(), StandardCharsets.UTF_8));
                    }
                }
            }
        }
        return pages;
    }

    @Test
    void theSameFlagsGiveByteIdenticalFilesWhateverTheThreadCount() throws IOException {
        for (CorpusGenerator.Layout layout : CorpusGenerator.Layout.values()) {
            generate(layout + "-a", PAGES, 7, layout, 1);
            generate(layout + "-b", PAGES, 7, layout, 3);
            assertSameTree(tree(dir.resolve(layout + "-a")), tree(dir.resolve(layout + "-b")));
        }
        // The layout packs the same pages differently; another seed gives other pages.
        Map<String, String> files = pages(dir.resolve("FILES-a"));
        assertEquals(PAGES, files.size());
        assertEquals(files, pages(dir.resolve("GZ-a")));
        assertEquals(files, pages(dir.resolve("TGZ-a")));
        generate("other-seed", PAGES, 8, CorpusGenerator.Layout.FILES, 2);
        assertNotEquals(files, pages(dir.resolve("other-seed")));
    }

    @Test
    void aLongerCorpusStartsWithTheShorterOne() throws IOException {
        generate("short", 40, 3, CorpusGenerator.Layout.FILES, 2);
        generate("long", 90, 3, CorpusGenerator.Layout.FILES, 2);
        Map<String, String> shorter = pages(dir.resolve("short"));
        Map<String, String> longer = pages(dir.resolve("long"));
        shorter.forEach((k, v) -> assertEquals(v, longer.get(k), k));
    }

    @Test
    void pagesHaveTheDumpFormatAndPortalTemplates() throws IOException {
        CorpusGenerator.Summary summary = generate("c", 300, 11, CorpusGenerator.Layout.FILES, 2);
        Map<String, String> pages = pages(dir.resolve("c"));
        assertEquals(300, pages.size());
        assertEquals(300, summary.pages());
        assertEquals(6, summary.pagesByPortal().size());
        long text = 0;
        Map<String, Integer> tailLineRepeats = new HashMap<>();
        for (Map.Entry<String, String> e : pages.entrySet()) {
            String[] path = e.getKey().split("/");
            assertEquals(3, path.length, e.getKey());
            assertTrue(path[0].matches("2026-\\d\\d-\\d\\d"), e.getKey());
            assertTrue(path[2].matches("\\d{7}_[0-9a-f]{16}\\.txt"), e.getKey());
            String portal = path[1];
            String page = e.getValue();
            byte[] bytes = page.getBytes(StandardCharsets.UTF_8);
            text += bytes.length;
            assertTrue(bytes.length >= 1200 && bytes.length <= 10_000, e.getKey() + " has " + bytes.length + " bytes");
            assertFalse(page.endsWith("\n"), "no final newline");
            assertFalse(page.contains("\r"));
            List<String> lines = page.lines().filter(l -> !l.isEmpty()).toList();
            for (String line : page.split("\n", -1)) {
                assertEquals(line.strip(), line, "no spaces around lines");
            }
            String dateline = lines.stream().limit(5).map(PortalKey::dateline).filter(d -> d != null).findFirst().orElse(null);
            if (portal.equals("infokemuning")) {
                assertNull(dateline, "city-first dateline: the portal comes from the folder");
                assertTrue(lines.get(1).matches("[A-Z ]+, InfoKemuning\\.com - .*"), lines.get(1));
            } else {
                assertNotNull(dateline, e.getKey());
                assertTrue(dateline.replace(".", "").startsWith(portal), dateline + " for " + portal);
            }
            long longLines = lines.stream().filter(l -> l.split(" ").length >= 8 && l.endsWith(".")).count();
            assertTrue(longLines >= 8 && longLines <= 30, e.getKey() + ": " + longLines + " prose lines");
            switch (portal) {
                case "kabarselasih" -> {
                    assertTrue(lines.contains("Terpopuler") && lines.contains("Pilihan"));
                    assertTrue(lines.contains("-"), "lone list markers");
                }
                case "wartabatuhijau" -> assertTrue(lines.stream().anyMatch(l -> l.startsWith("Penulis: ") && l.contains(" | Editor: ")));
                case "lintastirta" -> assertTrue(lines.get(0).startsWith("Beranda › "), "breadcrumb");
                case "suaralembayung" -> assertTrue(lines.get(0).startsWith("Oleh: ") && lines.contains("ADVERTISEMENT"));
                case "pelitasamudra" -> assertTrue(lines.contains("Video Pilihan"));
                default -> {
                }
            }
            int tail = tailStart(portal, lines);
            for (String line : lines.subList(tail, lines.size())) {
                tailLineRepeats.merge(portal + "\t" + line, 1, Integer::sum);
            }
        }
        assertEquals(summary.textBytes(), text);
        // Tails are drawn from a per-portal, per-day pool: their headlines repeat across pages.
        long repeatedHeadlines = tailLineRepeats.entrySet().stream()
                .filter(e -> e.getKey().length() > 40 && e.getValue() >= 5).count();
        assertTrue(repeatedHeadlines >= 20, repeatedHeadlines + " tail headlines on 5+ pages");
        // Inline related links carry each portal's own label.
        String all = String.join("\n", pages.values());
        for (String label : List.of("\nBaca Juga: ", "\nSimak juga: ", "\nLihat Juga: ", "\nBACA JUGA: ", "\nArtikel Terkait: ")) {
            assertTrue(all.contains(label), label.strip());
        }
    }

    private static int tailStart(String portal, List<String> lines) {
        String first = switch (portal) {
            case "kabarselasih" -> "Berita Terkait";
            case "wartabatuhijau" -> "Artikel Lainnya";
            case "lintastirta" -> "Rekomendasi Untuk Anda";
            case "suaralembayung" -> "Berita Lainnya";
            case "infokemuning" -> "Terpopuler";
            default -> "Rekomendasi";
        };
        int i = lines.indexOf(first);
        assertTrue(i > 0, portal + " tail heading " + first);
        return i;
    }

    @Test
    void bySizeStopsAtTheTextSizeAndTheMarkerTellsACompleteCorpus() throws IOException {
        CorpusGenerator.Settings settings = CorpusGenerator.Settings.bySize(dir.resolve("mb"), 1, 5, CorpusGenerator.Layout.GZ);
        assertNull(CorpusGenerator.existing(settings));
        CorpusGenerator.Summary s = CorpusGenerator.generate(settings);
        assertTrue(s.textBytes() >= 1_000_000 && s.textBytes() < 1_000_000 + 12_000, "text " + s.textBytes());
        assertTrue(s.fileBytes() < s.textBytes() / 2, "gzipped");
        CorpusGenerator.Summary again = CorpusGenerator.existing(settings);
        assertNotNull(again);
        assertEquals(s.pages(), again.pages());
        assertEquals(s.textBytes(), again.textBytes());
        assertEquals(s.files(), again.files());
        assertNull(CorpusGenerator.existing(CorpusGenerator.Settings.bySize(dir.resolve("mb"), 1, 6, CorpusGenerator.Layout.GZ)));
        assertNull(CorpusGenerator.existing(CorpusGenerator.Settings.bySize(dir.resolve("mb"), 2, 5, CorpusGenerator.Layout.GZ)));
        assertNull(CorpusGenerator.existing(CorpusGenerator.Settings.bySize(dir.resolve("mb"), 1, 5, CorpusGenerator.Layout.TGZ)));
    }

    @Test
    void refusesANonEmptyFolderAndBadFlags() throws IOException {
        Files.createDirectories(dir.resolve("used"));
        Files.writeString(dir.resolve("used/keep.txt"), "mine");
        assertThrows(IllegalArgumentException.class, () -> generate("used", 5, 1, CorpusGenerator.Layout.FILES, 1));
        assertEquals("mine", Files.readString(dir.resolve("used/keep.txt")));
        assertRefused("--pages", "--out", "x");
        assertRefused("mutually exclusive", "--out", "x", "--pages", "3", "--megabytes", "1");
        assertRefused("--layout", "--out", "x", "--pages", "3", "--layout", "zip");
        assertRefused("--pages", "--out", "x", "--pages", "0");
        assertRefused("--out", "--pages", "3");
        CorpusGenerator.Settings s = parse("--out", "x", "--megabytes=3", "--seed", "9", "--layout", "tgz").parsed();
        assertEquals(3, s.megabytes());
        assertEquals(9, s.seed());
        assertEquals(CorpusGenerator.Layout.TGZ, s.layout());
        BenchFlagsTest.Executed<CorpusGenerator.Settings> help = parse("--help");
        assertEquals(0, help.exitCode());
        assertNull(help.parsed(), "did not run");
        assertTrue(help.out().contains("Usage: jobs/gen-corpus") && help.out().contains("--megabytes"), help.out());
    }

    private static BenchFlagsTest.Executed<CorpusGenerator.Settings> parse(String... args) {
        return BenchFlagsTest.execute(CorpusGenerator::commandLine, args);
    }

    private static void assertRefused(String expected, String... args) {
        BenchFlagsTest.Executed<CorpusGenerator.Settings> run = parse(args);
        assertEquals(2, run.exitCode(), String.join(" ", args));
        assertNull(run.parsed(), "did not run");
        assertTrue(run.err().contains(expected) && run.err().contains("Usage: jobs/gen-corpus"), run.err());
    }
}
