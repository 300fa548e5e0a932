package io.sarikata.page;

import io.sarikata.input.RawPage;
import io.sarikata.input.ReaderLimits;
import io.sarikata.input.Reject;
import io.sarikata.input.RejectReason;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Turns a page's raw bytes into lines: charset, control characters, line breaks, over-long lines, and for HTML
 * the text blocks. Every change that is not plain decoding of clean UTF-8 is written into the page's note.
 */
public final class PageDecoder {

    /** Text has a few stray control characters at most; more than this share means the bytes are not text. */
    private static final double MAX_CONTROL_SHARE = 0.10;
    /**
     * Bytes that are not UTF-8 are not text when more than this share of what they decode to (and at least
     * {@link #MIN_UNLIKELY} characters) is what text hardly has: control characters, undecodable bytes, symbols.
     * Random bytes give 13-18 % in the single-byte charsets they are decoded with; of random files of 120 bytes,
     * 3 in 10,000 or fewer pass (1 % at 60 bytes), where control characters alone let a third through.
     */
    private static final double MAX_UNLIKELY_SHARE = 0.04;
    private static final int MIN_UNLIKELY = 3;

    private final ReaderLimits limits;

    public PageDecoder(ReaderLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    public DecodeResult decode(RawPage page) {
        if (!page.html()) {
            List<String> lines = CleanUtf8Lines.of(page.bytes());
            if (lines != null) {
                return linesDecoded(page, lines, null, null, StandardCharsets.UTF_8.name(), new ArrayList<>());
            }
        }
        return decodeInFull(page);
    }

    /** Every page can take this path; clean UTF-8 text pages take {@link CleanUtf8Lines}, which agrees with it. */
    DecodeResult decodeInFull(RawPage page) {
        byte[] bytes = page.bytes();
        BytesToText.Result decoded = BytesToText.decode(bytes, page.html());
        List<String> notes = new ArrayList<>();
        if (!decoded.note().isEmpty()) {
            notes.add(decoded.note());
        }

        String text = decoded.text();
        ScratchChars scratch = ScratchChars.ofThisThread();
        char[] chars = scratch.chars(text);
        int controls = countStrayControls(chars, text.length());
        String binary = binaryBecause(decoded, chars, text.length(), controls);
        BytesToText.Result utf16 = binary == null ? null : BytesToText.utf16WithoutBom(bytes);
        if (utf16 != null) {
            // ASCII in UTF-16 is valid UTF-8 with a NUL in every other byte: binary, unless read as what it is.
            char[] utf16Chars = scratch.chars(utf16.text());
            int utf16Controls = countStrayControls(utf16Chars, utf16.text().length());
            if (binaryBecause(utf16, utf16Chars, utf16.text().length(), utf16Controls) == null) {
                decoded = utf16;
                text = utf16.text();
                chars = utf16Chars;
                controls = utf16Controls;
                binary = null;
                notes.clear();
                notes.add(utf16.note());
            } else {
                chars = scratch.chars(text);
            }
        }
        if (binary != null) {
            return reject(page, RejectReason.BINARY, binary);
        }
        int removed = controls;
        if (controls > 0) {
            text = removeStrayControls(text);
            chars = scratch.chars(text);
        }

        List<String> lines;
        double[] linkRatios = null;
        int[] headingLevels = null;
        if (page.html()) {
            HtmlLines blocks = HtmlBlocks.extract(text);
            lines = new ArrayList<>(blocks.texts());
            linkRatios = blocks.linkRatios();
            headingLevels = blocks.headingLevels();
            // Character references such as &#1; bring control characters back in after the bytes were cleaned.
            for (int i = 0; i < lines.size(); i++) {
                int inBlock = countStrayControls(scratch.chars(lines.get(i)), lines.get(i).length());
                if (inBlock > 0) {
                    removed += inBlock;
                    lines.set(i, removeStrayControls(lines.get(i)));
                }
            }
        } else {
            lines = splitLines(chars, text.length());
        }
        if (removed > 0) {
            notes.add("removed " + removed + " control characters");
        }
        return linesDecoded(page, lines, linkRatios, headingLevels, decoded.charset(), notes);
    }

    /**
     * Why the decoded characters are not text, or null when they are: over a tenth are control characters; or, for
     * bytes that were not UTF-8, too many are what text hardly has ({@link #MAX_UNLIKELY_SHARE}).
     */
    private static String binaryBecause(BytesToText.Result decoded, char[] chars, int length, int controls) {
        if (controls > MAX_CONTROL_SHARE * length) {
            return controls + " of " + length + " characters are control characters (decoded as " + decoded.charset() + ")";
        }
        if (decoded.charset().equals(StandardCharsets.UTF_8.name())) {
            return null;
        }
        int unlikely = 0;
        for (int i = 0; i < length; i++) {
            if (!likelyInText(chars[i])) {
                unlikely++;
            }
        }
        if (unlikely >= MIN_UNLIKELY && unlikely > MAX_UNLIKELY_SHARE * length) {
            return unlikely + " of " + length + " characters are control characters, undecodable bytes or symbols"
                    + " (decoded as " + decoded.charset() + "): not text";
        }
        return null;
    }

    /**
     * Printable ASCII and layout; in any script letters, digits and other numbers, spaces, marks, punctuation and
     * currency signs; and the symbols news text has ({@code © ® ° ™ ± × ÷}). Not: control characters, U+FFFD and
     * other symbols (box drawing, lone accents, {@code ¦ ¬ ¶}), which random bytes decode to.
     */
    static boolean likelyInText(char c) {
        if (c >= 0x20 && c < 0x7F || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
            return true;
        }
        if (c == '\uFFFD' || isStrayControl(c)) {
            return false;
        }
        if (Character.isLetterOrDigit(c) || Character.isSpaceChar(c) || Character.isSurrogate(c)
                || TEXT_SYMBOLS.indexOf(c) >= 0) {
            return true;
        }
        return switch (Character.getType(c)) {
            case Character.NON_SPACING_MARK, Character.COMBINING_SPACING_MARK, Character.ENCLOSING_MARK,
                 Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                 Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                 Character.OTHER_PUNCTUATION, Character.FORMAT, Character.CURRENCY_SYMBOL, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }

    private static final String TEXT_SYMBOLS = "\u00a9\u00ae\u00b0\u2122\u00b1\u00d7\u00f7";

    private DecodeResult linesDecoded(RawPage page, List<String> lines, double[] linkRatios, int[] headingLevels,
                                      String charset, List<String> notes) {
        if (!hasVisibleText(lines)) {
            return reject(page, RejectReason.EMPTY, page.html() ? "no text blocks in the HTML" : "no visible text");
        }
        List<String> cutLines = cutLongLines(lines, notes);
        return new DecodeResult.Decoded(new DecodedPage(page.source(), page.portalHint(), cutLines, linkRatios,
                headingLevels, charset, String.join("; ", notes), page.bytes().length));
    }

    private static DecodeResult reject(RawPage page, RejectReason reason, String detail) {
        return new DecodeResult.Rejected(Reject.of(page.source(), reason, detail, page.bytes().length));
    }

    /**
     * Tab, line feed, carriage return and form feed are layout; every other control character (NUL too) is noise.
     * Written out, not {@link Character#isISOControl}: this runs for every character of every page.
     */
    static boolean isStrayControl(char c) {
        return c < 0x20 ? c != '\t' && c != '\n' && c != '\r' && c != '\f' : c >= 0x7F && c <= 0x9F;
    }

    private static int countStrayControls(char[] chars, int length) {
        int count = 0;
        for (int i = 0; i < length; i++) {
            if (isStrayControl(chars[i])) {
                count++;
            }
        }
        return count;
    }

    private static String removeStrayControls(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isStrayControl(c)) {
                kept.append(c);
            }
        }
        return kept.toString();
    }

    /** CRLF and a lone CR both end a line; a final line break does not start another line. */
    static List<String> splitLines(char[] chars, int length) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < length; i++) {
            char c = chars[i];
            if (c == '\n' || c == '\r') {
                lines.add(new String(chars, start, i - start));
                if (c == '\r' && i + 1 < length && chars[i + 1] == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < length) {
            lines.add(new String(chars, start, length - start));
        }
        return lines;
    }

    private static boolean hasVisibleText(List<String> lines) {
        for (String line : lines) {
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                    return true;
                }
            }
        }
        return false;
    }

    private List<String> cutLongLines(List<String> lines, List<String> notes) {
        int max = limits.maxLineChars();
        List<String> result = new ArrayList<>(lines.size());
        int cut = 0;
        for (String line : lines) {
            if (line.length() > max) {
                cut++;
                int end = Math.max(max, 0);
                // Never split a surrogate pair: half a character would be a broken string.
                if (end > 0 && Character.isHighSurrogate(line.charAt(end - 1))) {
                    end--;
                }
                line = line.substring(0, end);
            }
            result.add(line);
        }
        if (cut > 0) {
            notes.add("cut " + cut + " lines longer than " + max + " chars");
        }
        return List.copyOf(result);
    }
}
