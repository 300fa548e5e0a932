package io.sarikata.segment;

import io.sarikata.page.DecodedPage;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * A segmented page: its stable id, where it came from, its portal and its blocks.
 *
 * @param docId first 16 hex digits of the SHA-256 of {@code source}: the same input path gives the same id on every run
 */
public record Page(String docId, String source, String portal, List<Block> blocks, String charset,
                   String decodeNote, long sizeBytes) implements Serializable {

    public static Page of(DecodedPage decoded) {
        List<Block> blocks = Segmenter.segment(decoded);
        return new Page(docId(decoded.source()), decoded.source(), PortalKey.of(blocks, decoded.portalHint()),
                List.copyOf(blocks), decoded.charset(), decoded.decodeNote(), decoded.sizeBytes());
    }

    public static String docId(String source) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(source.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public List<String> blockTexts() {
        return blocks.stream().map(Block::text).toList();
    }
}
