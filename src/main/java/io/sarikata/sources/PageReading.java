package io.sarikata.sources;

import io.sarikata.input.PageUnpacker;
import io.sarikata.input.RawPage;
import io.sarikata.input.ReaderLimits;
import io.sarikata.input.Reject;
import io.sarikata.input.RejectReason;
import io.sarikata.page.DecodeResult;
import io.sarikata.page.PageDecoder;
import io.sarikata.segment.Page;
import org.apache.spark.util.LongAccumulator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Inside a task: opens each listed file, unpacks, decodes and segments its pages. */
public final class PageReading {

    private PageReading() {
    }

    /**
     * Reads the files one at a time as the iterator is consumed, so a task holds the pages of one file
     * (one bundle at most), not of its whole group. {@code pagesRead} and {@code bytesRead} feed the
     * progress log; they may be null.
     */
    public static Iterator<ReadItem> read(List<InputFile> files, ReaderLimits limits, LongAccumulator pagesRead,
                                          LongAccumulator bytesRead) {
        InputOpener opener = new InputOpener();
        PageUnpacker unpacker = new PageUnpacker(limits);
        PageDecoder decoder = new PageDecoder(limits);
        return files.stream().flatMap(file -> {
            List<ReadItem> items = new ArrayList<>();
            // A bundle may hold one name twice: each page of it gets its own id.
            Map<String, Integer> seen = PageUnpacker.isBundle(file.path()) ? new HashMap<>() : null;
            unpacker.unpack(file.path(), file.portalHint(), () -> opener.open(file.location()),
                    raw -> items.add(toItem(raw, decoder, file.path(),
                            seen == null ? 1 : seen.merge(raw.source(), 1, Integer::sum)).from(file.path())),
                    reject -> items.add(ReadItem.of(withListedSize(reject, file)).from(file.path())));
            if (bytesRead != null) {
                bytesRead.add(file.size());
                pagesRead.add(items.size());
            }
            return items.stream();
        }).iterator();
    }

    /** A reject of a whole file with no size of its own (too large, unreadable) takes the size listing found. */
    static Reject withListedSize(Reject reject, InputFile file) {
        return reject.sizeBytes() >= 0 || !reject.source().equals(file.path()) ? reject
                : new Reject(reject.source(), reject.reason(), reject.detail(), file.size());
    }

    /** @param occurrence how many pages of this source {@code inputFile} has given so far, this one included */
    static ReadItem toItem(RawPage raw, PageDecoder decoder, String inputFile, int occurrence) {
        try {
            DecodeResult result = decoder.decode(raw);
            if (result instanceof DecodeResult.Decoded decoded) {
                Page page = Page.of(decoded.page());
                String idKey = Page.idKey(inputFile, raw.source(), occurrence);
                return ReadItem.of(idKey.equals(raw.source()) ? page : page.withDocId(Page.docId(idKey)));
            }
            return ReadItem.of(((DecodeResult.Rejected) result).reject());
        } catch (RuntimeException e) {
            // A bug must cost one page, recorded, not the whole task.
            return ReadItem.of(Reject.of(raw.source(), RejectReason.FAILED, e.toString(), raw.bytes().length));
        }
    }
}
