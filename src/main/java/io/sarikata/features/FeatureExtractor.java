package io.sarikata.features;

import io.sarikata.page.ScratchChars;
import io.sarikata.segment.Block;

import java.util.ArrayList;
import java.util.Arrays;
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

    public static double logOnePlus(int count) {
        return count >= 0 && count < LOG_ONE_PLUS.length ? LOG_ONE_PLUS[count] : Math.log1p(count);
    }

    /** Where each of {@link #NEIGHBOUR_FEATURES} sits among a row's own features. */
    private static final int[] NEIGHBOUR_COLUMNS = NEIGHBOUR_FEATURES.stream().mapToInt(OWN_FEATURES::indexOf).toArray();

    /**
     * One row per block, columns in {@link #NAMES} order. A block's own features are written into its row
     * first, and its neighbours' are copied from their rows: no array of own features per block.
     */
    public double[][] extract(List<Block> blocks, String portal, CorpusStats stats) {
        int width = NAMES.size();
        double[] flat = new double[blocks.size() * width];
        extract(blocks, portal, stats, flat, width, 0);
        double[][] rows = new double[blocks.size()][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = Arrays.copyOfRange(flat, i * width, (i + 1) * width);
        }
        return rows;
    }

    /**
     * The rows of {@link #extract(List, String, CorpusStats)} written into one array: block i's features at
     * {@code rows[i * stride + offset + k]} for k in {@link #NAMES} order, the other columns left as they are. A
     * labeller reuses the array from page to page and keeps the second stage's columns beside these.
     */
    public void extract(List<Block> blocks, String portal, CorpusStats stats, double[] rows, int stride, int offset) {
        int n = blocks.size();
        int mainHeading = mainHeading(blocks);
        long textKeyStart = StatKeys.textKeyStart(portal);
        int portalPages = stats.portalPages(portal);
        ScratchChars scratch = ScratchChars.ofThisThread();
        BlockScan scan = new BlockScan();
        for (int i = 0; i < n; i++) {
            Block b = blocks.get(i);
            scan.scan(b.text(), textKeyStart, stoplist, scratch);
            ownFeatures(rows, i * stride + offset, scan, b.linkRatio(), b.headingLevel(), i == mainHeading, portal,
                    portalPages, stats);
        }
        long pageChars = 0;
        int maxChars = 1;
        for (Block b : blocks) {
            pageChars += b.text().length();
            maxChars = Math.max(maxChars, b.text().length());
        }
        long charsBefore = 0;
        for (int i = 0; i < n; i++) {
            int row = i * stride + offset;
            int c = row + OWN_FEATURES.size();
            int chars = blocks.get(i).text().length();
            rows[c++] = n == 1 ? 0 : i / (double) (n - 1);
            rows[c++] = logOnePlus(n - 1 - i);
            rows[c++] = i == 0 ? 1 : 0;
            rows[c++] = Math.log(Math.max(1, chars) / (double) maxChars);
            rows[c++] = pageChars == 0 ? 0 : charsBefore / (double) pageChars;
            charsBefore += chars;
            for (int k : NEIGHBOUR_COLUMNS) {
                rows[c++] = i > 0 ? rows[row - stride + k] : 0;
            }
            for (int k : NEIGHBOUR_COLUMNS) {
                rows[c++] = i < n - 1 ? rows[row + stride + k] : 0;
            }
        }
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
     * Writes the block's {@link #OWN_FEATURES}, in that order, into {@code rows[at, at + OWN_FEATURES.size())}.
     *
     * @param scan  the block's scan, with the extractor's stoplist and the portal's text keys
     * @param pages the portal's pages in the statistics, looked up once per page
     */
    void ownFeatures(double[] rows, int at, BlockScan scan, double linkRatio, int headingLevel, boolean mainHeading,
                     String portal, int pages, CorpusStats stats) {
        String text = scan.text();
        int words = scan.words();
        double capitalisedRatio = scan.capitalisedRatio();
        boolean endsWithFullStop = scan.endsWithFullStop();
        String colonLabel = scan.colon() < 0 ? null : BlockText.colonLabel(text, scan.colon());
        double textRepeat = 0;
        double shapeRepeat = 0;
        if (pages >= 2) { // a one-page portal repeats nothing; skip the lookups
            textRepeat = repeatShare(stats.keyPages(scan.textKey()), pages);
            for (long shape : scan.shapeKeys(portal, colonLabel)) {
                shapeRepeat = Math.max(shapeRepeat, repeatShare(stats.keyPages(shape), pages));
            }
        }
        int visible = scan.visibleChars();
        int letters = scan.letters();
        rows[at] = logOnePlus(words);
        rows[at + 1] = logOnePlus(text.length());
        rows[at + 2] = scan.stopwordDensity();
        rows[at + 3] = endsWithFullStop ? 1 : 0;
        rows[at + 4] = scan.endsWithQuestionOrExclamation() ? 1 : 0;
        rows[at + 5] = capitalisedRatio;
        rows[at + 6] = isHeadline(words, capitalisedRatio, endsWithFullStop) ? 1 : 0;
        rows[at + 7] = colonLabel != null && isLabelledHeadline(text) ? 1 : 0;
        rows[at + 8] = visible == 0 ? 0 : scan.digits() / (double) visible;
        rows[at + 9] = words == 0 ? 0 : scan.commas() / (double) words;
        rows[at + 10] = words > 1 && scan.startsWithListMarker() ? 1 : 0;
        rows[at + 11] = scan.hasLetterOrDigit() ? 0 : 1;
        rows[at + 12] = colonLabel != null ? 1 : 0;
        rows[at + 13] = Math.min(3, scan.menuSeparators()) / 3.0;
        rows[at + 14] = Double.isNaN(linkRatio) ? 0 : linkRatio;
        rows[at + 15] = headingLevel > 0 ? 1 : 0;
        rows[at + 16] = mainHeading ? 1 : 0;
        rows[at + 17] = textRepeat;
        rows[at + 18] = shapeRepeat;
        rows[at + 19] = logOnePlus(scan.wordEstimate());
        rows[at + 20] = letters == 0 ? 0 : scan.upperLetters() / (double) letters;
        rows[at + 21] = visible == 0 ? 0 : scan.symbols() / (double) visible;
        rows[at + 22] = Math.min(5, scan.sentenceEnds());
        rows[at + 23] = Math.min(3, scan.numberJoins());
        rows[at + 24] = scan.bracketed() ? 1 : 0;
        rows[at + 25] = letters == 0 ? 0 : scan.unspacedLetters() / (double) letters;
    }

    /**
     * Headlines capitalise most words and do not end with a full stop; a sentence-case subheading or
     * a prose line does not look like this. Linear weights cannot form this conjunction themselves.
     */
    static boolean isHeadline(int words, double capitalisedRatio, String text) {
        return isHeadline(words, capitalisedRatio, BlockText.endsWithFullStop(text));
    }

    static boolean isHeadline(int words, double capitalisedRatio, boolean endsWithFullStop) {
        return words >= HEADLINE_MIN_WORDS && capitalisedRatio >= HEADLINE_MIN_CAPITALISED && !endsWithFullStop;
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
