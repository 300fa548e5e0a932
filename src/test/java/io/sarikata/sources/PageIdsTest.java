package io.sarikata.sources;

import io.sarikata.input.ReaderLimits;
import io.sarikata.segment.Page;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every page gets its own doc_id, however its bundle or its file is named. */
class PageIdsTest {

    @TempDir
    Path dir;

    private static void tar(Path file, String... namesAndTexts) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); TarArchiveOutputStream tar = new TarArchiveOutputStream(out)) {
            for (int i = 0; i < namesAndTexts.length; i += 2) {
                byte[] bytes = namesAndTexts[i + 1].getBytes(StandardCharsets.UTF_8);
                TarArchiveEntry entry = new TarArchiveEntry(namesAndTexts[i]);
                entry.setSize(bytes.length);
                tar.putArchiveEntry(entry);
                tar.write(bytes);
                tar.closeArchiveEntry();
            }
        }
    }

    private static List<Page> pages(List<InputFile> files) {
        List<Page> pages = new ArrayList<>();
        Iterator<ReadItem> items = PageReading.read(files, ReaderLimits.DEFAULTS, null, null);
        items.forEachRemaining(item -> pages.add(item.page()));
        return pages;
    }

    private static InputFile listed(Path file) throws IOException {
        return new InputFile(file.toString(), Files.size(file), 0, "p");
    }

    /** A repeated member name, and a file named like a member next to its bundle, gave two documents one doc_id. */
    @Test
    void repeatedMembersAndFilesNamedLikeMembersGetIdsOfTheirOwn() throws IOException {
        Path bundle = dir.resolve("a.tar");
        tar(bundle, "p/b.txt", "Halaman pertama.", "p/b.txt", "Halaman kedua, nama sama.", "p/c.txt", "Halaman ketiga.");
        Path file = Files.writeString(Files.createDirectories(dir.resolve("a.tar!p")).resolve("c.txt"),
                "Berkas biasa yang namanya mirip anggota arsip.");
        Path plain = Files.writeString(dir.resolve("d.txt"), "Halaman biasa.");

        List<Page> pages = pages(List.of(listed(bundle), listed(file), listed(plain)));
        assertEquals(5, pages.size());
        assertEquals(5, new HashSet<>(pages.stream().map(Page::docId).toList()).size(), pages.stream().map(Page::source).toList().toString());
        assertEquals(pages.get(2).source(), pages.get(3).source(), "the file and the member share a source");
        assertEquals(Page.docId(bundle + "!p/b.txt"), pages.get(0).docId(), "the first of a name keeps its id");
        assertEquals(Page.docId(bundle + "!p/c.txt"), pages.get(2).docId(), "and a member its id");
        assertEquals(Page.docId(plain.toString()), pages.get(4).docId(), "and a file its id");
    }
}
