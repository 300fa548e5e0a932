package io.sarikata.corpus;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The words of a body as near-duplicate detection compares them: lower-cased runs of letters and digits, the
 * dateline at the start left out (a syndicated story differs from its source in exactly that), punctuation and
 * spacing ignored.
 *
 * <p>{@link #encode} scans the body once and keeps the words as UTF-8 bytes joined by spaces, with no string per
 * word: {@link BodyHash} hashes those bytes and {@link MinHash} hashes each word's bytes, so the body is split
 * once for both.
 */
public final class BodyWords {

    private static final boolean[] ASCII_WORD_CHAR = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_WORD_CHAR[c] = Character.isLetterOrDigit(c);
        }
    }

    private BodyWords() {
    }

    /** The words as strings (tests and tools; the build uses {@link #encode}). */
    public static List<String> of(String body) {
        return encode(body).words();
    }

    /**
     * The body's words, lower-cased ({@link String#toLowerCase} with {@link Locale#ROOT}, as one string per word
     * would be) and encoded in UTF-8, joined by single spaces.
     */
    public static Encoded encode(String body) {
        int from = 0;
        Dateline dateline = Dateline.find(body);
        if (dateline != null) {
            from = dateline.end();
        }
        int length = body.length();
        byte[] bytes = new byte[Math.max(16, length - from + 8)];
        int[] ends = new int[Math.max(8, (length - from) / 5)];
        int n = 0;
        int count = 0;
        int i = from;
        while (i < length) {
            char c = body.charAt(i);
            if (!isWordChar(c)) {
                i++;
                continue;
            }
            int start = i;
            boolean ascii = true;
            while (i < length && isWordChar(c = body.charAt(i))) {
                ascii &= c < 128;
                i++;
            }
            byte[] word = ascii ? null : body.substring(start, i).toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8);
            int need = n + 1 + (ascii ? i - start : word.length);
            if (need > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(need, bytes.length * 2));
            }
            if (count > 0) {
                bytes[n++] = ' ';
            }
            if (ascii) {
                for (int k = start; k < i; k++) {
                    char a = body.charAt(k);
                    bytes[n++] = (byte) (a >= 'A' && a <= 'Z' ? a + ('a' - 'A') : a);
                }
            } else {
                System.arraycopy(word, 0, bytes, n, word.length);
                n += word.length;
            }
            if (count == ends.length) {
                ends = Arrays.copyOf(ends, count * 2);
            }
            ends[count++] = n;
        }
        return new Encoded(bytes, n, ends, count);
    }

    private static boolean isWordChar(char c) {
        return c < 128 ? ASCII_WORD_CHAR[c] : Character.isLetterOrDigit(c);
    }

    /** Words from their strings, encoded as {@link #encode} encodes a body's (tests compare the two). */
    public static Encoded encode(List<String> words) {
        int[] ends = new int[words.size()];
        byte[] bytes = String.join(" ", words).getBytes(StandardCharsets.UTF_8);
        int n = 0;
        for (int i = 0; i < words.size(); i++) {
            n += (i > 0 ? 1 : 0) + words.get(i).getBytes(StandardCharsets.UTF_8).length;
            ends[i] = n;
        }
        return new Encoded(bytes, bytes.length, ends, words.size());
    }

    /** A body's words as UTF-8 bytes joined by single spaces, and where each word ends. */
    public static final class Encoded {
        private final byte[] bytes;
        private final int length;
        private final int[] ends;
        private final int count;

        Encoded(byte[] bytes, int length, int[] ends, int count) {
            this.bytes = bytes;
            this.length = length;
            this.ends = ends;
            this.count = count;
        }

        /** How many words. */
        public int count() {
            return count;
        }

        /** The joined words' bytes, valid up to {@link #length()}. */
        byte[] bytes() {
            return bytes;
        }

        int length() {
            return length;
        }

        int start(int word) {
            return word == 0 ? 0 : ends[word - 1] + 1;
        }

        int end(int word) {
            return ends[word];
        }

        public List<String> words() {
            List<String> words = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                words.add(new String(bytes, start(i), end(i) - start(i), StandardCharsets.UTF_8));
            }
            return words;
        }
    }
}
