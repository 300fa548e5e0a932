package io.sarikata.corpus;

import java.util.List;

/**
 * A page's title where it has one: the text of its first HTML {@code <h1>} among the first blocks, else a
 * headline-shaped block right before the dateline (3 to 30 words, no sentence end, not a {@code Label:} line).
 * Text dumps that start with the dateline have no title.
 */
public final class PageTitle {

    private static final int MAX_WORDS = 30;
    private static final int MIN_WORDS = 3;
    /** The title sits at the top: a heading further down is a section or teaser. */
    private static final int BLOCKS_TO_SEARCH = 8;

    private PageTitle() {
    }

    /**
     * @param blocks        the page's block texts in order
     * @param headingLevels each block's HTML heading level (0 for none, or for text pages)
     * @return the title, or null
     */
    public static String of(List<String> blocks, int[] headingLevels) {
        return of(blocks, headingLevels, Dateline.indexIn(blocks));
    }

    /** As {@link #of(List, int[])}, for a caller that has found the dateline's block ({@code -1}: none). */
    public static String of(List<String> blocks, int[] headingLevels, int dateline) {
        for (int i = 0; i < Math.min(BLOCKS_TO_SEARCH, blocks.size()); i++) {
            if (headingLevels[i] == 1 && !blocks.get(i).isBlank()) {
                return blocks.get(i).strip();
            }
        }
        if (dateline > 0) {
            String before = blocks.get(dateline - 1).strip();
            if (headlineShaped(before)) {
                return before;
            }
        }
        return null;
    }

    static boolean headlineShaped(String text) {
        String[] words = text.split("\\s+");
        if (words.length < MIN_WORDS || words.length > MAX_WORDS) {
            return false;
        }
        char last = text.charAt(text.length() - 1);
        if (last == '.' || last == ':' || last == ';' || last == ',') {
            return false;
        }
        int colon = text.indexOf(':');
        if (colon > 0 && colon < 25 && text.substring(0, colon).split("\\s+").length <= 3) {
            return false; // "Baca Juga: ...", "Foto: ..."
        }
        int capitalised = 0;
        for (String w : words) {
            if (!w.isEmpty() && (Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0)))) {
                capitalised++;
            }
        }
        return Character.isUpperCase(text.charAt(0)) || Character.isDigit(text.charAt(0)) || capitalised * 2 >= words.length;
    }
}
