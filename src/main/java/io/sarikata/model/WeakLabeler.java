package io.sarikata.model;

import io.sarikata.features.FeatureExtractor;

/**
 * High-precision labels from corpus statistics for pages nobody labelled: what most pages of a portal
 * repeat is template, and long, unique, punctuated prose full of function words is article. Everything
 * in between stays unlabelled and is left to the model. On HTML pages the only {@code <h1>} is the
 * headline, which belongs to the article.
 */
public final class WeakLabeler {

    /** A portal needs this many pages before its repetitions mean anything. */
    static final int MIN_PORTAL_PAGES = 4;
    static final double REPEATED_BLOCK = 0.5;
    static final double REPEATED_SHAPE = 0.3;
    static final int MAX_SHAPED_WORDS = 25;
    static final double LINK_DOMINATED = 0.8;
    static final int MIN_PROSE_WORDS = 15;
    static final double MIN_PROSE_STOPWORDS = 0.1;

    private static final int WORDS = column("log_words");
    private static final int STOPWORDS = column("stopword_density");
    private static final int ENDS_FULL_STOP = column("ends_full_stop");
    private static final int LIST_MARKER = column("list_marker");
    private static final int NO_LETTERS = column("no_letters");
    private static final int LINK_RATIO = column("link_ratio");
    private static final int TEXT_REPEAT = column("text_repeat");
    private static final int MAIN_HEADING = column("main_heading");
    private static final int SHAPE_REPEAT = column("shape_repeat");

    private WeakLabeler() {
    }

    /** A weak label for a block's feature row, or null when the rules do not know. */
    public static Label label(double[] row, int portalPages) {
        int words = (int) Math.round(Math.expm1(row[WORDS]));
        boolean enoughPages = portalPages >= MIN_PORTAL_PAGES;
        if (row[NO_LETTERS] == 1 || row[LINK_RATIO] >= LINK_DOMINATED) {
            return Label.NAV;
        }
        if (enoughPages && row[TEXT_REPEAT] >= REPEATED_BLOCK) {
            return Label.NAV;
        }
        if (enoughPages && row[SHAPE_REPEAT] >= REPEATED_SHAPE && words <= MAX_SHAPED_WORDS) {
            return Label.NAV;
        }
        if (row[MAIN_HEADING] == 1 && row[TEXT_REPEAT] == 0) {
            // An HTML page's only <h1> is its headline, unless the portal repeats it as a logo or site name.
            return Label.BODY;
        }
        if (words >= MIN_PROSE_WORDS && row[ENDS_FULL_STOP] == 1 && row[TEXT_REPEAT] == 0
                && row[STOPWORDS] >= MIN_PROSE_STOPWORDS && row[LINK_RATIO] < 0.3 && row[LIST_MARKER] == 0) {
            return Label.BODY;
        }
        return null;
    }

    private static int column(String name) {
        int i = FeatureExtractor.NAMES.indexOf(name);
        if (i < 0) {
            throw new IllegalStateException("no feature " + name);
        }
        return i;
    }
}
