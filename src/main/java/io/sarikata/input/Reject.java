package io.sarikata.input;

/**
 * An input that did not become a document, and why.
 *
 * @param source    file path or {@code archive!member}
 * @param reason    a stable machine-readable code, see {@link RejectReason}
 * @param detail    a human-readable explanation
 * @param sizeBytes the size of the rejected input in bytes, or -1 where unknown
 */
public record Reject(String source, String reason, String detail, long sizeBytes) implements java.io.Serializable {

    public static Reject of(String source, RejectReason reason, String detail, long sizeBytes) {
        return new Reject(source, reason.code(), detail, sizeBytes);
    }
}
