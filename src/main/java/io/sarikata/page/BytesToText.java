package io.sarikata.page;

import org.mozilla.universalchardet.UniversalDetector;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chooses a page's charset and decodes its bytes, saying what it did whenever the bytes were not clean UTF-8.
 *
 * <p>Order: a byte order mark wins; then strict UTF-8; then, for HTML, a {@code <meta>} charset; then
 * juniversalchardet's guess; then windows-1252, which maps nearly every byte. Bytes the chosen charset cannot
 * map become U+FFFD and are counted in the note, never replaced silently.
 */
final class BytesToText {

    /** The text, the name of the charset that produced it, and a note that is empty only for clean UTF-8. */
    record Result(String text, String charset, String note) {
    }

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int META_SNIFF_BYTES = 4096;
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);

    private BytesToText() {
    }

    static Result decode(byte[] bytes, boolean html) {
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return decodeWithNote(bytes, 2, StandardCharsets.UTF_16BE, "decoded as UTF-16BE: byte order mark");
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return decodeWithNote(bytes, 2, StandardCharsets.UTF_16LE, "decoded as UTF-16LE: byte order mark");
        }
        int start = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        // The JDK's String decoding is several times faster than a CharsetDecoder; it hides bad bytes as U+FFFD,
        // so text with a U+FFFD (rare: bad bytes, or a real U+FFFD) is decoded again, counting.
        String fast = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
        if (fast.indexOf('\uFFFD') < 0) {
            return new Result(fast, StandardCharsets.UTF_8.name(), "");
        }
        Decoding utf8 = decodeCounting(bytes, start, StandardCharsets.UTF_8);
        if (utf8.replaced() == 0) {
            return new Result(utf8.text(), StandardCharsets.UTF_8.name(), "");
        }
        if (html) {
            Optional<Charset> declared = metaCharset(bytes);
            if (declared.isPresent()) {
                return decodeWithNote(bytes, start, declared.get(),
                        "decoded as " + declared.get().name() + " (declared in <meta>): not valid UTF-8");
            }
        }
        Optional<Charset> detected = detectedCharset(bytes);
        if (detected.isPresent()) {
            return decodeWithNote(bytes, start, detected.get(),
                    "decoded as " + detected.get().name() + ": not valid UTF-8");
        }
        return decodeWithNote(bytes, start, WINDOWS_1252,
                "decoded as windows-1252: not valid UTF-8 and no charset detected");
    }

    /**
     * UTF-16 without a byte order mark, when the bytes clearly are: an even count, at least a tenth of the two-byte
     * units with a zero byte (ASCII letters, digits and spaces have one), nearly all of those zeros in the same half of
     * the units (the high byte: it says which byte order), and no broken surrogate pairs. Null otherwise. Random bytes
     * have as many zeros in either half, and single-byte text has none.
     */
    static Result utf16WithoutBom(byte[] bytes) {
        if (bytes.length < 4 || bytes.length % 2 != 0) {
            return null;
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < bytes.length; i += 2) {
            if (bytes[i] == 0) {
                evenZeros++;
            }
            if (bytes[i + 1] == 0) {
                oddZeros++;
            }
        }
        int units = bytes.length / 2;
        int high = Math.max(evenZeros, oddZeros);
        int low = Math.min(evenZeros, oddZeros);
        if (high < units / 10.0 || low > high / 20.0) {
            return null;
        }
        Charset charset = oddZeros > evenZeros ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
        Decoding decoding = decodeCounting(bytes, 0, charset);
        if (decoding.replaced() > 0) {
            return null;
        }
        return new Result(decoding.text(), charset.name(),
                "decoded as " + charset.name() + ": no byte order mark, but every other byte is zero");
    }

    private static Result decodeWithNote(byte[] bytes, int start, Charset charset, String note) {
        Decoding decoding = decodeCounting(bytes, start, charset);
        List<String> notes = new ArrayList<>(List.of(note));
        if (decoding.replaced() > 0) {
            notes.add(decoding.replaced() + " undecodable byte sequences replaced with U+FFFD");
        }
        return new Result(decoding.text(), charset.name(), String.join("; ", notes));
    }

    private record Decoding(String text, int replaced) {
    }

    /** Decodes strictly, but instead of failing puts U+FFFD for each bad sequence and counts them. */
    private static Decoding decodeCounting(byte[] bytes, int start, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(initialCapacity(in.remaining(), decoder));
        int replaced = 0;
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isUnderflow()) {
                break;
            }
            if (result.isOverflow()) {
                out = grow(out);
            } else {
                replaced++;
                in.position(in.position() + result.length());
                if (!out.hasRemaining()) {
                    out = grow(out);
                }
                out.put('\uFFFD');
            }
        }
        while (decoder.flush(out).isOverflow()) {
            out = grow(out);
        }
        out.flip();
        return new Decoding(out.toString(), replaced);
    }

    private static int initialCapacity(int byteCount, CharsetDecoder decoder) {
        long chars = (long) Math.ceil(byteCount * (double) decoder.averageCharsPerByte()) + 16;
        return (int) Math.min(chars, Integer.MAX_VALUE - 16);
    }

    private static CharBuffer grow(CharBuffer out) {
        int capacity = (int) Math.min(Math.max(16L, out.capacity() * 2L), Integer.MAX_VALUE - 16);
        CharBuffer bigger = CharBuffer.allocate(capacity);
        out.flip();
        bigger.put(out);
        return bigger;
    }

    /**
     * A charset named in a {@code <meta>} tag near the top, if Java knows it and it is not a Unicode label,
     * which the invalid bytes have just disproved.
     */
    private static Optional<Charset> metaCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, META_SNIFF_BYTES), StandardCharsets.ISO_8859_1);
        Matcher matcher = META_CHARSET.matcher(head);
        if (!matcher.find()) {
            return Optional.empty();
        }
        String label = matcher.group(1).toLowerCase(Locale.ROOT);
        if (label.startsWith("utf") || label.startsWith("unicode")) {
            return Optional.empty();
        }
        // Browsers read these labels as windows-1252 (WHATWG Encoding), and pages labelled so are written that way.
        if (label.equals("iso-8859-1") || label.equals("latin1") || label.equals("us-ascii") || label.equals("ascii")) {
            return Optional.of(WINDOWS_1252);
        }
        return supported(label);
    }

    private static Optional<Charset> detectedCharset(byte[] bytes) {
        UniversalDetector detector = new UniversalDetector(null);
        int chunk = 64 * 1024;
        for (int offset = 0; offset < bytes.length && !detector.isDone(); offset += chunk) {
            detector.handleData(bytes, offset, Math.min(chunk, bytes.length - offset));
        }
        detector.dataEnd();
        String name = detector.getDetectedCharset();
        return name == null ? Optional.empty() : supported(name);
    }

    private static Optional<Charset> supported(String name) {
        try {
            return Charset.isSupported(name) ? Optional.of(Charset.forName(name)) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Whether the bytes begin with {@code prefix}, given as unsigned byte values (a byte order mark, say). */
    static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xff) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
