package io.sarikata.eval;

import io.sarikata.features.BlockText;
import io.sarikata.features.Stoplist;
import io.sarikata.model.Label;
import io.sarikata.segment.Block;

import java.util.List;
import java.util.Locale;

/**
 * jusText's algorithm as published (Pomikálek, 2011; jusText 3's {@code classify_paragraphs} and
 * {@code revise_paragraph_classification}) with its default settings: a context-free class per block from its
 * length, stopword density and link density, then the context-sensitive revision (headings, short blocks,
 * near-good blocks). jusText's own stoplists are not to be had here (no package of them in Maven Central, Debian or
 * npm), so stopword density is measured with a stoplist learned from the input, and the baseline says so in its
 * name. A page's blocks are jusText's paragraphs; an HTML page's headings and link text are kept.
 */
public final class JusText implements BlockClassifier {

    public static final String NAME = "justext_learned_stoplist";

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
    static final int MAX_HEADING_DISTANCE = 200;

    enum Kind { GOOD, BAD, SHORT, NEAR_GOOD }

    private final Stoplist stoplist;

    public JusText(Stoplist stoplist) {
        this.stoplist = stoplist;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Label[] classify(List<Block> blocks, String portal) {
        int n = blocks.size();
        String[] texts = new String[n];
        boolean[] heading = new boolean[n];
        Kind[] contextFree = new Kind[n];
        for (int i = 0; i < n; i++) {
            Block b = blocks.get(i);
            texts[i] = String.join(" ", BlockText.words(b.text()));
            heading[i] = b.headingLevel() > 0;
            contextFree[i] = contextFree(texts[i], stopwordDensity(texts[i]), b.hasLinkRatio() ? b.linkRatio() : 0);
        }
        Kind[] revised = revise(contextFree, texts, heading);
        Label[] labels = new Label[n];
        for (int i = 0; i < n; i++) {
            labels[i] = revised[i] == Kind.GOOD ? Label.BODY : Label.NAV;
        }
        return labels;
    }

    /** jusText's: the share of whitespace-separated words that, lower-cased, are on the stoplist. */
    double stopwordDensity(String text) {
        String[] words = BlockText.words(text);
        if (words.length == 0) {
            return 0;
        }
        int hits = 0;
        for (String w : words) {
            if (stoplist.contains(w.toLowerCase(Locale.ROOT))) {
                hits++;
            }
        }
        return hits / (double) words.length;
    }

    /** The context-free class (a block's link density is the share of its characters in links). */
    static Kind contextFree(String text, double stopwordDensity, double linkDensity) {
        int length = text.length();
        if (linkDensity > MAX_LINK_DENSITY) {
            return Kind.BAD;
        }
        if (text.indexOf('\u00a9') >= 0 || text.contains("&copy")) {
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

    /** The context-sensitive revision, in jusText's four steps; only good blocks are kept. */
    static Kind[] revise(Kind[] contextFree, String[] texts, boolean[] heading) {
        int n = contextFree.length;
        Kind[] kinds = contextFree.clone();
        // 1. A short heading shortly before a good block becomes near-good.
        for (int i = 0; i < n; i++) {
            if (heading[i] && kinds[i] == Kind.SHORT && goodWithinHeadingDistance(kinds, texts, i)) {
                kinds[i] = Kind.NEAR_GOOD;
            }
        }
        // 2. Short blocks take their class from the nearest good or bad blocks, all decided on the classes before.
        Kind[] shortDecided = new Kind[n];
        for (int i = 0; i < n; i++) {
            if (kinds[i] != Kind.SHORT) {
                continue;
            }
            Kind prev = neighbour(kinds, i, -1, true);
            Kind next = neighbour(kinds, i, +1, true);
            if (prev == next) {
                shortDecided[i] = prev;
            } else if ((prev == Kind.BAD && neighbour(kinds, i, -1, false) == Kind.NEAR_GOOD)
                    || (next == Kind.BAD && neighbour(kinds, i, +1, false) == Kind.NEAR_GOOD)) {
                shortDecided[i] = Kind.GOOD;
            } else {
                shortDecided[i] = Kind.BAD;
            }
        }
        for (int i = 0; i < n; i++) {
            if (shortDecided[i] != null) {
                kinds[i] = shortDecided[i];
            }
        }
        // 3. Near-good blocks are good unless bad on both sides; decided in page order, each seeing those before.
        for (int i = 0; i < n; i++) {
            if (kinds[i] == Kind.NEAR_GOOD) {
                boolean badBothSides = neighbour(kinds, i, -1, true) == Kind.BAD && neighbour(kinds, i, +1, true) == Kind.BAD;
                kinds[i] = badBothSides ? Kind.BAD : Kind.GOOD;
            }
        }
        // 4. A heading made bad by its context (not by itself) shortly before a good block is good.
        for (int i = 0; i < n; i++) {
            if (heading[i] && kinds[i] == Kind.BAD && contextFree[i] != Kind.BAD && goodWithinHeadingDistance(kinds, texts, i)) {
                kinds[i] = Kind.GOOD;
            }
        }
        return kinds;
    }

    private static boolean goodWithinHeadingDistance(Kind[] kinds, String[] texts, int heading) {
        int distance = 0;
        for (int j = heading + 1; j < kinds.length && distance <= MAX_HEADING_DISTANCE; j++) {
            if (kinds[j] == Kind.GOOD) {
                return true;
            }
            distance += texts[j].length();
        }
        return false;
    }

    /** The nearest good or bad block in a direction (near-good too unless ignored); page edges count as bad. */
    private static Kind neighbour(Kind[] kinds, int from, int step, boolean ignoreNearGood) {
        for (int i = from + step; i >= 0 && i < kinds.length; i += step) {
            Kind k = kinds[i];
            if (k == Kind.GOOD || k == Kind.BAD || (k == Kind.NEAR_GOOD && !ignoreNearGood)) {
                return k;
            }
        }
        return Kind.BAD;
    }
}
