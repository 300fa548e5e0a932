package io.sarikata.features;

import io.sarikata.page.ScratchChars;

import java.util.Arrays;
import java.util.List;

/** The 64-bit keys under which corpus statistics count a page's blocks and shapes. */
public final class StatKeys {

    private StatKeys() {
    }

    public static long textKey(String portal, String normalizedText) {
        return Hash64.of(portal, 't', normalizedText);
    }

    /** The hash state of a portal's text keys before the text: what {@link BlockScan} continues from. */
    public static long textKeyStart(String portal) {
        return Hash64.start(portal, 't');
    }

    public static long shapeKey(String portal, String shape) {
        return Hash64.of(portal, 's', shape);
    }

    /** Counts the pages of a portal: every page has it once, so portal sizes come from the same count as the rest. */
    public static long portalKey(String portal) {
        return Hash64.of(portal, 'p', "");
    }

    /** Every key of a page once, its portal key included, sorted: statistics count pages, not occurrences. */
    public static long[] pageKeys(String portal, List<String> blockTexts) {
        long[] keys = new long[1 + blockTexts.size() * 4]; // a text key and at most three shapes per block
        int n = 0;
        keys[n++] = portalKey(portal);
        long textKeyStart = textKeyStart(portal);
        ScratchChars scratch = ScratchChars.ofThisThread();
        for (String text : blockTexts) {
            BlockScan scan = BlockScan.of(text, textKeyStart, null, scratch);
            keys[n++] = scan.textKey();
            for (long shape : scan.shapeKeys(portal, BlockText.colonLabel(text))) {
                keys[n++] = shape;
            }
        }
        Arrays.sort(keys, 0, n);
        int distinct = 0;
        for (int i = 0; i < n; i++) {
            if (i == 0 || keys[i] != keys[i - 1]) {
                keys[distinct++] = keys[i];
            }
        }
        return Arrays.copyOf(keys, distinct);
    }
}
