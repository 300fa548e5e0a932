package io.sarikata.corpus;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The per-document measures corpus builders filter on (as in Gopher's and C4's rules), over the body's lines.
 *
 * @param wordCount          whitespace-separated words of the body
 * @param meanWordLength     mean characters per word (0 for no words)
 * @param punctuatedLineShare share of lines ending in sentence punctuation ({@code . ! ? …}, or one of them before
 *                           a closing quote or bracket)
 * @param symbolWordRatio    symbols ({@code #}, {@code …} and "{@code ...}", Unicode symbol characters such as
 *                           emoji and currency signs) per word
 * @param stopwordShare      share of words in the build's stoplist (learned from the corpus, so any language)
 * @param repeatedLineShare  share of lines that repeat an earlier line of the body (lower-cased, spacing folded)
 */
public record QualitySignals(int wordCount, double meanWordLength, double punctuatedLineShare, double symbolWordRatio,
                             double stopwordShare, double repeatedLineShare) {

    /** Character classes of ASCII, from the same {@link Character} methods the other characters go through. */
    private static final byte WHITESPACE = 1;
    private static final byte LETTER = 2;
    private static final byte SYMBOL = 4;
    private static final byte[] ASCII = new byte[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII[c] = (byte) ((Character.isWhitespace(c) ? WHITESPACE : 0) | (Character.isLetter(c) ? LETTER : 0)
                    | (isSymbol(Character.getType(c)) ? SYMBOL : 0));
        }
    }

    /**
     * @param lines      the body's lines (its body blocks)
     * @param isStopword whether a lower-cased word of letters is a stopword
     */
    public static QualitySignals of(List<String> lines, Predicate<String> isStopword) {
        return of(lines, Stopwords.matching(isStopword));
    }

    /**
     * One pass over each line's characters, with no string per line or word but the folded line kept for repeats;
     * ASCII characters are classed by a table. The same values as splitting each stripped line into
     * whitespace-separated words would give.
     *
     * @param lines     the body's lines (its body blocks)
     * @param stopwords the build's stoplist, looked up with a word's lower-cased letters
     */
    public static QualitySignals of(List<String> lines, Stopwords stopwords) {
        int words = 0;
        long wordChars = 0;
        int symbols = 0;
        int stopwordCount = 0;
        int punctuated = 0;
        int repeated = 0;
        int nonEmpty = 0;
        Set<String> seen = new HashSet<>();
        char[] chars = new char[256];
        char[] folded = new char[2 * chars.length + 1]; // each character, and a space after each word
        char[] letters = new char[64];
        for (String line : lines) {
            int from = 0;
            int to = line.length();
            while (from < to && isWhitespace(line.charAt(from))) {
                from++;
            }
            while (to > from && isWhitespace(line.charAt(to - 1))) {
                to--;
            }
            if (from == to) {
                continue;
            }
            int n = to - from;
            if (chars.length < n) {
                chars = new char[Math.max(n, 2 * chars.length)];
                folded = new char[2 * chars.length + 1];
            }
            line.getChars(from, to, chars, 0); // indexing an array beats charAt, which checks the string's coder
            nonEmpty++;
            if (endsInPunctuation(line, from, to)) {
                punctuated++;
            }
            symbols += symbols(chars, n);
            int foldedLength = 0;
            int letterCount = 0;
            int tokenChars = 0;
            for (int i = 0; i <= n; i++) {
                char c = i < n ? chars[i] : ' ';
                int type = c < 128 ? ASCII[c] : -1;
                if (type >= 0 ? (type & WHITESPACE) != 0 : Character.isWhitespace(c)) {
                    if (tokenChars > 0) {
                        words++;
                        wordChars += tokenChars;
                        if (letterCount > 0 && stopwords.contains(letters, letterCount)) {
                            stopwordCount++;
                        }
                        folded[foldedLength++] = ' ';
                    }
                    tokenChars = 0;
                    letterCount = 0;
                    continue;
                }
                tokenChars++;
                char lower = type >= 0 ? (c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c) : Character.toLowerCase(c);
                folded[foldedLength++] = lower;
                if (type >= 0 ? (type & LETTER) != 0 : Character.isLetter(c)) {
                    if (letterCount == letters.length) {
                        letters = java.util.Arrays.copyOf(letters, letterCount * 2);
                    }
                    letters[letterCount++] = lower;
                }
            }
            if (!seen.add(new String(folded, 0, foldedLength))) {
                repeated++;
            }
        }
        return new QualitySignals(words, ratio(wordChars, words), ratio(punctuated, nonEmpty), ratio(symbols, words),
                ratio(stopwordCount, words), ratio(repeated, nonEmpty));
    }

    private static boolean isWhitespace(char c) {
        return c < 128 ? (ASCII[c] & WHITESPACE) != 0 : Character.isWhitespace(c);
    }

    private static double ratio(long part, long whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }

    static boolean endsInPunctuation(String line) {
        return endsInPunctuation(line, 0, line.length());
    }

    private static boolean endsInPunctuation(String line, int from, int to) {
        int i = to - 1;
        while (i > from && "\"'”’»)]".indexOf(line.charAt(i)) >= 0) {
            i--;
        }
        return ".!?…".indexOf(line.charAt(i)) >= 0;
    }

    static int symbols(String line) {
        return symbols(line, 0, line.length());
    }

    private static int symbols(String line, int from, int to) {
        return symbols(line.substring(from, to).toCharArray(), to - from);
    }

    /** The symbols of a stripped line's first {@code n} characters. */
    private static int symbols(char[] line, int n) {
        int count = 0;
        for (int i = 0; i < n; i++) {
            char c = line[i];
            if (c == '#' || c == '\u2026') {
                count++;
            } else if (c == '.' && i + 2 < n && line[i + 1] == '.' && line[i + 2] == '.') {
                count++;
                i += 2;
            } else if (c < 128) {
                if ((ASCII[c] & SYMBOL) != 0) {
                    count++;
                }
            } else if (Character.isSurrogate(c)) {
                int cp = Character.codePointAt(line, i, n);
                if (isSymbol(Character.getType(cp))) {
                    count++;
                }
                i += Character.charCount(cp) - 1;
            } else if (isSymbol(Character.getType(c))) {
                count++;
            }
        }
        return count;
    }

    private static boolean isSymbol(int type) {
        return type == Character.MATH_SYMBOL || type == Character.CURRENCY_SYMBOL || type == Character.OTHER_SYMBOL
                || type == Character.MODIFIER_SYMBOL;
    }
}
