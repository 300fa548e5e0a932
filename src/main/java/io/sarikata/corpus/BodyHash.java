package io.sarikata.corpus;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** An exact-duplicate key: the first 16 hex digits of SHA-256 of the body's {@link BodyWords} joined by spaces. */
public final class BodyHash {

    private BodyHash() {
    }

    /** The hash of a body's words, or the empty string for a body without words (no two empty bodies are copies). */
    public static String of(List<String> words) {
        if (words.isEmpty()) {
            return "";
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] space = {' '};
            for (int i = 0; i < words.size(); i++) {
                if (i > 0) {
                    sha.update(space);
                }
                sha.update(words.get(i).getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
