package io.sarikata.page;

import io.sarikata.input.Reject;

import java.util.Objects;

/** What became of one raw page: either a {@link DecodedPage} ready for segmentation, or a {@link Reject}. */
public sealed interface DecodeResult permits DecodeResult.Decoded, DecodeResult.Rejected {

    /** The page decoded into lines. */
    record Decoded(DecodedPage page) implements DecodeResult {
        public Decoded {
            Objects.requireNonNull(page, "page");
        }
    }

    /** The page could not become a document. */
    record Rejected(Reject reject) implements DecodeResult {
        public Rejected {
            Objects.requireNonNull(reject, "reject");
        }
    }
}
