package io.sarikata.input;

/**
 * One page as found in the input, before decoding.
 *
 * @param source     where it came from: the file path, or {@code archive!member} for a page inside a bundle
 * @param portalHint a fallback portal name when the page has no dateline: the parent folder of a file,
 *                   or the base name of the archive it came from
 * @param html       whether the page is HTML (by file name) and must be turned into blocks first
 * @param bytes      the raw bytes, still encoded
 */
public record RawPage(String source, String portalHint, boolean html, byte[] bytes) {
}
