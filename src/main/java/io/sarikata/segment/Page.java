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
 * @param docId first 16 hex digits of the SHA-256 of {@code source} (see {@link #idKey} for
 *              the exceptions): the same input path gives the same id on every run
 */
public record Page(String docId, String source, String portal, List<Block> blocks, String charset,
                   String decodeNote, long sizeBytes) implements Serializable {

    public static Page of(DecodedPage decoded) {
        List<Block> blocks = Segmenter.segment(decoded);
        return new Page(docId(decoded.source()), decoded.source(), PortalKey.of(blocks, decoded.portalHint()),
                List.copyOf(blocks), decoded.charset(), decoded.decodeNote(), decoded.sizeBytes());
    }

    /**
     * What the id of a page of {@code inputFile} hashes: its source, except where that source could be another
     * page's too. The n-th page (n of 2 or more) of a bundle under an earlier member's name adds its ordinal; a file
     * whose own path holds a '!', as the source of a bundle member does ({@code a.tar!b.txt} next to {@code a.tar}
     * holding {@code b.txt}), is marked as a file. Every other page's id is {@link #docId(String)} of its source.
     *
     * @param occurrence 1 for the first page of this source in the input file, 2 for the next, and so on
     */
    public static String idKey(String inputFile, String source, int occurrence) {
        if (source.equals(inputFile)) {
            return source.indexOf('!') < 0 ? source : source + "\u0000file";
        }
        return occurrence <= 1 ? source : source + "\u0000" + occurrence;
    }

    /** This page under another id. */
    public Page withDocId(String id) {
        return id.equals(docId) ? this : new Page(id, source, portal, blocks, charset, decodeNote, sizeBytes);
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
