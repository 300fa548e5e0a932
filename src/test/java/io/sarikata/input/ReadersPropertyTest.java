package io.sarikata.input;

import io.sarikata.input.TestArchives.Member;
import io.sarikata.page.DecodeResult;
import io.sarikata.page.DecodedPage;
import io.sarikata.page.HtmlBlocks;
import io.sarikata.page.HtmlLines;
import io.sarikata.page.PageDecoder;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import static io.sarikata.input.TestArchives.gzip;
import static io.sarikata.input.TestArchives.tar;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Seeded random inputs through unpacking and decoding. Whatever the bytes, nothing throws, every input leaves a
 * trace (a page or a reject), and every page ends as exactly one decoded page or one reject.
 */
class ReadersPropertyTest {

    private static final int ITERATIONS = 300;
    private static final ReaderLimits LIMITS = new ReaderLimits(4096, 80);
    private static final PageUnpacker UNPACKER = new PageUnpacker(LIMITS);
    private static final PageDecoder DECODER = new PageDecoder(LIMITS);
    private static final Set<String> REASON_CODES = Arrays.stream(RejectReason.values())
            .map(RejectReason::code).collect(Collectors.toSet());
    private static final String[] NAMES = {
        "a.txt", "a.html", "a.htm", "a.gz", "a.txt.gz", "a.html.gz", "a.tar", "a.tar.gz", "a.tgz"};

    /** The pages and rejects of one input, after both stages. */
    private record Outcome(List<RawPage> pages, List<Reject> unpackRejects, List<DecodeResult> decoded) {
    }

    private static Outcome readAndCheck(String source, byte[] bytes, String context) {
        List<RawPage> pages = new ArrayList<>();
        List<Reject> rejects = new ArrayList<>();
        try {
            UNPACKER.unpack(source, "hint", () -> new ByteArrayInputStream(bytes), pages::add, rejects::add);
        } catch (RuntimeException e) {
            throw new AssertionError("unpack threw for " + context, e);
        }
        assertTrue(pages.size() + rejects.size() >= 1, "no trace at all for " + context);
        for (Reject reject : rejects) {
            checkReject(reject, source, context);
        }
        List<DecodeResult> decoded = new ArrayList<>();
        for (RawPage page : pages) {
            assertTrue(page.source().startsWith(source), context);
            assertTrue(page.bytes().length <= LIMITS.maxPageBytes(), context);
            decoded.add(decodeAndCheck(page, context));
        }
        return new Outcome(pages, rejects, decoded);
    }

    private static void checkReject(Reject reject, String source, String context) {
        assertTrue(reject.source().startsWith(source), context);
        assertTrue(REASON_CODES.contains(reject.reason()), reject.reason() + " " + context);
        assertNotNull(reject.detail(), context);
        assertFalse(reject.detail().isBlank(), context);
        assertTrue(reject.sizeBytes() >= -1, context);
    }

    /** Exactly one result per page, and a decoded page keeps every promise DecodedPage makes. */
    private static DecodeResult decodeAndCheck(RawPage page, String context) {
        DecodeResult result;
        try {
            result = DECODER.decode(page);
        } catch (RuntimeException e) {
            throw new AssertionError("decode threw for " + context, e);
        }
        if (result instanceof DecodeResult.Rejected rejected) {
            Reject reject = rejected.reject();
            assertTrue(Set.of("binary", "empty").contains(reject.reason()), reject + " " + context);
            assertEquals(page.source(), reject.source(), context);
            assertEquals(page.bytes().length, reject.sizeBytes(), context);
        } else if (result instanceof DecodeResult.Decoded decoded) {
            checkDecoded(page, decoded.page(), context);
        } else {
            fail("no result for " + context);
        }
        return result;
    }

    private static void checkDecoded(RawPage raw, DecodedPage page, String context) {
        assertEquals(raw.source(), page.source(), context);
        assertEquals(raw.portalHint(), page.portalHint(), context);
        assertEquals(raw.bytes().length, page.sizeBytes(), context);
        assertNotNull(page.charset(), context);
        assertNotNull(page.decodeNote(), context);
        assertFalse(page.lines().isEmpty(), context);
        assertTrue(page.lines().stream().anyMatch(line -> !line.isBlank()), context);
        for (String line : page.lines()) {
            assertTrue(line.length() <= LIMITS.maxLineChars(), context);
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                assertFalse(c == '\n' || c == '\r', "line break inside a line: " + context);
                assertFalse(Character.isISOControl(c) && c != '\t' && c != '\f', "control char left: " + context);
            }
        }
        assertEquals(raw.html(), page.hasLinkRatios(), context);
        if (page.hasLinkRatios()) {
            assertEquals(page.lines().size(), page.linkRatios().length, context);
            for (double ratio : page.linkRatios()) {
                assertTrue(ratio >= 0 && ratio <= 1, ratio + " " + context);
            }
        }
    }

    @Test
    void randomBytesUnderEveryNameNeverThrowAndAlwaysLeaveATrace() {
        Random random = new Random(20240601L);
        for (int i = 0; i < ITERATIONS; i++) {
            String name = NAMES[random.nextInt(NAMES.length)];
            byte[] bytes = randomBytes(random, random.nextInt(3000));
            if (random.nextInt(4) == 0 && bytes.length >= 2) {
                // Give some garbage a gzip magic, so the inflater itself meets it.
                bytes[0] = 0x1f;
                bytes[1] = (byte) 0x8b;
            }
            readAndCheck("in/" + name, bytes, "iteration " + i + " " + name);
        }
    }

    @Test
    void validBundlesGiveBackEveryMemberExactly() {
        Random random = new Random(77L);
        for (int i = 0; i < ITERATIONS; i++) {
            Map<String, byte[]> members = randomMembers(random);
            boolean gzipped = random.nextBoolean();
            String source = gzipped ? "b.tgz" : "b.tar";
            Outcome outcome = readAndCheck(source, bundle(members, gzipped), "iteration " + i);
            assertEquals(List.of(), outcome.unpackRejects(), "iteration " + i);
            assertEquals(members.keySet().stream().map(m -> source + "!" + m).toList(),
                    outcome.pages().stream().map(RawPage::source).toList(), "iteration " + i);
            for (RawPage page : outcome.pages()) {
                String member = page.source().substring(source.length() + 1);
                assertArrayEquals(members.get(member), page.bytes(), "iteration " + i);
            }
        }
    }

    @Test
    void truncatedBundlesKeepOnlyIntactPagesAndReportTheDamage() {
        Random random = new Random(99L);
        for (int i = 0; i < ITERATIONS; i++) {
            Map<String, byte[]> members = randomMembers(random);
            boolean gzipped = random.nextBoolean();
            String source = gzipped ? "b.tar.gz" : "b.tar";
            byte[] whole = bundle(members, gzipped);
            byte[] cut = Arrays.copyOf(whole, random.nextInt(whole.length));
            Outcome outcome = readAndCheck(source, cut, "iteration " + i + " cut at " + cut.length);
            // Whatever came out before the damage is exactly what was put in.
            for (RawPage page : outcome.pages()) {
                String member = page.source().substring(source.length() + 1);
                assertTrue(members.containsKey(member), "iteration " + i);
                assertArrayEquals(members.get(member), page.bytes(), "iteration " + i);
            }
            assertTrue(outcome.pages().size() <= members.size(), "iteration " + i);
            // Cut before the end-of-archive block of the tar (or anywhere in the gzip): the damage is reported.
            // A plain tar cut to nothing is an empty file, which says "empty" rather than "damaged".
            boolean damaged = gzipped || (cut.length > 0 && cut.length < endMarkerEnd(members));
            if (damaged) {
                assertTrue(outcome.unpackRejects().stream().anyMatch(
                        r -> r.source().equals(source) && r.reason().equals("corrupt_archive")),
                        "iteration " + i + " cut at " + cut.length + ": " + outcome.unpackRejects());
            }
        }
    }

    @Test
    void mutatedBundlesAndGzipPagesNeverThrow() {
        Random random = new Random(4242L);
        for (int i = 0; i < ITERATIONS; i++) {
            Map<String, byte[]> members = randomMembers(random);
            int kind = random.nextInt(3);
            String source = switch (kind) {
                case 0 -> "m.tar";
                case 1 -> "m.tar.gz";
                default -> "m.txt.gz";
            };
            byte[] bytes = switch (kind) {
                case 0 -> bundle(members, false);
                case 1 -> bundle(members, true);
                default -> gzip(randomText(random, 200, false));
            };
            mutate(random, bytes);
            if (random.nextBoolean()) {
                bytes = Arrays.copyOf(bytes, random.nextInt(bytes.length + 1));
            }
            readAndCheck(source, bytes, "iteration " + i + " " + source);
        }
    }

    @Test
    void randomHtmlishStringsBecomeWellFormedBlocks() {
        Random random = new Random(5150L);
        for (int i = 0; i < ITERATIONS; i++) {
            String html = randomHtmlish(random);
            String context = "iteration " + i + ": " + html;
            HtmlLines lines = HtmlBlocks.extract(html);
            assertEquals(lines.texts().size(), lines.linkRatios().length, context);
            for (int b = 0; b < lines.texts().size(); b++) {
                String text = lines.texts().get(b);
                assertFalse(text.isEmpty(), context);
                assertEquals(text.strip(), text, context);
                assertFalse(text.contains("  "), context);
                assertFalse(text.contains("\n") || text.contains("\u00A0"), context);
                assertTrue(lines.linkRatios()[b] >= 0 && lines.linkRatios()[b] <= 1, context);
            }
            readAndCheck("h.html", html.getBytes(StandardCharsets.UTF_8), context);
        }
    }

    @Test
    void cleanUtf8TextComesBackLineForLine() {
        Random random = new Random(31337L);
        String[] breaks = {"\n", "\r\n", "\r"};
        for (int i = 0; i < ITERATIONS; i++) {
            List<String> lines = new ArrayList<>();
            int count = 1 + random.nextInt(12);
            for (int l = 0; l < count; l++) {
                lines.add(new String(randomText(random, LIMITS.maxLineChars() / 2, true), StandardCharsets.UTF_8));
            }
            lines.set(random.nextInt(count), "teks");
            String lineBreak = breaks[random.nextInt(breaks.length)];
            // An empty last line exists only if a line break ends it: "a\n" is the single line "a".
            boolean finalBreak = random.nextBoolean() || lines.get(count - 1).isEmpty();
            String text = String.join(lineBreak, lines) + (finalBreak ? lineBreak : "");
            Outcome outcome = readAndCheck("t.txt", text.getBytes(StandardCharsets.UTF_8), "iteration " + i);
            DecodedPage page = ((DecodeResult.Decoded) outcome.decoded().get(0)).page();
            assertEquals(lines, page.lines(), "iteration " + i);
            assertEquals("", page.decodeNote(), "iteration " + i);
        }
    }

    @Test
    void textInOtherCharsetsNeverThrowsAndIsNotedAsNotUtf8() {
        Random random = new Random(8080L);
        Charset[] charsets = {Charset.forName("windows-1252"), StandardCharsets.ISO_8859_1,
            Charset.forName("windows-1251"), Charset.forName("Shift_JIS"), StandardCharsets.UTF_16LE};
        for (int i = 0; i < ITERATIONS; i++) {
            Charset charset = charsets[random.nextInt(charsets.length)];
            String text = new String(randomText(random, 300, false), StandardCharsets.UTF_8) + " é ü ä ж";
            byte[] bytes = text.getBytes(charset);
            Outcome outcome = readAndCheck("c.txt", bytes, "iteration " + i + " " + charset);
            if (outcome.decoded().get(0) instanceof DecodeResult.Decoded decoded) {
                assertFalse(decoded.page().decodeNote().isEmpty(), "iteration " + i + " " + charset);
            }
        }
    }

    private static Map<String, byte[]> randomMembers(Random random) {
        Map<String, byte[]> members = new LinkedHashMap<>();
        String[] folders = {"", "kompas/", "detik.com/2024/", "./"};
        String[] extensions = {".txt", ".html", ".txt.gz", ".htm"};
        int count = 1 + random.nextInt(5);
        for (int m = 0; m < count; m++) {
            String name = folders[random.nextInt(folders.length)] + "p" + m + extensions[random.nextInt(extensions.length)];
            members.put(name, randomText(random, 1200, false));
        }
        return members;
    }

    /** Where the tar's first all-zero end block ends: a header block plus padded data per member, then 512. */
    private static long endMarkerEnd(Map<String, byte[]> members) {
        long end = 0;
        for (Map.Entry<String, byte[]> member : members.entrySet()) {
            long size = member.getKey().endsWith(".gz") ? gzip(member.getValue()).length : member.getValue().length;
            end += 512 + (size + 511) / 512 * 512;
        }
        return end + 512;
    }

    /** Members named .gz are stored gzipped; the unpacker must give back their plain content. */
    private static byte[] bundle(Map<String, byte[]> members, boolean gzipped) {
        List<Member> entries = new ArrayList<>();
        members.forEach((name, bytes) -> entries.add(Member.file(name, name.endsWith(".gz") ? gzip(bytes) : bytes)));
        byte[] tar = tar(entries.toArray(new Member[0]));
        return gzipped ? gzip(tar) : tar;
    }

    private static void mutate(Random random, byte[] bytes) {
        int flips = 1 + random.nextInt(6);
        for (int f = 0; f < flips && bytes.length > 0; f++) {
            int at = random.nextInt(bytes.length);
            bytes[at] = random.nextBoolean() ? (byte) random.nextInt(256) : (byte) (bytes[at] ^ (1 << random.nextInt(8)));
        }
    }

    private static byte[] randomBytes(Random random, int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    /** Words from several scripts, spaces and punctuation; with {@code oneLine} no line breaks and no controls. */
    private static byte[] randomText(Random random, int maxChars, boolean oneLine) {
        String[] words = {"harga", "cabai", "naik", "Jakarta", "—", "café", "жизнь", "日本語", "😀", ".", ",", "  ",
            "Rp 50.000", "\t", "«»", "ñ"};
        StringBuilder text = new StringBuilder();
        int target = random.nextInt(maxChars + 1);
        while (text.length() < target) {
            text.append(words[random.nextInt(words.length)]);
            if (!oneLine && random.nextInt(8) == 0) {
                text.append(random.nextBoolean() ? "\n" : "\r\n");
            } else {
                text.append(' ');
            }
        }
        String result = text.toString();
        if (oneLine && result.length() > maxChars) {
            result = result.substring(0, maxChars);
            if (!result.isEmpty() && Character.isHighSurrogate(result.charAt(result.length() - 1))) {
                result = result.substring(0, result.length() - 1);
            }
        }
        return result.getBytes(StandardCharsets.UTF_8);
    }

    private static String randomHtmlish(Random random) {
        String[] tags = {"p", "div", "li", "ul", "a", "b", "span", "br", "script", "style", "nav", "td", "tr", "table",
            "h1", "iframe", "svg", "template", "noscript", "pre", "em", "head", "body", "html", "hr", "form"};
        String[] pieces = {"harga", " ", "\n", "&nbsp;", "&amp;", "&#8220;", "&bogus;", "<", ">", "</", "<!--", "-->",
            "&", "\u00A0", "café", "😀", "\"", "'", "=", "<!DOCTYPE html>", "\t", "<![CDATA[x]]>", "\u0000", "&#1;", "&#0;", "&#x85;", "&#x9f;", "\r\n"};
        StringBuilder html = new StringBuilder();
        int parts = random.nextInt(60);
        for (int k = 0; k < parts; k++) {
            switch (random.nextInt(4)) {
                case 0 -> html.append('<').append(tags[random.nextInt(tags.length)])
                        .append(random.nextInt(4) == 0 ? " href='/x'" : "").append('>');
                case 1 -> html.append("</").append(tags[random.nextInt(tags.length)]).append('>');
                default -> html.append(pieces[random.nextInt(pieces.length)]);
            }
        }
        return html.toString();
    }
}
