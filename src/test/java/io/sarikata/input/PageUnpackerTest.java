package io.sarikata.input;

import io.sarikata.input.TestArchives.Member;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import static io.sarikata.input.TestArchives.concat;
import static io.sarikata.input.TestArchives.gzip;
import static io.sarikata.input.TestArchives.tar;
import static io.sarikata.input.TestArchives.truncate;
import static io.sarikata.input.TestArchives.utf8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PageUnpackerTest {

    private static final ReaderLimits LIMITS = new ReaderLimits(1000, 100);

    /** What one unpack call produced. */
    record Output(List<RawPage> pages, List<Reject> rejects) {
        RawPage onlyPage() {
            assertEquals(List.of(), rejects, "rejects");
            assertEquals(1, pages.size(), "pages");
            return pages.get(0);
        }

        Reject onlyReject() {
            assertEquals(List.of(), pages.stream().map(RawPage::source).toList(), "pages");
            assertEquals(1, rejects.size(), "rejects: " + rejects);
            return rejects.get(0);
        }

        List<String> pageSources() {
            return pages.stream().map(RawPage::source).toList();
        }

        List<String> pageTexts() {
            return pages.stream().map(p -> new String(p.bytes(), StandardCharsets.UTF_8)).toList();
        }
    }

    static Output unpack(String source, byte[] bytes) {
        return unpack(source, () -> new ByteArrayInputStream(bytes), LIMITS);
    }

    static Output unpack(String source, IOSupplier<InputStream> open, ReaderLimits limits) {
        List<RawPage> pages = new ArrayList<>();
        List<Reject> rejects = new ArrayList<>();
        new PageUnpacker(limits).unpack(source, "given-hint", open, pages::add, rejects::add);
        return new Output(pages, rejects);
    }

    @Nested
    class SinglePages {

        @Test
        void textFileIsOnePlainPageWithTheGivenHint() {
            RawPage page = unpack("in/kompas/a.txt", utf8("Halo dunia\n")).onlyPage();
            assertEquals("in/kompas/a.txt", page.source());
            assertEquals("given-hint", page.portalHint());
            assertFalse(page.html());
            assertArrayEquals(utf8("Halo dunia\n"), page.bytes());
        }

        @Test
        void htmlAndHtmExtensionsMarkHtmlPagesWhateverTheCase() {
            assertTrue(unpack("a.html", utf8("<p>x</p>")).onlyPage().html());
            assertTrue(unpack("a.HTM", utf8("<p>x</p>")).onlyPage().html());
            assertFalse(unpack("a.TXT", utf8("x")).onlyPage().html());
        }

        @Test
        void emptyTextFileIsStillAPageForTheDecoderToReject() {
            assertEquals(0, unpack("a.txt", new byte[0]).onlyPage().bytes().length);
        }

        @Test
        void gzippedTextIsGunzipped() {
            RawPage page = unpack("a.txt.gz", gzip("Berita hari ini")).onlyPage();
            assertEquals("a.txt.gz", page.source());
            assertFalse(page.html());
            assertArrayEquals(utf8("Berita hari ini"), page.bytes());
        }

        @Test
        void gzippedHtmlIsHtmlAndOtherGzippedNamesAreText() {
            assertTrue(unpack("a.html.gz", gzip("<p>x</p>")).onlyPage().html());
            assertTrue(unpack("a.htm.gz", gzip("<p>x</p>")).onlyPage().html());
            assertFalse(unpack("a.json.gz", gzip("{}")).onlyPage().html());
            assertFalse(unpack("a.gz", gzip("x")).onlyPage().html());
        }

        @Test
        void multiMemberGzipIsReadToTheEnd() {
            byte[] twoMembers = concat(gzip("baris satu\n"), gzip("baris dua\n"));
            assertArrayEquals(utf8("baris satu\nbaris dua\n"), unpack("a.txt.gz", twoMembers).onlyPage().bytes());
        }

        @Test
        void unsupportedExtensionIsRejectedWithoutOpening() {
            AtomicBoolean opened = new AtomicBoolean();
            Output out = unpack("dir/report.pdf", () -> {
                opened.set(true);
                return new ByteArrayInputStream(new byte[0]);
            }, LIMITS);
            Reject reject = out.onlyReject();
            assertEquals("unsupported", reject.reason());
            assertEquals("dir/report.pdf", reject.source());
            assertTrue(reject.detail().contains("report.pdf"), reject.detail());
            assertEquals(-1, reject.sizeBytes());
            assertFalse(opened.get());
        }

        @Test
        void nameWithoutExtensionIsUnsupported() {
            assertEquals("unsupported", unpack("README", utf8("x")).onlyReject().reason());
        }
    }

    @Nested
    class Bundles {

        @Test
        void tarGivesEveryRegularMemberWithItsFolderAsPortal() {
            byte[] bundle = tar(
                    Member.directory("kompas/"),
                    Member.file("kompas/a.txt", "satu"),
                    Member.symlink("kompas/link.txt"),
                    Member.file("detik.com/2024/b.html", "<p>dua</p>"));
            Output out = unpack("/data/x.tar", bundle);
            assertEquals(List.of("/data/x.tar!kompas/link.txt"), out.rejects().stream().map(Reject::source).toList());
            assertEquals(List.of("/data/x.tar!kompas/a.txt", "/data/x.tar!detik.com/2024/b.html"), out.pageSources());
            assertEquals(List.of("kompas", "2024"), out.pages().stream().map(RawPage::portalHint).toList());
            assertEquals(List.of(false, true), out.pages().stream().map(RawPage::html).toList());
            assertEquals(List.of("satu", "<p>dua</p>"), out.pageTexts());
        }

        /** A 2-page bundle with one page hardlinked gave 1 document, 0 rejects and a balanced accounting. */
        @Test
        void linksInABundleAreRejectedWithWhatTheyAre() {
            byte[] bundle = tar(
                    Member.file("p/a.txt", "satu"),
                    Member.hardlink("p/b.txt", "p/a.txt"),
                    Member.symlink("p/c.txt"));
            Output out = unpack("x.tar", bundle);
            assertEquals(List.of("x.tar!p/a.txt"), out.pageSources());
            assertEquals(List.of("x.tar!p/b.txt", "x.tar!p/c.txt"), out.rejects().stream().map(Reject::source).toList());
            assertEquals(List.of("unsupported", "unsupported"), out.rejects().stream().map(Reject::reason).toList());
            assertEquals("hardlink in bundle, to member p/a.txt: its page is read as that member", out.rejects().get(0).detail());
            assertEquals("symlink in bundle, to elsewhere.txt: links are not followed", out.rejects().get(1).detail());
        }

        @Test
        void memberAtTheTopTakesTheBundleNameWithoutItsExtension() {
            byte[] bundle = tar(Member.file("a.txt", "satu"), Member.file("./b.txt", "dua"));
            Output out = unpack("in/kompas.com.tar", bundle);
            assertEquals(List.of("kompas.com", "kompas.com"), out.pages().stream().map(RawPage::portalHint).toList());
            assertEquals(List.of("in/kompas.com.tar!a.txt", "in/kompas.com.tar!./b.txt"), out.pageSources());
            assertEquals("Detik", unpack("Detik.TGZ", gzip(bundle)).pages().get(0).portalHint());
            assertEquals("detik", unpack("detik.tar.gz", gzip(bundle)).pages().get(0).portalHint());
        }

        @Test
        void tarGzAndTgzAreGunzippedBundles() {
            byte[] bundle = gzip(tar(Member.file("p/a.txt", "satu"), Member.file("p/b.txt", "dua")));
            assertEquals(List.of("satu", "dua"), unpack("x.tar.gz", bundle).pageTexts());
            assertEquals(List.of("x.tgz!p/a.txt", "x.tgz!p/b.txt"), unpack("x.tgz", bundle).pageSources());
        }

        @Test
        void gzippedMemberIsGunzippedAndKeepsItsOwnName() {
            byte[] bundle = tar(Member.file("p/a.txt.gz", gzip("satu")), Member.file("p/b.html.gz", gzip("<p>dua</p>")));
            Output out = unpack("x.tar", bundle);
            assertEquals(List.of("satu", "<p>dua</p>"), out.pageTexts());
            assertEquals(List.of("x.tar!p/a.txt.gz", "x.tar!p/b.html.gz"), out.pageSources());
            assertEquals(List.of(false, true), out.pages().stream().map(RawPage::html).toList());
        }

        @Test
        void damagedGzipMemberIsRejectedAndTheNextMemberIsStillRead() {
            byte[] good = gzip("satu dua tiga empat lima enam tujuh");
            byte[] bundle = tar(Member.file("p/a.txt.gz", truncate(good, good.length - 12)), Member.file("p/b.txt", "dua"));
            Output out = unpack("x.tar", bundle);
            assertEquals(List.of("dua"), out.pageTexts());
            assertEquals(1, out.rejects().size());
            assertEquals("corrupt_archive", out.rejects().get(0).reason());
            assertEquals("x.tar!p/a.txt.gz", out.rejects().get(0).source());
        }

        @Test
        void nestedBundlesAreRejectedAsUnsupported() {
            byte[] inner = tar(Member.file("a.txt", "x"));
            byte[] bundle = tar(Member.file("p/inner.tar", inner), Member.file("p/inner.tgz", gzip(inner)),
                    Member.file("p/inner.tar.gz", gzip(inner)));
            Output out = unpack("x.tar", bundle);
            assertEquals(List.of(), out.pages());
            assertEquals(3, out.rejects().size());
            for (Reject reject : out.rejects()) {
                assertEquals("unsupported", reject.reason());
                assertTrue(reject.detail().contains("bundle inside a bundle"), reject.detail());
                assertTrue(reject.sizeBytes() > 0);
            }
        }

        @Test
        void unsupportedAndHiddenMembersAreRejectedNotSkipped() {
            byte[] bundle = tar(Member.file("p/._a.txt", "mac junk"), Member.file("p/notes.pdf", "%PDF"),
                    Member.file("p/a.txt", "satu"));
            Output out = unpack("x.tar", bundle);
            assertEquals(List.of("satu"), out.pageTexts());
            assertEquals(List.of("x.tar!p/._a.txt", "x.tar!p/notes.pdf"), out.rejects().stream().map(Reject::source).toList());
            assertEquals(List.of("unsupported", "unsupported"), out.rejects().stream().map(Reject::reason).toList());
            assertTrue(out.rejects().get(0).detail().contains("._a.txt"));
            assertEquals(8, out.rejects().get(0).sizeBytes());
        }

        @Test
        void longNamesAndPaxHeadersAreReadAndEndProperly() throws IOException {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            String longName = "kompas/" + "judul-berita-".repeat(12) + ".txt";
            try (org.apache.commons.compress.archivers.tar.TarArchiveOutputStream out =
                         new org.apache.commons.compress.archivers.tar.TarArchiveOutputStream(bytes)) {
                out.setLongFileMode(org.apache.commons.compress.archivers.tar.TarArchiveOutputStream.LONGFILE_GNU);
                org.apache.commons.compress.archivers.tar.TarArchiveEntry global =
                        new org.apache.commons.compress.archivers.tar.TarArchiveEntry("pax_global_header", (byte) 'g');
                global.addPaxHeader("comment", "made by a test");
                out.putArchiveEntry(global);
                for (String name : List.of(longName, "detik/b.txt")) {
                    org.apache.commons.compress.archivers.tar.TarArchiveEntry entry =
                            new org.apache.commons.compress.archivers.tar.TarArchiveEntry(name);
                    entry.setSize(4);
                    out.putArchiveEntry(entry);
                    out.write(utf8("isi!"));
                    out.closeArchiveEntry();
                }
            }
            Output out = unpack("x.tar", bytes.toByteArray());
            assertEquals(List.of(), out.rejects());
            assertEquals(List.of("x.tar!" + longName, "x.tar!detik/b.txt"), out.pageSources());
            assertEquals(List.of("kompas", "detik"), out.pages().stream().map(RawPage::portalHint).toList());
        }

        @Test
        void bundleWithoutFilesIsRejectedAsEmpty() {
            Reject reject = unpack("x.tar", tar(Member.directory("p/"))).onlyReject();
            assertEquals("empty", reject.reason());
            assertEquals("empty", unpack("x.tar", new byte[0]).onlyReject().reason());
        }
    }

    @Nested
    class Damage {

        @Test
        void truncatedGzipPageIsCorruptAndGivesNoPage() {
            byte[] good = gzip("satu dua tiga empat lima enam tujuh delapan sembilan sepuluh");
            Reject reject = unpack("a.txt.gz", truncate(good, good.length / 2)).onlyReject();
            assertEquals("corrupt_archive", reject.reason());
            assertEquals("a.txt.gz", reject.source());
        }

        @Test
        void bytesThatAreNotGzipAreCorrupt() {
            Reject reject = unpack("a.txt.gz", utf8("<html>not gzip</html>")).onlyReject();
            assertEquals("corrupt_archive", reject.reason());
            assertTrue(reject.detail().contains("not gzip"), reject.detail());
            assertEquals("corrupt_archive", unpack("a.tgz", utf8("plain")).onlyReject().reason());
            assertEquals("corrupt_archive", unpack("a.gz", new byte[0]).onlyReject().reason());
            assertEquals("corrupt_archive", unpack("a.gz", new byte[] {0x1f}).onlyReject().reason());
        }

        @Test
        void truncatedTarKeepsThePagesBeforeTheDamageAndRejectsTheBundleOnce() {
            byte[] bundle = tar(Member.file("p/a.txt", "satu"), Member.file("p/b.txt", "dua"),
                    Member.file("p/c.txt", "x".repeat(700)));
            // Headers and data come in 512-byte blocks: a, b, then c's header and the start of its data.
            Output out = unpack("x.tar", truncate(bundle, 512 * 6 + 100));
            assertEquals(List.of("satu", "dua"), out.pageTexts());
            assertEquals(1, out.rejects().size());
            Reject reject = out.rejects().get(0);
            assertEquals("corrupt_archive", reject.reason());
            assertEquals("x.tar", reject.source());
            assertTrue(reject.detail().contains("after 2 complete members"), reject.detail());
            assertTrue(reject.detail().contains("p/c.txt"), reject.detail());
        }

        @Test
        void truncatedTarGzKeepsThePagesBeforeTheDamage() {
            StringBuilder noise = new StringBuilder();
            java.util.Random random = new java.util.Random(7);
            for (int i = 0; i < 900; i++) {
                noise.append((char) ('a' + random.nextInt(26)));
            }
            byte[] bundle = gzip(tar(Member.file("p/a.txt", "satu"), Member.file("p/b.txt", noise.toString())));
            Output out = unpack("x.tar.gz", truncate(bundle, bundle.length - 200));
            assertEquals(List.of("satu"), out.pageTexts());
            assertEquals(List.of("corrupt_archive"), out.rejects().stream().map(Reject::reason).toList());
            assertTrue(out.rejects().get(0).detail().contains("after 1 complete members"), out.rejects().get(0).detail());
        }

        @Test
        void tarThatStopsAtAMemberBoundaryIsCorruptToo() {
            byte[] bundle = tar(Member.file("p/a.txt", "satu"), Member.file("p/b.txt", "dua"));
            // Two whole members (header and one data block each), but no end-of-archive blocks.
            Output out = unpack("x.tar", truncate(bundle, 512 * 4));
            assertEquals(List.of("satu", "dua"), out.pageTexts());
            assertEquals(List.of("corrupt_archive"), out.rejects().stream().map(Reject::reason).toList());
            assertTrue(out.rejects().get(0).detail().contains("end-of-archive marker"), out.rejects().get(0).detail());
        }

        @Test
        void tarGzWithoutItsGzipTrailerIsCorrupt() {
            byte[] bundle = gzip(tar(Member.file("p/a.txt", "satu")));
            Output out = unpack("x.tgz", truncate(bundle, bundle.length - 4));
            assertEquals(List.of("satu"), out.pageTexts());
            assertEquals(List.of("corrupt_archive"), out.rejects().stream().map(Reject::reason).toList());
        }

        @Test
        void junkAfterTheTarEndIsIgnored() {
            byte[] bundle = concat(tar(Member.file("p/a.txt", "satu")), utf8("junk after the end"));
            assertEquals("satu", new String(unpack("x.tar", bundle).onlyPage().bytes(), StandardCharsets.UTF_8));
        }

        @Test
        void garbageNamedTarIsCorrupt() {
            byte[] garbage = new byte[1536];
            new java.util.Random(3).nextBytes(garbage);
            Output out = unpack("x.tar", garbage);
            assertEquals(List.of(), out.pages());
            assertEquals(List.of("corrupt_archive"), out.rejects().stream().map(Reject::reason).toList());
        }
    }

    @Nested
    class Limits {

        @Test
        void pageAtTheLimitIsKeptAndOneByteMoreIsTooLarge() {
            assertEquals(1000, unpack("a.txt", new byte[1000]).onlyPage().bytes().length);
            Reject reject = unpack("a.txt", new byte[1001]).onlyReject();
            assertEquals("too_large", reject.reason());
            assertEquals(-1, reject.sizeBytes());
        }

        @Test
        void endlessStreamIsCutOffAtTheLimit() {
            InputStream endless = new InputStream() {
                @Override
                public int read() {
                    return 'a';
                }
            };
            assertEquals("too_large", unpack("a.txt", () -> endless, LIMITS).onlyReject().reason());
        }

        @Test
        void gzipBombIsCutOffAtTheLimit() {
            Reject reject = unpack("a.txt.gz", gzip(new byte[5_000_000])).onlyReject();
            assertEquals("too_large", reject.reason());
        }

        @Test
        void oversizedMemberIsRejectedWithItsSizeAndTheNextMemberIsRead() {
            byte[] bundle = tar(Member.file("p/big.txt", new byte[1500]), Member.file("p/small.txt", "kecil"),
                    Member.file("p/big.txt.gz", gzip(new byte[1500])));
            Output out = unpack("x.tar", bundle);
            assertEquals(List.of("kecil"), out.pageTexts());
            assertEquals(List.of("x.tar!p/big.txt", "x.tar!p/big.txt.gz"), out.rejects().stream().map(Reject::source).toList());
            assertEquals(List.of("too_large", "too_large"), out.rejects().stream().map(Reject::reason).toList());
            assertEquals(1500, out.rejects().get(0).sizeBytes());
            assertEquals(-1, out.rejects().get(1).sizeBytes());
        }
    }

    @Nested
    class Unreadable {

        @Test
        void failureToOpenIsUnreadableWithTheMessage() {
            Reject reject = unpack("a.txt", () -> {
                throw new IOException("disk gone");
            }, LIMITS).onlyReject();
            assertEquals("unreadable", reject.reason());
            assertEquals("disk gone", reject.detail());
            assertEquals(-1, reject.sizeBytes());
        }

        @Test
        void uncheckedFailureToOpenIsUnreadableToo() {
            Reject reject = unpack("a.txt", () -> {
                throw new IllegalStateException("closed filesystem");
            }, LIMITS).onlyReject();
            assertEquals("unreadable", reject.reason());
        }

        @Test
        void readFailureIsUnreadableEvenUnderGzipAndTar() {
            assertEquals("unreadable", unpack("a.txt", failingAfter(utf8("abc"), 2), LIMITS).onlyReject().reason());
            byte[] gz = gzip(new byte[800]);
            assertEquals("unreadable", unpack("a.txt.gz", failingAfter(gz, 15), LIMITS).onlyReject().reason());
            byte[] bundle = tar(Member.file("p/a.txt", "satu"), Member.file("p/b.txt", "dua"));
            Output out = unpack("x.tar", failingAfter(bundle, 1100), LIMITS);
            assertEquals(List.of("satu"), out.pageTexts());
            assertEquals(List.of("unreadable"), out.rejects().stream().map(Reject::reason).toList());
            assertEquals("device error", out.rejects().get(0).detail());
        }

        @Test
        void readFailureInsideAGzippedMemberIsBlamedOnTheFile() {
            byte[] bundle = tar(Member.file("p/a.txt.gz", gzip(new byte[900])));
            Output out = unpack("x.tar", failingAfter(bundle, 540), LIMITS);
            assertEquals(List.of("unreadable"), out.rejects().stream().map(Reject::reason).toList());
            assertEquals("x.tar", out.rejects().get(0).source());
        }

        private static IOSupplier<InputStream> failingAfter(byte[] bytes, int goodBytes) {
            return () -> new InputStream() {
                private int position;

                @Override
                public int read() throws IOException {
                    if (position >= goodBytes) {
                        throw new IOException("device error");
                    }
                    return position < bytes.length ? bytes[position++] & 0xff : -1;
                }

                @Override
                public int available() {
                    return Math.max(0, Math.min(goodBytes, bytes.length) - position);
                }
            };
        }
    }

    @Test
    void exceptionsFromTheConsumerAreNotSwallowed() {
        PageUnpacker unpacker = new PageUnpacker(LIMITS);
        assertThrows(IllegalStateException.class, () -> unpacker.unpack("a.txt", "h",
                () -> new ByteArrayInputStream(utf8("x")),
                page -> {
                    throw new IllegalStateException("consumer bug");
                },
                reject -> {
                }));
    }
}
