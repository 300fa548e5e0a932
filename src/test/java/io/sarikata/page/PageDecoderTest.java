package io.sarikata.page;

import io.sarikata.input.RawPage;
import io.sarikata.input.ReaderLimits;
import io.sarikata.input.Reject;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PageDecoderTest {

    private static final PageDecoder DECODER = new PageDecoder(new ReaderLimits(100_000, 200));
    /** Cuts lines at 10 characters, to see cutting without long fixtures. */
    private static final PageDecoder SHORT_LINES = new PageDecoder(new ReaderLimits(100_000, 10));

    static DecodedPage decoded(byte[] bytes, boolean html) {
        return decoded(DECODER, bytes, html);
    }

    static DecodedPage decoded(PageDecoder decoder, byte[] bytes, boolean html) {
        DecodeResult result = decoder.decode(new RawPage("src/a", "kompas", html, bytes));
        return assertInstanceOf(DecodeResult.Decoded.class, result, () -> result.toString()).page();
    }

    static DecodedPage shortLines(String utf8, boolean html) {
        return decoded(SHORT_LINES, utf8.getBytes(StandardCharsets.UTF_8), html);
    }

    static DecodedPage text(byte[] bytes) {
        return decoded(bytes, false);
    }

    static DecodedPage text(String utf8) {
        return text(utf8.getBytes(StandardCharsets.UTF_8));
    }

    static Reject rejected(byte[] bytes, boolean html) {
        DecodeResult result = DECODER.decode(new RawPage("src/a", "kompas", html, bytes));
        return assertInstanceOf(DecodeResult.Rejected.class, result, () -> result.toString()).reject();
    }

    static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] both = new byte[a.length + b.length];
        System.arraycopy(a, 0, both, 0, a.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    @Nested
    class CleanUtf8 {

        @Test
        void cleanUtf8HasNoNoteAndKeepsSourceHintAndSize() {
            byte[] bytes = "Harga cabai\nturun tajam".getBytes(StandardCharsets.UTF_8);
            DecodedPage page = text(bytes);
            assertEquals(List.of("Harga cabai", "turun tajam"), page.lines());
            assertEquals("UTF-8", page.charset());
            assertEquals("", page.decodeNote());
            assertEquals("src/a", page.source());
            assertEquals("kompas", page.portalHint());
            assertEquals(bytes.length, page.sizeBytes());
            assertNull(page.linkRatios());
            assertFalse(page.hasLinkRatios());
        }

        @Test
        void utf8ByteOrderMarkIsStrippedSilently() {
            DecodedPage page = text(concat(bytes(0xEF, 0xBB, 0xBF), "Jakarta".getBytes(StandardCharsets.UTF_8)));
            assertEquals(List.of("Jakarta"), page.lines());
            assertEquals("", page.decodeNote());
        }

        @Test
        void nonAsciiUtf8IsKept() {
            assertEquals(List.of("café – “kutip”"), text("café – “kutip”").lines());
        }
    }

    @Nested
    class LineBreaks {

        @Test
        void crlfAndLoneCrEndLines() {
            assertEquals(List.of("a", "b", "c", "d"), text("a\r\nb\rc\nd").lines());
        }

        @Test
        void finalLineBreakDoesNotAddALine() {
            assertEquals(List.of("a", "b"), text("a\nb\n").lines());
            assertEquals(List.of("a", "b"), text("a\nb").lines());
            assertEquals(List.of("a", "b"), text("a\r\nb\r\n").lines());
        }

        @Test
        void emptyLinesInsideAndAtTheEndAreKept() {
            assertEquals(List.of("a", "", "b", ""), text("a\n\nb\n\n").lines());
            assertEquals(List.of("", "a"), text("\na").lines());
        }

        @Test
        void formFeedAndTabStayInTheLine() {
            assertEquals(List.of("a\tb\fc"), text("a\tb\fc").lines());
            assertEquals("", text("a\tb\fc").decodeNote());
        }
    }

    @Nested
    class Charsets {

        @Test
        void windows1252TextIsDecodedRightAndNoted() {
            DecodedPage page = text(bytes('c', 'a', 'f', 0xE9));
            assertEquals(List.of("café"), page.lines());
            assertEquals("windows-1252", page.charset());
            assertEquals("decoded as windows-1252: not valid UTF-8", page.decodeNote());
        }

        @Test
        void longerLatinTextFallsBackToTheDetectedCharset() {
            String original = "Harga naïve résumé café turun\n";
            DecodedPage page = text(original.getBytes(Charset.forName("windows-1252")));
            assertEquals(List.of("Harga naïve résumé café turun"), page.lines());
            assertTrue(page.decodeNote().contains("not valid UTF-8"), page.decodeNote());
        }

        @Test
        void cyrillicSingleByteTextIsDetected() {
            String original = "Привет мир, это тестовая строка на русском языке";
            DecodedPage page = text(original.getBytes(Charset.forName("windows-1251")));
            assertEquals(List.of(original), page.lines());
            assertEquals("windows-1251", page.charset());
        }

        @Test
        void undetectableBytesFallBackToWindows1252WithANote() {
            DecodedPage page = text(bytes('a', 0xC0, 'b'));
            assertEquals(List.of("aÀb"), page.lines());
            assertEquals("windows-1252", page.charset());
            assertEquals("decoded as windows-1252: not valid UTF-8 and no charset detected", page.decodeNote());
        }

        @Test
        void bytesNoCharsetCanMapAreReplacedVisiblyAndCounted() {
            DecodedPage page = text(bytes('x', 0x81, 'y'));
            assertEquals(List.of("x\uFFFDy"), page.lines());
            assertTrue(page.decodeNote().contains("1 undecodable byte sequences replaced with U+FFFD"), page.decodeNote());
        }

        @Test
        void mostlyUtf8WithAStrayByteIsNotedAsReplaced() {
            byte[] bytes = concat(("Berita ini benar — valid UTF-8 " + "x".repeat(200)).getBytes(StandardCharsets.UTF_8), bytes(0xE9));
            DecodedPage page = text(bytes);
            assertFalse(page.decodeNote().isEmpty());
            assertTrue(page.decodeNote().contains("not valid UTF-8"), page.decodeNote());
        }

        /** UTF-16 without a byte order mark was rejected as binary (ASCII in it is UTF-8 with every other byte NUL). */
        @Test
        void utf16WithoutByteOrderMarkIsDecodedWhenItIsClear() {
            String original = "Halo dunia, berita hari ini\r\nbaris dua: \u041f\u0440\u0438\u0432\u0435\u0442 caf\u00e9";
            DecodedPage little = text(original.getBytes(StandardCharsets.UTF_16LE));
            DecodedPage big = text(original.getBytes(StandardCharsets.UTF_16BE));
            List<String> lines = List.of("Halo dunia, berita hari ini", "baris dua: \u041f\u0440\u0438\u0432\u0435\u0442 caf\u00e9");
            assertEquals(lines, little.lines());
            assertEquals(lines, big.lines());
            assertEquals("UTF-16LE", little.charset());
            assertEquals("UTF-16BE", big.charset());
            assertEquals("decoded as UTF-16LE: no byte order mark, but every other byte is zero", little.decodeNote());
            assertEquals(List.of("Halo dunia", "baris dua"),
                    decoded("<p>Halo dunia</p><p>baris dua</p>".getBytes(StandardCharsets.UTF_16LE), true).lines());
            assertEquals("binary", rejected(bytes('a', 0, 'b', 0, 'c', 0, 0x3D, 0xD8, 'd', 0, 'e', 0), false).reason(),
                    "a broken surrogate pair is no UTF-16");
        }

        @Test
        void utf16WithByteOrderMarkIsDecodedInEitherOrder() {
            String original = "Halo dunia\r\nbaris dua";
            DecodedPage little = text(concat(bytes(0xFF, 0xFE), original.getBytes(StandardCharsets.UTF_16LE)));
            DecodedPage big = text(concat(bytes(0xFE, 0xFF), original.getBytes(StandardCharsets.UTF_16BE)));
            assertEquals(List.of("Halo dunia", "baris dua"), little.lines());
            assertEquals(List.of("Halo dunia", "baris dua"), big.lines());
            assertEquals("UTF-16LE", little.charset());
            assertEquals("UTF-16BE", big.charset());
            assertEquals("decoded as UTF-16LE: byte order mark", little.decodeNote());
        }
    }

    @Nested
    class ControlCharacters {

        @Test
        void strayControlsAreTheIsoControlsButLayout() {
            for (char c = 0; c < Character.MAX_VALUE; c++) {
                boolean layout = c == '\t' || c == '\n' || c == '\r' || c == '\f';
                assertEquals(Character.isISOControl(c) && !layout, PageDecoder.isStrayControl(c), "U+" + (int) c);
            }
        }

        @Test
        void c1ControlsAndDeleteAreRemoved() {
            DecodedPage page = text("Harga\u0085 cabai\u007F turun\u009F tajam hari ini di pasar induk kota"
                    .getBytes(StandardCharsets.UTF_8));
            assertEquals(List.of("Harga cabai turun tajam hari ini di pasar induk kota"), page.lines());
            assertEquals("removed 3 control characters", page.decodeNote());
        }

        @Test
        void fewNulBytesAreRemovedAndNoted() {
            DecodedPage page = text("Harga\0 cabai turun\0 tajam hari ini di pasar induk");
            assertEquals(List.of("Harga cabai turun tajam hari ini di pasar induk"), page.lines());
            assertEquals("removed 2 control characters", page.decodeNote());
        }

        @Test
        void tenPercentControlsIsStillText() {
            DecodedPage page = text("abcdefghi\u0001abcdefghi\u0007");
            assertEquals(List.of("abcdefghiabcdefghi"), page.lines());
        }

        @Test
        void moreThanTenPercentControlsIsBinary() {
            Reject reject = rejected("abcdefgh\0\u0001abcdefghi\0".getBytes(StandardCharsets.UTF_8), false);
            assertEquals("binary", reject.reason());
            assertEquals("src/a", reject.source());
            assertEquals(20, reject.sizeBytes());
            assertTrue(reject.detail().contains("3 of 20"), reject.detail());
        }

        @Test
        void imageLikeBytesAreBinary() {
            byte[] bytes = new byte[400];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) (i % 3 == 0 ? 0 : 'A' + i % 26);
            }
            assertEquals("binary", rejected(bytes, false).reason());
            assertEquals("binary", rejected(bytes, true).reason());
        }

        /** 11 of 40 random 120-byte files and 3 of 40 of 1 KB became documents: control characters alone let them. */
        @Test
        void shortRandomBytesAreBinary() {
            java.util.Random random = new java.util.Random(20261203);
            List<String> documents = new java.util.ArrayList<>();
            for (int size : new int[] {60, 120, 1024}) {
                for (int i = 0; i < 400; i++) {
                    byte[] bytes = new byte[size];
                    random.nextBytes(bytes);
                    for (boolean html : new boolean[] {false, true}) {
                        DecodeResult result = DECODER.decode(new RawPage("src/a", "kompas", html, bytes));
                        if (result instanceof DecodeResult.Decoded d) {
                            documents.add(size + " bytes as " + d.page().charset() + (html ? " (html)" : ""));
                        } else {
                            assertEquals("binary", ((DecodeResult.Rejected) result).reject().reason());
                        }
                    }
                }
            }
            assertEquals(List.of(), documents);
        }

        @Test
        void latinTextThatIsNotUtf8IsStillText() {
            String page = "Caf\u00e9 \u00ab\u00e0 la une\u00bb : 25\u00b0C \u00e0 Paris, \u00a9 Le Journal \u2013 na\u00efve "
                    + "r\u00e9sum\u00e9, \u00a3 10 \u20ac 12.\n";
            DecodedPage decoded = text(page.repeat(3).getBytes(Charset.forName("windows-1252")));
            assertEquals("windows-1252", decoded.charset());
        }

        @Test
        void notesAreJoinedInOrder() {
            DecodedPage page = text(bytes('c', 'a', 'f', 0xE9, 0, ' ', 'b', 'a', 'r', 'i', 's', ' ', 'k', 'e', 'd', 'u', 'a'));
            assertEquals("decoded as windows-1252: not valid UTF-8; removed 1 control characters", page.decodeNote());
        }
    }

    @Nested
    class EmptyAndLong {

        @Test
        void noBytesAndOnlyWhitespaceAreEmpty() {
            assertEquals("empty", rejected(new byte[0], false).reason());
            assertEquals("empty", rejected(" \n\t\r\n\u00A0 \u3000".getBytes(StandardCharsets.UTF_8), false).reason());
            assertEquals("empty", rejected(bytes(0xEF, 0xBB, 0xBF, '\n'), false).reason());
        }

        @Test
        void longLinesAreCutAndCounted() {
            DecodedPage page = shortLines("0123456789abc\nshort\n0123456789\nABCDEFGHIJKLMNOP", false);
            assertEquals(List.of("0123456789", "short", "0123456789", "ABCDEFGHIJ"), page.lines());
            assertEquals("cut 2 lines longer than 10 chars", page.decodeNote());
        }

        @Test
        void cutNeverSplitsASurrogatePair() {
            DecodedPage page = shortLines("123456789\uD83D\uDE00tail", false);
            assertEquals(List.of("123456789"), page.lines());
        }
    }

    @Nested
    class HtmlPages {

        @Test
        void htmlBecomesBlocksWithLinkRatios() {
            String html = "<html><head><title>Judul</title></head><body>"
                    + "<nav><ul><li><a href='/'>Beranda</a></li><li><a href='/n'>Nasional</a></li></ul></nav>"
                    + "<p>Baca juga: <a href='/x'>Harga Cabai Turun</a></p></body></html>";
            DecodedPage page = decoded(html.getBytes(StandardCharsets.UTF_8), true);
            assertEquals(List.of("Beranda", "Nasional", "Baca juga: Harga Cabai Turun"), page.lines());
            assertArrayEquals(new double[] {1.0, 1.0, 17.0 / 28.0}, page.linkRatios());
            assertTrue(page.hasLinkRatios());
            assertEquals("", page.decodeNote());
        }

        @Test
        void htmlWithoutTextIsEmpty() {
            String html = "<html><head><title>Judul</title><style>p{}</style></head><body><script>var a;</script></body></html>";
            Reject reject = rejected(html.getBytes(StandardCharsets.UTF_8), true);
            assertEquals("empty", reject.reason());
        }

        @Test
        void metaCharsetIsUsedWhenTheBytesAreNotUtf8() {
            String russian = "Привет мир";
            String html = "<html><head><meta charset=\"windows-1251\"></head><body><p>" + russian + "</p></body></html>";
            DecodedPage page = decoded(html.getBytes(Charset.forName("windows-1251")), true);
            assertEquals(List.of(russian), page.lines());
            assertEquals("windows-1251", page.charset());
            assertEquals("decoded as windows-1251 (declared in <meta>): not valid UTF-8", page.decodeNote());
        }

        @Test
        void metaLatin1MeansWindows1252LikeInBrowsers() {
            String html = "<meta http-equiv='Content-Type' content='text/html; charset=ISO-8859-1'><p>“café”</p>";
            DecodedPage page = decoded(html.getBytes(Charset.forName("windows-1252")), true);
            assertEquals(List.of("“café”"), page.lines());
            assertEquals("windows-1252", page.charset());
        }

        @Test
        void metaCharsetIsIgnoredForValidUtf8() {
            String html = "<meta charset='iso-8859-1'><p>café</p>";
            DecodedPage page = decoded(html.getBytes(StandardCharsets.UTF_8), true);
            assertEquals(List.of("café"), page.lines());
            assertEquals("UTF-8", page.charset());
        }

        @Test
        void longBlocksAreCutLikeLines() {
            DecodedPage page = shortLines("<p>0123456789 abcdef</p><p>pendek</p>", true);
            assertEquals(List.of("0123456789", "pendek"), page.lines());
            assertEquals(2, page.linkRatios().length);
            assertEquals("cut 1 lines longer than 10 chars", page.decodeNote());
        }

        @Test
        void controlCharactersFromCharacterReferencesAreRemovedToo() {
            DecodedPage page = decoded("<p>a&#1;b&#x7f;c</p>".getBytes(StandardCharsets.UTF_8), true);
            assertEquals(List.of("abc"), page.lines());
            assertEquals("removed 2 control characters", page.decodeNote());
        }

        @Test
        void controlCharactersInHtmlAreRemovedBeforeParsing() {
            DecodedPage page = shortLines("<p>ab\0c</p><p>defghijk lmnopq rstuvw</p>", true);
            assertEquals("abc", page.lines().get(0));
            assertEquals("removed 1 control characters; cut 1 lines longer than 10 chars", page.decodeNote());
        }
    }
}
