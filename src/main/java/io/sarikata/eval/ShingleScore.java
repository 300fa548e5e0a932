package io.sarikata.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The page-level metric of Scrapinghub's article-extraction-benchmark ({@code evaluate.py}), written out in
 * Java: an extracted text against a gold text, by 4-gram shingles of their word tokens.
 *
 * <ul>
 *   <li><b>Tokens</b>: the matches of {@code \w+} in Python's Unicode sense: runs of letters (Lu, Ll, Lt, Lm,
 *   Lo), numbers (Nd, Nl, No) and {@code _}, by code point. Python's {@code \w} is {@code str.isalnum()} or
 *   {@code _}, which leaves out combining marks (Mn, Mc, Me) and other connector punctuation; Java's
 *   {@code UNICODE_CHARACTER_CLASS \w} would take them in, so it is not used. Case is kept: the benchmark's
 *   {@code IGNORECASE} flag changes what {@code \w} matches, not the tokens, so {@code The} and {@code the}
 *   differ.</li>
 *   <li><b>Shingles</b>: every run of 4 consecutive tokens; a text of 1 to 3 tokens has one shingle of all its
 *   tokens, a text without tokens has none.</li>
 *   <li><b>Matching</b>: shingles are counted as a multiset (Python's {@code Counter}): true positives are
 *   {@code min(gold, extracted)} per shingle, false positives what the extraction has beyond the gold, false
 *   negatives what it misses.</li>
 *   <li><b>Per page</b>: precision {@code tp / (tp + fp)}, recall {@code tp / (tp + fn)}. The benchmark divides
 *   the three counts by their sum first, which changes neither ratio.</li>
 *   <li><b>Over pages</b> ({@link Mean}): precision is the mean over the pages that extracted at least one
 *   shingle, recall the mean over the pages whose gold has at least one; F1 is {@code 2PR / (P + R)} of the
 *   two means, not a mean of per-page F1. A page that extracted nothing counts 0 in recall and not at all in
 *   precision.</li>
 * </ul>
 */
public final class ShingleScore {

    /** Tokens per shingle, the benchmark's {@code ngram_n}. */
    public static final int N = 4;

    private ShingleScore() {
    }

    /** Whether Python's {@code re} takes the code point as {@code \w} in a str pattern: alphanumeric or '_'. */
    static boolean isWordCodePoint(int cp) {
        if (cp == '_') {
            return true;
        }
        switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                 Character.MODIFIER_LETTER, Character.OTHER_LETTER,
                 Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER -> {
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    /** The text's {@code \w+} tokens, in order. */
    public static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        if (text == null) {
            return tokens;
        }
        int start = -1;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (isWordCodePoint(cp)) {
                if (start < 0) {
                    start = i;
                }
            } else if (start >= 0) {
                tokens.add(text.substring(start, i));
                start = -1;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) {
            tokens.add(text.substring(start));
        }
        return tokens;
    }

    /**
     * The text's shingles with how often each occurs. A shingle is its tokens joined by a space, which no token
     * contains, so two shingles are equal exactly when their tokens are.
     */
    public static Map<String, Integer> shingles(String text) {
        List<String> tokens = tokens(text);
        Map<String, Integer> counts = new HashMap<>();
        int shingles = Math.max(1, tokens.size() - N + 1);
        for (int i = 0; i < shingles && i < tokens.size(); i++) {
            String shingle = String.join(" ", tokens.subList(i, Math.min(tokens.size(), i + N)));
            counts.merge(shingle, 1, Integer::sum);
        }
        return counts;
    }

    /** One page: extracted text against gold text. */
    public static Counts score(String gold, String extracted) {
        return match(shingles(gold), shingles(extracted));
    }

    /** Multiset overlap of gold and extracted shingles. */
    public static Counts match(Map<String, Integer> gold, Map<String, Integer> extracted) {
        long tp = 0;
        long fp = 0;
        for (Map.Entry<String, Integer> e : extracted.entrySet()) {
            int inGold = gold.getOrDefault(e.getKey(), 0);
            tp += Math.min(inGold, e.getValue());
            fp += Math.max(0, e.getValue() - inGold);
        }
        long goldTotal = 0;
        for (int count : gold.values()) {
            goldTotal += count;
        }
        return new Counts(tp, fp, goldTotal - tp);
    }

    /**
     * One page's shingle counts.
     *
     * @param tp shingles both texts have (multiset minimum)
     * @param fp extracted shingles beyond the gold's
     * @param fn gold shingles the extraction misses
     */
    public record Counts(long tp, long fp, long fn) implements java.io.Serializable {

        /** The page extracted at least one shingle, so it counts in mean precision. */
        public boolean extractedAny() {
            return tp + fp > 0;
        }

        /** The gold has at least one shingle, so the page counts in mean recall. */
        public boolean goldHasAny() {
            return tp + fn > 0;
        }

        /** {@code tp / (tp + fp)}; NaN when nothing was extracted (such a page is left out of mean precision). */
        public double precision() {
            return extractedAny() ? tp / (double) (tp + fp) : Double.NaN;
        }

        /** {@code tp / (tp + fn)}; NaN when the gold is empty (such a page is left out of mean recall). */
        public double recall() {
            return goldHasAny() ? tp / (double) (tp + fn) : Double.NaN;
        }

        /** This page's own F1, for ranking pages; 0 when either side is empty or nothing matches. */
        public double f1() {
            return tp == 0 ? 0 : ShingleScore.f1(precision(), recall());
        }
    }

    /** F1 of a precision and a recall; 0 when both are 0, NaN when either is NaN. */
    public static double f1(double precision, double recall) {
        if (Double.isNaN(precision) || Double.isNaN(recall)) {
            return Double.NaN;
        }
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    /** Means over pages, as the benchmark reports them, and the pages that extracted nothing of a gold article. */
    public static final class Mean implements java.io.Serializable {
        private double precisionSum;
        private int precisionPages;
        private double recallSum;
        private int recallPages;
        private int pages;
        private int emptyPages;

        public Mean add(Counts c) {
            pages++;
            if (c.extractedAny()) {
                precisionSum += c.precision();
                precisionPages++;
            }
            if (c.goldHasAny()) {
                recallSum += c.recall();
                recallPages++;
                if (!c.extractedAny()) {
                    emptyPages++;
                }
            }
            return this;
        }

        public Mean addAll(Mean other) {
            precisionSum += other.precisionSum;
            precisionPages += other.precisionPages;
            recallSum += other.recallSum;
            recallPages += other.recallPages;
            pages += other.pages;
            emptyPages += other.emptyPages;
            return this;
        }

        /** Pages added. */
        public int pages() {
            return pages;
        }

        /** Pages that extracted no shingle while their gold has one. */
        public int emptyPages() {
            return emptyPages;
        }

        /** Pages that count in mean precision: they extracted at least one shingle. */
        public int precisionPages() {
            return precisionPages;
        }

        /** Pages that count in mean recall: their gold has at least one shingle. */
        public int recallPages() {
            return recallPages;
        }

        /** Mean precision over the pages that extracted something; NaN if none did. */
        public double precision() {
            return precisionPages == 0 ? Double.NaN : precisionSum / precisionPages;
        }

        /** Mean recall over the pages whose gold has text; NaN if none has. */
        public double recall() {
            return recallPages == 0 ? Double.NaN : recallSum / recallPages;
        }

        /** F1 of the two means. */
        public double f1() {
            return ShingleScore.f1(precision(), recall());
        }
    }
}
