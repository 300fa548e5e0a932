package io.sarikata.segment;

import io.sarikata.page.DecodedPage;

import java.util.ArrayList;
import java.util.List;

/** Splits a decoded page into ordered blocks: one per non-empty line, keeping its line number. */
public final class Segmenter {

    private Segmenter() {
    }

    public static List<Block> segment(DecodedPage page) {
        List<String> lines = page.lines();
        List<Block> blocks = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i).strip();
            if (text.isEmpty()) {
                continue;
            }
            double linkRatio = page.hasLinkRatios() ? page.linkRatios()[i] : Double.NaN;
            blocks.add(new Block(blocks.size(), i + 1, i + 1, text, linkRatio, page.headingLevel(i)));
        }
        return blocks;
    }
}
