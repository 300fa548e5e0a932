package io.sarikata.features;

import io.sarikata.page.ScratchChars;
import io.sarikata.segment.Block;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Turns a page's blocks into feature rows: what a block looks like, where it sits, how often its portal
 * repeats it, and the same for its neighbours. The names are part of the model artifact: a model trained
 * on another list is refused.
 */
public final class FeatureExtractor {

    /** Features of the block itself; neighbours repeat the ones in {@link #NEIGHBOUR_FEATURES}. */
    static final List<String> OWN_FEATURES = List.of(
            "log_words", "log_chars", "stopword_density", "ends_full_stop", "ends_question_or_exclamation", "capitalised_ratio",
            "headline_shape", "labelled_headline", "digit_ratio", "comma_density", "list_marker", "no_letters", "colon_label", "menu_separators",
            "link_ratio", "html_heading", "main_heading", "text_repeat", "shape_repeat",
            "log_word_estimate", "upper_ratio", "symbol_ratio", "sentence_ends", "number_joins", "bracketed", "unspaced_share");
    static final List<String> NEIGHBOUR_FEATURES = List.of(
            "log_words", "stopword_density", "ends_full_stop", "capitalised_ratio", "list_marker", "no_letters",
            "text_repeat", "shape_repeat", "log_chars", "sentence_ends");
    static final List<String> POSITION_FEATURES = List.of("relative_position", "log_blocks_to_end", "is_first",
            "length_to_page_max", "chars_before_share");

    public static final List<String> NAMES = names();
    static final int HEADLINE_MIN_WORDS = 3;
    static final double HEADLINE_MIN_CAPITALISED = 0.6;

    private final Stoplist stoplist;

    public FeatureExtractor(Stoplist stoplist) {
        this.stoplist = stoplist;
    }

    private static List<String> names() {
        List<String> names = new ArrayList<>(OWN_FEATURES);
        names.addAll(POSITION_FEATURES);
        for (String n : NEIGHBOUR_FEATURES) {
            names.add("prev_" + n);
        }
        for (String n : NEIGHBOUR_FEATURES) {
            names.add("next_" + n);
        }
        return List.copyOf(names);
    }

    /** {@code Math.log1p} of the counts most blocks have, computed once: three calls per block were 6 % of labelling. */
    private static final double[] LOG_ONE_PLUS = IntStream.range(0, 4096).mapToDouble(Math::log1p).toArray();

    static double logOnePlus(int count) {
        return count >= 0 && count < LOG_ONE_PLUS.length ? LOG_ONE_PLUS[count] : Math.log1p(count);
    }

    /** Where each of {@link #NEIGHBOUR_FEATURES} sits among a row's own features. */
    private static final int[] NEIGHBOUR_COLUMNS = NEIGHBOUR_FEATURES.stream().mapToInt(OWN_FEATURES::indexOf).toArray();

    /**
     * One row per block, columns in {@link #NAMES} order. A block's own features are written into its row
     * first, and its neighbours' are copied from their rows: no array of own features per block.
     */
    public double[][] extract(List<Block> blocks, String portal, CorpusStats stats) {
        int n = blocks.size();
        int mainHeading = mainHeading(blocks);
        double[][] rows = new double[n][NAMES.size()];
        long textKeyStart = StatKeys.textKeyStart(portal);
        int portalPages = stats.portalPages(portal);
        ScratchChars scratch = ScratchChars.ofThisThread();
        for (int i = 0; i < n; i++) {
            Block b = blocks.get(i);
            ownFeatures(rows[i], b.text(), b.linkRatio(), b.headingLevel(), i == mainHeading, portal, textKeyStart,
                    portalPages, stats, scratch);
        }
        long pageChars = 0;
        int maxChars = 1;
        for (Block b : blocks) {
            pageChars += b.text().length();
            maxChars = Math.max(maxChars, b.text().length());
        }
        long charsBefore = 0;
        for (int i = 0; i < n; i++) {
            double[] row = rows[i];
            int c = OWN_FEATURES.size();
            int chars = blocks.get(i).text().length();
            row[c++] = n == 1 ? 0 : i / (double) (n - 1);
            row[c++] = logOnePlus(n - 1 - i);
            row[c++] = i == 0 ? 1 : 0;
            row[c++] = Math.log(Math.max(1, chars) / (double) maxChars);
            row[c++] = pageChars == 0 ? 0 : charsBefore / (double) pageChars;
            charsBefore += chars;
            for (int k : NEIGHBOUR_COLUMNS) {
                row[c++] = i > 0 ? rows[i - 1][k] : 0;
            }
            for (int k : NEIGHBOUR_COLUMNS) {
                row[c++] = i < n - 1 ? rows[i + 1][k] : 0;
            }
        }
        return rows;
    }

    /** The index of the page's only {@code <h1>}, its headline; -1 when there is none or more than one. */
    static int mainHeading(List<Block> blocks) {
        int found = -1;
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).headingLevel() == 1) {
                if (found >= 0) {
                    return -1;
                }
                found = i;
            }
        }
        return found;
    }

    /**
     * Writes the block's {@link #OWN_FEATURES}, in that order, into {@code row[0, OWN_FEATURES.size())}.
     *
     * @param pages   the portal's pages in the statistics, looked up once per page
     * @param scratch {@link ScratchChars#ofThisThread}, looked up once per page
     */
    void ownFeatures(double[] row, String text, double linkRatio, int headingLevel, boolean mainHeading, String portal,
                     long textKeyStart, int pages, CorpusStats stats, ScratchChars scratch) {
        BlockScan scan = BlockScan.of(text, textKeyStart, stoplist, scratch);
        int words = scan.words();
        double capitalisedRatio = scan.capitalisedRatio();
        String colonLabel = BlockText.colonLabel(text);
        double textRepeat = 0;
        double shapeRepeat = 0;
        if (pages >= 2) { // a one-page portal repeats nothing; skip the lookups
            textRepeat = repeatShare(stats.keyPages(scan.textKey()), pages);
            for (long shape : scan.shapeKeys(portal, colonLabel)) {
                shapeRepeat = Math.max(shapeRepeat, repeatShare(stats.keyPages(shape), pages));
            }
        }
        row[0] = logOnePlus(words);
        row[1] = logOnePlus(text.length());
        row[2] = scan.stopwordDensity();
        row[3] = BlockText.endsWithFullStop(text) ? 1 : 0;
        row[4] = BlockText.endsWithQuestionOrExclamation(text) ? 1 : 0;
        row[5] = capitalisedRatio;
        row[6] = isHeadline(words, capitalisedRatio, text) ? 1 : 0;
        row[7] = colonLabel != null && isLabelledHeadline(text) ? 1 : 0;
        row[8] = scan.visibleChars() == 0 ? 0 : scan.digits() / (double) scan.visibleChars();
        row[9] = words == 0 ? 0 : scan.commas() / (double) words;
        row[10] = words > 1 && scan.startsWithListMarker() ? 1 : 0;
        row[11] = scan.hasLetterOrDigit() ? 0 : 1;
        row[12] = colonLabel != null ? 1 : 0;
        row[13] = Math.min(3, scan.menuSeparators()) / 3.0;
        row[14] = Double.isNaN(linkRatio) ? 0 : linkRatio;
        row[15] = headingLevel > 0 ? 1 : 0;
        row[16] = mainHeading ? 1 : 0;
        row[17] = textRepeat;
        row[18] = shapeRepeat;
        GlyphCounts glyphs = GlyphCounts.of(text);
        row[19] = logOnePlus(glyphs.wordEstimate(words));
        row[20] = glyphs.letters() == 0 ? 0 : glyphs.upperLetters() / (double) glyphs.letters();
        row[21] = scan.visibleChars() == 0 ? 0 : glyphs.symbols() / (double) scan.visibleChars();
        row[22] = Math.min(5, glyphs.sentenceEnds());
        row[23] = Math.min(3, glyphs.numberJoins());
        row[24] = glyphs.bracketed() ? 1 : 0;
        row[25] = glyphs.letters() == 0 ? 0 : glyphs.unspacedLetters() / (double) glyphs.letters();
    }

    /**
     * Headlines capitalise most words and do not end with a full stop; a sentence-case subheading or
     * a prose line does not look like this. Linear weights cannot form this conjunction themselves.
     */
    static boolean isHeadline(int words, double capitalisedRatio, String text) {
        return words >= HEADLINE_MIN_WORDS && capitalisedRatio >= HEADLINE_MIN_CAPITALISED && !BlockText.endsWithFullStop(text);
    }

    /** "Label: Headline", the shape of inline related-article links ("Baca Juga: ...", "Read more: ..."). */
    static boolean isLabelledHeadline(String text) {
        if (BlockText.colonLabel(text) == null) {
            return false;
        }
        String rest = text.substring(text.indexOf(':') + 1);
        String[] tokens = BlockText.words(rest);
        return isHeadline(tokens.length, capitalisedRatio(tokens), rest);
    }

    static double capitalisedRatio(String[] tokens) {
        int capitalised = 0;
        int wordsWithLetters = 0;
        for (String token : tokens) {
            int first = firstLetter(token);
            if (first >= 0) {
                wordsWithLetters++;
                if (Character.isUpperCase(token.charAt(first))) {
                    capitalised++;
                }
            }
        }
        return wordsWithLetters == 0 ? 0 : capitalised / (double) wordsWithLetters;
    }

    /** Share of the portal's other pages that repeat this block: 0 when unique, 1 when on every page. */
    static double repeatShare(int pagesWithIt, int portalPages) {
        if (portalPages < 2) {
            return 0;
        }
        return Math.min(1.0, Math.max(0, pagesWithIt - 1) / (double) (portalPages - 1));
    }

    private static int firstLetter(String token) {
        for (int i = 0; i < token.length(); i++) {
            if (Character.isLetter(token.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
