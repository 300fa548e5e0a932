package io.sarikata.eval;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A page's gold text as benchmarks publish it (dragnet's {@code <id>.txt}): the article, then, after a line
 * holding a comments marker such as {@code !@#$%^&*()  COMMENTS}, the page's comments, which are not article.
 *
 * <p>Bytes are decoded by their byte order mark (UTF-8, UTF-16 LE or BE), else as UTF-8 when they are valid
 * UTF-8, else as windows-1252 (some gold files were saved with it: curly quotes as 0x92-0x94).
 */
public final class GoldText {

    /** The charset a file was decoded with and its text, the byte order mark removed. */
    public record Decoded(String charset, String text) {
    }

    /** The article part of a gold file and whether a comments marker cut it. */
    public record Article(String text, boolean cutAtComments) {
    }

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** The symbols of the marker; annotators typed it in several ways (missing, doubled or extra symbols). */
    private static final String MARKER_SYMBOLS = "!@#$%^&*()";
    private static final String MARKER_WORD = "COMMENTS";

    private GoldText() {
    }

    public static Decoded decode(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new Decoded("UTF-8", new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new Decoded("UTF-16LE", new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE));
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new Decoded("UTF-16BE", new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE));
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return new Decoded("UTF-8", text);
        } catch (CharacterCodingException e) {
            return new Decoded("windows-1252", new String(bytes, WINDOWS_1252));
        }
    }

    /** The text before the first comments-marker line, or all of it when there is none. */
    public static Article article(String text) {
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = lineStart;
            while (lineEnd < text.length() && text.charAt(lineEnd) != '\n' && text.charAt(lineEnd) != '\r') {
                lineEnd++;
            }
            if (isCommentsMarker(text.substring(lineStart, lineEnd))) {
                return new Article(text.substring(0, lineStart), true);
            }
            if (lineEnd >= text.length()) {
                break;
            }
            lineStart = lineEnd + 1;
        }
        return new Article(text, false);
    }

    /**
     * A line of marker symbols and spaces, at least four of them symbols, then {@code COMMENTS}, with any
     * whitespace around: {@code !@#$%^&*()  COMMENTS}, {@code @#$%^&*() COMMENTS}, {@code !@ $%^&*()  COMMENTS},
     * {@code !@#$%^&*   COMMENTS} and the other spellings of the dragnet gold.
     */
    static boolean isCommentsMarker(String line) {
        String s = line.strip();
        if (!s.endsWith(MARKER_WORD)) {
            return false;
        }
        String prefix = s.substring(0, s.length() - MARKER_WORD.length());
        int symbols = 0;
        for (int i = 0; i < prefix.length(); i++) {
            char c = prefix.charAt(i);
            if (MARKER_SYMBOLS.indexOf(c) >= 0) {
                symbols++;
            } else if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return symbols >= 4;
    }

    /**
     * The key a page is matched by: its path without the compression suffix {@code .gz} and without its own
     * extension, with {@code \} read as {@code /}; for an archive member ({@code archive!member}), the member's.
     * {@code /data/html/bbc.com/bbc-com_12.html.gz} gives {@code /data/html/bbc.com/bbc-com_12}.
     */
    public static String pathKey(String path) {
        String p = path.replace('\\', '/');
        int bang = p.lastIndexOf('!');
        if (bang >= 0) {
            p = p.substring(bang + 1);
        }
        if (p.endsWith(".gz")) {
            p = p.substring(0, p.length() - 3);
        }
        int slash = p.lastIndexOf('/');
        int dot = p.lastIndexOf('.');
        if (dot > slash + 1) {
            p = p.substring(0, dot);
        }
        return p;
    }

    /** The last {@code parts} path components of a key ({@code b/c} of {@code a/b/c} for 2), or null when it has fewer. */
    public static String lastParts(String key, int parts) {
        int cut = key.length();
        for (int n = 0; n < parts; n++) {
            if (cut < 0) {
                return null;
            }
            cut = cut == 0 ? -1 : key.lastIndexOf('/', cut - 1);
        }
        String tail = key.substring(cut + 1);
        return tail.isEmpty() || tail.startsWith("/") ? null : tail;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
