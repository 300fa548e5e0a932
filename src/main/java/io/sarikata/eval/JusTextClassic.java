package io.sarikata.eval;

import io.sarikata.features.BlockText;
import io.sarikata.features.Stoplist;
import io.sarikata.model.Label;
import io.sarikata.segment.Block;

import java.util.List;

/**
 * jusText's classic algorithm (Pomikálek, 2011) with its published default thresholds, measuring
 * stopword density with the stoplist learned from the corpus: length and stopword density classify
 * each block, then short and near-good blocks take the class of their neighbours.
 */
public final class JusTextClassic implements BlockClassifier {

    /**
     * jusText's own stoplists hold hundreds of words, enough to cover a large share of running text; its
     * thresholds assume that, so the baseline gets a learned list of about that size.
     */
    public static final int STOPLIST_SIZE = 400;
    static final int LENGTH_LOW = 70;
    static final int LENGTH_HIGH = 200;
    static final double STOPWORDS_LOW = 0.30;
    static final double STOPWORDS_HIGH = 0.32;
    static final double MAX_LINK_DENSITY = 0.2;

    enum Kind { GOOD, BAD, SHORT, NEAR_GOOD }

    private final Stoplist stoplist;

    public JusTextClassic(Stoplist stoplist) {
        this.stoplist = stoplist;
    }

    @Override
    public String name() {
        return "justext_classic";
    }

    @Override
    public Label[] classify(List<Block> blocks, String portal) {
        int n = blocks.size();
        Kind[] contextFree = new Kind[n];
        for (int i = 0; i < n; i++) {
            Block b = blocks.get(i);
            contextFree[i] = contextFree(b.text().length(),
                    stoplist.density(BlockText.words(b.text())),
                    b.hasLinkRatio() ? b.linkRatio() : 0);
        }
        Kind[] revised = contextFree.clone();
        for (int i = 0; i < n; i++) {
            if (contextFree[i] != Kind.SHORT) {
                continue;
            }
            Kind prev = neighbour(revised, i, -1, true);
            Kind next = neighbour(revised, i, +1, true);
            if (prev == next) {
                revised[i] = prev;
            } else {
                boolean nearGood = neighbour(revised, i, -1, false) == Kind.NEAR_GOOD
                        || neighbour(revised, i, +1, false) == Kind.NEAR_GOOD;
                revised[i] = nearGood ? Kind.GOOD : Kind.BAD;
            }
        }
        Label[] labels = new Label[n];
        for (int i = 0; i < n; i++) {
            Kind k = revised[i];
            if (k == Kind.NEAR_GOOD) {
                boolean badBothSides = neighbour(revised, i, -1, true) == Kind.BAD && neighbour(revised, i, +1, true) == Kind.BAD;
                k = badBothSides ? Kind.BAD : Kind.GOOD;
            }
            labels[i] = k == Kind.GOOD ? Label.BODY : Label.NAV;
        }
        return labels;
    }

    static Kind contextFree(int length, double stopwordDensity, double linkDensity) {
        if (linkDensity > MAX_LINK_DENSITY) {
            return Kind.BAD;
        }
        if (length < LENGTH_LOW) {
            return linkDensity > 0 ? Kind.BAD : Kind.SHORT;
        }
        if (stopwordDensity >= STOPWORDS_HIGH) {
            return length > LENGTH_HIGH ? Kind.GOOD : Kind.NEAR_GOOD;
        }
        return stopwordDensity >= STOPWORDS_LOW ? Kind.NEAR_GOOD : Kind.BAD;
    }

    /** The nearest good or bad block in a direction (near-good too unless ignored); page edges count as bad. */
    private static Kind neighbour(Kind[] kinds, int from, int step, boolean ignoreNearGood) {
        for (int i = from + step; i >= 0 && i < kinds.length; i += step) {
            Kind k = kinds[i];
            if (k == Kind.SHORT || (ignoreNearGood && k == Kind.NEAR_GOOD)) {
                continue;
            }
            return k;
        }
        return Kind.BAD;
    }
}
