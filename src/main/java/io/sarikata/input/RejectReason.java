package io.sarikata.input;

/** Why an input did not become a document. The codes are what {@code rejects/} and {@code _run.json} show. */
public enum RejectReason {
    EMPTY("empty", "the page has no text"),
    BINARY("binary", "the bytes are not text (NUL bytes or mostly control characters)"),
    TOO_LARGE("too_large", "the page is larger than --max-page-bytes"),
    CORRUPT_ARCHIVE("corrupt_archive", "a gzip or tar stream is truncated or damaged; pages read before the damage are kept"),
    UNREADABLE("unreadable", "the file could not be opened or read"),
    UNSUPPORTED("unsupported", "not a page: no supported page or bundle extension, a fifo, socket or device, or a link in a bundle"),
    FAILED("failed", "an unexpected error while reading the page; the detail names it (please report it)");

    private final String code;
    private final String meaning;

    RejectReason(String code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    public String code() {
        return code;
    }

    public String meaning() {
        return meaning;
    }
}
