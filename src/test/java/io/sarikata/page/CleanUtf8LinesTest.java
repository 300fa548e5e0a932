package io.sarikata.page;

import io.sarikata.input.RawPage;
import io.sarikata.input.ReaderLimits;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

import static io.sarikata.page.PageDecoderTest.bytes;
import static io.sarikata.page.PageDecoderTest.concat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CleanUtf8LinesTest {

    private static List<String> lines(String text) {
        return CleanUtf8Lines.of(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void cutsCleanTextAtEveryKindOfLineBreak() {
        assertEquals(List.of("Satu “dua”", "", "tiga €", "empat 😀", "lima"),
                lines("Satu “dua”\n\r\ntiga €\rempat 😀\r\nlima"));
        assertEquals(List.of("akhir"), lines("akhir\n"), "a final line break starts no line");
        assertEquals(List.of(), lines(""));
    }

    @Test
    void keepsTabsFormFeedsAndNoBreakSpaces() {
        assertEquals(List.of("a\tb\fc\u00A0d"), lines("a\tb\fc\u00A0d"));
    }

    @Test
    void dropsTheUtf8ByteOrderMark() {
        assertEquals(List.of("judul"), CleanUtf8Lines.of(concat(bytes(0xEF, 0xBB, 0xBF), "judul".getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void leavesEveryPageThatIsNotCleanToTheFullPath() {
        assertNull(lines("nul\u0000byte"), "C0 control");
        assertNull(lines("del\u007Fchar"), "DEL");
        assertNull(lines("next\u0085line"), "C1 control");
        assertNull(lines("already \uFFFD replaced"), "a real U+FFFD");
        assertNull(CleanUtf8Lines.of(bytes('a', 0xFF, 'b')), "a byte that is never UTF-8");
        assertNull(CleanUtf8Lines.of(bytes('a', 0xC3, '\n', 'b')), "a character cut by a line break");
        assertNull(CleanUtf8Lines.of(bytes(0xED, 0xA0, 0x80)), "an encoded surrogate");
        assertNull(CleanUtf8Lines.of(bytes(0xFF, 0xFE, 'a', 0)), "UTF-16LE mark");
        assertNull(CleanUtf8Lines.of(bytes(0xFE, 0xFF, 0, 'a')), "UTF-16BE mark");
        assertNull(CleanUtf8Lines.of(bytes('a', 0xC2)), "a lead byte at the end");
    }

    /** Random pages of clean and unclean pieces: the shortcut and the full path must give equal results. */
    @Test
    void agreesWithTheFullPathOnRandomPages() {
        PageDecoder decoder = new PageDecoder(new ReaderLimits(100_000, 12));
        byte[][] pieces = {
                utf8("kata "), utf8("Judul Berita"), utf8("é"), utf8("“kutip”"), utf8("€"), utf8("😀"), utf8(" "),
                utf8("\n"), utf8("\r"), utf8("\r\n"), utf8("\t"), utf8("\f"), utf8("\u00A0"), utf8("\uFFFD"),
                bytes(0x00), bytes(0x07), bytes(0x1B), bytes(0x7F), bytes(0xC2, 0x85), bytes(0xC2, 0x9F),
                bytes(0xC2, 0xA0), bytes(0xFF), bytes(0xC3), bytes(0x80), bytes(0xED, 0xA0, 0x80), bytes(0xE2, 0x82),
                bytes(0xEF, 0xBB, 0xBF)};
        Random random = new Random(20261123);
        int shortcut = 0;
        for (int n = 0; n < 20_000; n++) {
            ByteArrayOutputStream page = new ByteArrayOutputStream();
            if (random.nextInt(10) == 0) {
                page.writeBytes(random.nextBoolean() ? bytes(0xEF, 0xBB, 0xBF) : bytes(0xFF, 0xFE));
            }
            boolean clean = random.nextInt(3) > 0;
            int count = random.nextInt(12);
            for (int p = 0; p < count; p++) {
                page.writeBytes(pieces[random.nextInt(clean ? 13 : pieces.length)]);
            }
            RawPage raw = new RawPage("src/" + n, "portal", false, page.toByteArray());
            shortcut += CleanUtf8Lines.of(raw.bytes()) == null ? 0 : 1;
            assertEquals(decoder.decodeInFull(raw), decoder.decode(raw), () -> "page " + raw.source());
        }
        int shortcuts = shortcut;
        assertTrue(shortcuts > 5_000 && shortcuts < 15_000, () -> "both paths are taken: " + shortcuts + " shortcuts");
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
