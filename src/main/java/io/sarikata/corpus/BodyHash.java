package io.sarikata.corpus;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** An exact-duplicate key: the first 16 hex digits of SHA-256 of the body's {@link BodyWords} joined by spaces. */
public final class BodyHash {

    /** One digest per thread: getting one costs about a microsecond, and a task hashes every page. */
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    });

    private BodyHash() {
    }

    /** The hash of a body's words, or the empty string for a body without words (no two empty bodies are copies). */
    public static String of(BodyWords.Encoded words) {
        if (words.count() == 0) {
            return "";
        }
        MessageDigest sha = SHA_256.get();
        sha.reset();
        sha.update(words.bytes(), 0, words.length());
        return HexFormat.of().formatHex(sha.digest(), 0, 8);
    }

    /** The same hash from the words as strings. */
    public static String of(List<String> words) {
        if (words.isEmpty()) {
            return "";
        }
        MessageDigest sha = SHA_256.get();
        sha.reset();
        sha.update(String.join(" ", words).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(sha.digest(), 0, 8);
    }
}
