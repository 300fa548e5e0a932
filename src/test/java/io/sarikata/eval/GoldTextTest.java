package io.sarikata.eval;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GoldTextTest {

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }

    @Test
    void decodesByByteOrderMarkElseUtf8ElseWindows1252() {
        String text = "Héadline — “quoted”\r\nBody";
        assertEquals(new GoldText.Decoded("UTF-8", text), GoldText.decode(text.getBytes(StandardCharsets.UTF_8)));
        assertEquals(new GoldText.Decoded("UTF-8", text), GoldText.decode(
                concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text.getBytes(StandardCharsets.UTF_8))));
        assertEquals(new GoldText.Decoded("UTF-16LE", text), GoldText.decode(
                concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE))));
        assertEquals(new GoldText.Decoded("UTF-16BE", text), GoldText.decode(
                concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, text.getBytes(StandardCharsets.UTF_16BE))));
        // 0x92 is no UTF-8: the file was saved as windows-1252, where it is a right single quote.
        assertEquals(new GoldText.Decoded("windows-1252", "don’t “go”"),
                GoldText.decode("don’t “go”".getBytes(Charset.forName("windows-1252"))));
        assertEquals(new GoldText.Decoded("UTF-8", ""), GoldText.decode(new byte[0]));
    }

    @Test
    void theArticleEndsAtTheCommentsMarkerLine() {
        GoldText.Article a = GoldText.article("Title\nFirst paragraph.\n!@#$%^&*()  COMMENTS\nGreat post!\nThanks");
        assertEquals("Title\nFirst paragraph.\n", a.text());
        assertTrue(a.cutAtComments());

        GoldText.Article crlf = GoldText.article("Title\r\nText\r\n!@#$%^&*() COMMENTS\r\nme too\r\n");
        assertEquals("Title\r\nText\r\n", crlf.text());

        GoldText.Article first = GoldText.article("!@#$%^&*()  COMMENTS\nonly comments");
        assertEquals("", first.text());
        assertTrue(first.cutAtComments());

        GoldText.Article none = GoldText.article("Text about COMMENTS\nand 5 comments here");
        assertEquals("Text about COMMENTS\nand 5 comments here", none.text());
        assertFalse(none.cutAtComments());
    }

    @Test
    void everySpellingOfTheMarkerIsOne() {
        for (String marker : new String[] {"!@#$%^&*()  COMMENTS", "!@#$%^&*() COMMENTS", "!@ $%^&*()  COMMENTS",
                "@#$%^&*() COMMENTS", "!@#$%^&**()  COMMENTS", "!@#$%^&*()  COMMENTS\t", "!@#$%^&*   COMMENTS",
                "!@#$%$%^&*()  COMMENTS", " !@#$%^&*()  COMMENTS "}) {
            assertTrue(GoldText.isCommentsMarker(marker), marker);
        }
        for (String line : new String[] {"COMMENTS", "230 COMMENTS", "!! COMMENTS", "!@#$%^&*() Comments",
                "!@#$%^&*() COMMENTS here", "Read the !@#$ COMMENTS", ""}) {
            assertFalse(GoldText.isCommentsMarker(line), line);
        }
    }

    @Test
    void pathKeysDropCompressionAndExtension() {
        assertEquals("/data/html/bbc.com/bbc-com_12", GoldText.pathKey("/data/html/bbc.com/bbc-com_12.html.gz"));
        assertEquals("file:/data/html/bbc.com/bbc-com_12", GoldText.pathKey("file:/data/html/bbc.com/bbc-com_12.htm"));
        assertEquals("site/page", GoldText.pathKey("/dumps/all.tar.gz!site/page.html"));
        assertEquals("gold/site/a.b", GoldText.pathKey("gold\\site\\a.b.txt"));
        assertEquals("dir.v2/noext", GoldText.pathKey("dir.v2/noext"));
        assertEquals("dir/.hidden", GoldText.pathKey("dir/.hidden"));
    }

    @Test
    void lastPartsAreTheTailOfAKey() {
        assertEquals("c", GoldText.lastParts("a/b/c", 1));
        assertEquals("b/c", GoldText.lastParts("a/b/c", 2));
        assertEquals("a/b/c", GoldText.lastParts("a/b/c", 3));
        assertNull(GoldText.lastParts("a/b/c", 4));
        assertEquals("x/y", GoldText.lastParts("/x/y", 2));
        assertNull(GoldText.lastParts("/x/y", 3));
    }
}
