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

    /**
     * @param lines      the body's lines (its body blocks)
     * @param isStopword whether a lower-cased word of letters is a stopword
     */
    public static QualitySignals of(List<String> lines, Predicate<String> isStopword) {
        int words = 0;
        long wordChars = 0;
        int symbols = 0;
        int stopwords = 0;
        int punctuated = 0;
        int repeated = 0;
        int nonEmpty = 0;
        Set<String> seen = new HashSet<>();
        StringBuilder folded = new StringBuilder();
        StringBuilder letters = new StringBuilder();
        for (String line : lines) {
            String stripped = line.strip();
            if (stripped.isEmpty()) {
                continue;
            }
            nonEmpty++;
            if (endsInPunctuation(stripped)) {
                punctuated++;
            }
            symbols += symbols(stripped);
            // One pass over the line: its words, their letters (for the stoplist) and the line folded for repeats.
            folded.setLength(0);
            letters.setLength(0);
            int tokenChars = 0;
            for (int i = 0; i <= stripped.length(); i++) {
                char c = i < stripped.length() ? stripped.charAt(i) : ' ';
                if (Character.isWhitespace(c)) {
                    if (tokenChars > 0) {
                        words++;
                        wordChars += tokenChars;
                        if (letters.length() > 0 && isStopword.test(letters.toString())) {
                            stopwords++;
                        }
                        folded.append(' ');
                    }
                    tokenChars = 0;
                    letters.setLength(0);
                    continue;
                }
                tokenChars++;
                char lower = Character.toLowerCase(c);
                folded.append(lower);
                if (Character.isLetter(c)) {
                    letters.append(lower);
                }
            }
            if (!seen.add(folded.toString())) {
                repeated++;
            }
        }
        return new QualitySignals(words, ratio(wordChars, words), ratio(punctuated, nonEmpty), ratio(symbols, words),
                ratio(stopwords, words), ratio(repeated, nonEmpty));
    }

    private static double ratio(long part, long whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }

    static boolean endsInPunctuation(String line) {
        int i = line.length() - 1;
        while (i > 0 && "\"'”’»)]".indexOf(line.charAt(i)) >= 0) {
            i--;
        }
        return ".!?…".indexOf(line.charAt(i)) >= 0;
    }

    static int symbols(String line) {
        int n = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '#' || c == '…') {
                n++;
            } else if (c == '.' && line.startsWith("...", i)) {
                n++;
                i += 2;
            } else if (Character.isSurrogate(c)) {
                int cp = line.codePointAt(i);
                if (isSymbol(Character.getType(cp))) {
                    n++;
                }
                i += Character.charCount(cp) - 1;
            } else if (isSymbol(Character.getType(c))) {
                n++;
            }
        }
        return n;
    }

    private static boolean isSymbol(int type) {
        return type == Character.MATH_SYMBOL || type == Character.CURRENCY_SYMBOL || type == Character.OTHER_SYMBOL
                || type == Character.MODIFIER_SYMBOL;
    }
}
