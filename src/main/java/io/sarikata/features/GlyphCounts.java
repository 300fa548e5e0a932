package io.sarikata.features;

/**
 * What a block's characters say beyond its words: sentences inside it, brackets and symbols around it,
 * capital letters, date- and time-like numbers, and letters of scripts written without spaces (CJK), whose
 * words a space count cannot see. {@link BlockScan} counts the same in its one pass; this is the reference
 * definition that tests hold it to. Captions, credits, bylines, dates and counters have these shapes in any
 * language; prose has several sentence ends and few symbols.
 *
 * @param letters        letters of any script
 * @param upperLetters   upper-case letters
 * @param unspacedLetters letters of scripts written without spaces between words (Han, Hiragana, Katakana, Thai)
 * @param symbols        visible characters that are neither letters, digits nor sentence punctuation
 * @param sentenceEnds   full stops, question and exclamation marks followed by a space or the end
 * @param numberJoins    digits joined by '/', ':', '.' or '-' to more digits, as in dates, times and scores
 * @param bracketed      whether the block starts with an opening or ends with a closing bracket
 */
public record GlyphCounts(int letters, int upperLetters, int unspacedLetters, int symbols, int sentenceEnds,
                          int numberJoins, boolean bracketed) {

    public static GlyphCounts of(String text) {
        int letters = 0;
        int upper = 0;
        int unspaced = 0;
        int symbols = 0;
        int sentenceEnds = 0;
        int numberJoins = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) {
                    upper++;
                } else if (c >= 0x0E00 && isUnspacedScript(c)) {
                    unspaced++;
                }
            } else if (c == '.' || c == '!' || c == '?' || c == '\u3002') {
                if (i == n - 1 || BlockText.isSpace(text.charAt(i + 1)) || c == '\u3002') {
                    sentenceEnds++;
                }
            } else if ((c == '/' || c == ':' || c == '-') && i > 0 && i < n - 1
                    && Character.isDigit(text.charAt(i - 1)) && Character.isDigit(text.charAt(i + 1))) {
                numberJoins++;
                symbols++;
            } else if (!Character.isDigit(c) && !BlockText.isSpace(c) && c != ',' && c != '\'' && c != '"'
                    && c != ';' && c != '\u2019' && c != '\u201c' && c != '\u201d') {
                symbols++;
            }
            if (c == '.' && i > 0 && i < n - 1 && Character.isDigit(text.charAt(i - 1)) && Character.isDigit(text.charAt(i + 1))) {
                numberJoins++;
            }
        }
        boolean bracketed = n > 0 && (isOpening(text.charAt(0)) || isClosing(text.charAt(n - 1)));
        return new GlyphCounts(letters, upper, unspaced, symbols, sentenceEnds, numberJoins, bracketed);
    }

    static boolean isUnspacedScript(char c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.THAI;
    }

    static boolean isOpening(char c) {
        return c == '(' || c == '[' || c == '{' || c == '\u3010' || c == '\uff08';
    }

    static boolean isClosing(char c) {
        return c == ')' || c == ']' || c == '}' || c == '\u3011' || c == '\uff09';
    }

    /** Words as a reader counts them: space-separated words, or for unspaced scripts about two letters a word. */
    public int wordEstimate(int spacedWords) {
        return wordEstimate(spacedWords, unspacedLetters);
    }

    static int wordEstimate(int spacedWords, int unspacedLetters) {
        return Math.max(spacedWords, spacedWords - (unspacedLetters > 0 ? 1 : 0) + unspacedLetters / 2);
    }
}
