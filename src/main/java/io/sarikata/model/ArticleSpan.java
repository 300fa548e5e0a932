package io.sarikata.model;

import io.sarikata.features.BlockText;
import io.sarikata.features.GlyphCounts;
import io.sarikata.segment.Block;

import java.util.List;

/**
 * Sarikata's gold convention, for labels made under another one: the body is the article from its first
 * paragraph to its last, so short body lines before the first paragraph (a title, a date, a byline) and after
 * the last (a signature, a credit, an editor's code) are navigation. Benchmarks such as dragnet count what
 * annotators pasted, titles and bylines included; trained on them as they are, a model keeps every portal's
 * dates and bylines.
 */
public final class ArticleSpan {

    /** A paragraph: at least this many words ending a sentence, or twice as many in any case. */
    static final int PARAGRAPH_WORDS = 10;

    private ArticleSpan() {
    }

    /** The labels with body lines outside the first-to-last paragraph span made navigation; the input is kept. */
    public static Label[] fromFirstToLastParagraph(List<Block> blocks, Label[] labels) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] == Label.BODY && isParagraph(blocks.get(i).text())) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        Label[] out = labels.clone();
        if (first < 0) {
            return out; // no paragraph at all: a short post, whose lines are all the article there is
        }
        for (int i = 0; i < out.length; i++) {
            if ((i < first || i > last) && out[i] == Label.BODY) {
                out[i] = Label.NAV;
            }
        }
        return out;
    }

    static boolean isParagraph(String text) {
        int words = GlyphCounts.of(text).wordEstimate(BlockText.words(text).length);
        return words >= 2 * PARAGRAPH_WORDS || (words >= PARAGRAPH_WORDS && BlockText.endsSentence(text));
    }
}
