package io.sarikata.page;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines of a text page that is clean UTF-8, cut from its bytes: no page-wide string is decoded, copied into
 * a char buffer and scanned again, which was half of decoding. Line breaks and control characters are single
 * bytes in UTF-8 (C1 controls are {@code C2 80..9F}), never part of another character, so one pass over the
 * bytes finds both. A page that is anything but clean (another byte order mark, bad bytes, a U+FFFD, a stray
 * control character) is left to {@link PageDecoder}'s full path, which notes what it changed.
 */
final class CleanUtf8Lines {

    private static final byte C1_LEAD = (byte) 0xC2;
    private static final byte C1_LAST = (byte) 0x9F;

    private CleanUtf8Lines() {
    }

    /** The page's lines as {@link PageDecoder#splitLines} cuts them, or null when the page needs the full path. */
    static List<String> of(byte[] bytes) {
        if (BytesToText.startsWith(bytes, 0xFE, 0xFF) || BytesToText.startsWith(bytes, 0xFF, 0xFE)) {
            return null; // UTF-16
        }
        int start = BytesToText.startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        List<String> lines = new ArrayList<>();
        int lineStart = start;
        for (int i = start; i < bytes.length; i++) {
            byte b = bytes[i];
            if (b >= 0 && b < 0x20) {
                if (b == '\n' || b == '\r') {
                    if (!addLine(lines, bytes, lineStart, i)) {
                        return null;
                    }
                    if (b == '\r' && i + 1 < bytes.length && bytes[i + 1] == '\n') {
                        i++;
                    }
                    lineStart = i + 1;
                } else if (b != '\t' && b != '\f') {
                    return null;
                }
            } else if (b == 0x7F || (b == C1_LEAD && i + 1 < bytes.length && bytes[i + 1] <= C1_LAST)) {
                return null; // bytes[i + 1] <= 0x9F as a signed byte: 0x80..0x9F, or a bad sequence
            }
        }
        if (lineStart < bytes.length && !addLine(lines, bytes, lineStart, bytes.length)) {
            return null;
        }
        return lines;
    }

    /** False when the line holds bad bytes, which decoding turned into U+FFFD (or a real U+FFFD, as rare). */
    private static boolean addLine(List<String> lines, byte[] bytes, int from, int to) {
        String line = new String(bytes, from, to - from, StandardCharsets.UTF_8);
        if (line.indexOf('\uFFFD') >= 0) {
            return false;
        }
        lines.add(line);
        return true;
    }
}
