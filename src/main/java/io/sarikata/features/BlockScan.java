package io.sarikata.features;

import io.sarikata.page.ScratchChars;

import java.util.Arrays;

/**
 * Everything features and statistics keys measure in a block, from one pass over its characters and
 * without cutting it into word strings: splitting every block into words and normalising it again for
 * each lookup was most of the labeller's time. Agrees with the reference definitions in {@link BlockText}
 * ({@code words}, {@code normalize}, {@code shapes}) and {@link Stoplist#density}; tests hold it to them.
 */
public final class BlockScan {

    private static final long[] NO_KEYS = new long[0];
    /** ASCII characters that {@link GlyphCounts} counts as symbols (letters, digits and spaces are never looked up). */
    private static final byte[] ASCII_SYMBOL = asciiSymbols();

    private String text;
    private int words;
    private int visible;
    private int digits;
    private int commas;
    private int wordsWithLetters;
    private int capitalised;
    private int stopwords;
    private int menuSeparators;
    private boolean letterOrDigit;
    private boolean firstHasLetterOrDigit;
    private int firstStart;
    private int firstEnd;
    private int colon;
    private char finalMark;
    private long textKey;
    private int letters;
    private int upperLetters;
    private int unspacedLetters;
    private int symbols;
    private int sentenceEnds;
    private int numberJoins;

    /** A scan to reuse for many blocks with {@link #scan}: one per thread, as its results are overwritten. */
    public BlockScan() {
    }

    private static byte[] asciiSymbols() {
        byte[] symbols = new byte[0x80];
        for (char c = 0; c < 0x80; c++) {
            boolean symbol = !Character.isLetterOrDigit(c) && !BlockText.isSpace(c) && ".!?,'\";".indexOf(c) < 0;
            symbols[c] = (byte) (symbol ? 1 : 0);
        }
        return symbols;
    }

    /**
     * @param portal   the portal whose statistics keys to compute
     * @param stoplist the stopwords to count, or null when only keys are wanted
     */
    public static BlockScan of(String text, String portal, Stoplist stoplist) {
        return of(text, StatKeys.textKeyStart(portal), stoplist, ScratchChars.ofThisThread());
    }

    /**
     * @param textKeyStart {@link StatKeys#textKeyStart} of the portal, computed once per page
     * @param scratch      the buffer the text is read through, looked up once per page
     */
    public static BlockScan of(String text, long textKeyStart, Stoplist stoplist, ScratchChars scratch) {
        return new BlockScan().scan(text, textKeyStart, stoplist, scratch);
    }

    /** Scans {@code text} into this object, replacing what it held, as {@link #of} does into a new one. */
    public BlockScan scan(String text, long textKeyStart, Stoplist stoplist, ScratchChars scratch) {
        this.text = text;
        words = visible = digits = commas = wordsWithLetters = capitalised = stopwords = menuSeparators = 0;
        letters = upperLetters = unspacedLetters = symbols = sentenceEnds = numberJoins = 0;
        firstStart = firstEnd = colon = -1;
        letterOrDigit = false;
        run(textKeyStart, stoplist, scratch.chars(text));
        return this;
    }

    /**
     * Word by word: spaces are skipped in one loop and a word's characters read in another, so a letter costs
     * one comparison to learn it is not a space (every ASCII space is at most {@code ' '}). The glyph counts
     * ({@link GlyphCounts}) come from the same pass: a sentence end is a word's last character, and a number join
     * is seen at the digit after it.
     */
    private void run(long textKeyStart, Stoplist stoplist, char[] chars) {
        long key = textKeyStart;
        int n = text.length();
        int i = 0;
        int lastEnd = 0;
        while (true) {
            while (i < n && BlockText.isSpace(chars[i])) {
                i++;
            }
            if (i == n) {
                break;
            }
            if (words > 0) {
                key = Hash64.step(key, ' ');
            }
            int wordStart = i;
            boolean wordHasLetter = false;
            int wordLetters = 0;
            long vocabularyHash = Stoplist.wordHashStart();
            for (; i < n; i++) {
                char c = chars[i];
                if (c < 0x80) { // ASCII answered without Character's tables: most text of most portals
                    if (c <= ' ' && BlockText.isSpace(c)) {
                        break;
                    }
                    if (c >= '0' && c <= '9') {
                        digits++;
                        letterOrDigit = true;
                        key = Hash64.step(key, '0');
                        numberJoins += joinsNumbers(chars, i) ? 1 : 0;
                        continue;
                    }
                    boolean upper = c >= 'A' && c <= 'Z';
                    char lower = upper ? (char) (c + ('a' - 'A')) : c;
                    key = Hash64.step(key, lower);
                    if (upper || (c >= 'a' && c <= 'z')) {
                        letterOrDigit = true;
                        if (!wordHasLetter) {
                            wordHasLetter = true;
                            wordsWithLetters++;
                            capitalised += upper ? 1 : 0;
                        }
                        wordLetters++;
                        upperLetters += upper ? 1 : 0;
                        vocabularyHash = Stoplist.wordHashStep(vocabularyHash, lower);
                    } else {
                        symbols += ASCII_SYMBOL[c];
                        if (c == ',') {
                            commas++;
                        } else if (c == ':' && colon < 0) {
                            colon = i;
                        }
                    }
                    continue;
                }
                if (BlockText.isSpace(c)) {
                    break;
                }
                if (Character.isDigit(c)) {
                    digits++;
                    letterOrDigit = true;
                    key = Hash64.step(key, '0');
                    numberJoins += joinsNumbers(chars, i) ? 1 : 0;
                    continue;
                }
                char lower = Character.toLowerCase(c);
                key = Hash64.step(key, lower);
                if (Character.isLetter(c)) {
                    letterOrDigit = true;
                    boolean upper = Character.isUpperCase(c);
                    if (!wordHasLetter) {
                        wordHasLetter = true;
                        wordsWithLetters++;
                        capitalised += upper ? 1 : 0;
                    }
                    wordLetters++;
                    vocabularyHash = Stoplist.wordHashStep(vocabularyHash, lower);
                    if (upper) {
                        upperLetters++;
                    } else if (c >= 0x0E00 && GlyphCounts.isUnspacedScript(c)) {
                        unspacedLetters++;
                    }
                } else if (c == '\u3002') {
                    sentenceEnds++;
                } else if (c != '\u2019' && c != '\u201c' && c != '\u201d') {
                    symbols++;
                }
            }
            visible += i - wordStart;
            char last = chars[i - 1];
            sentenceEnds += last == '.' || last == '!' || last == '?' ? 1 : 0;
            lastEnd = i;
            letters += wordLetters;
            endWord(wordStart, i, wordLetters, vocabularyHash, stoplist);
        }
        textKey = Hash64.finish(key);
        finalMark = finalMark(chars, lastEnd);
    }

    /** Whether the digit at {@code i} closes a number join: a '/', ':', '-' or '.' between two digits. */
    private static boolean joinsNumbers(char[] chars, int i) {
        if (i < 2) {
            return false;
        }
        char join = chars[i - 1];
        return (join == '/' || join == ':' || join == '-' || join == '.') && Character.isDigit(chars[i - 2]);
    }

    /** As {@code BlockText.finalMark}: the last visible character before closing quotes and brackets, else a space. */
    private char finalMark(char[] chars, int lastEnd) {
        int i = lastEnd - 1;
        while (i >= firstStart && i >= 0 && isClosing(chars[i])) {
            i--;
        }
        return words > 0 && i >= firstStart ? chars[i] : ' ';
    }

    /** The closing quotes and brackets that {@link BlockText#endsWithFullStop} looks past at a block's end. */
    private static boolean isClosing(char c) {
        return switch (c) {
            case '"', '\'', '\u201d', '\u2019', ')', ']', '\u00bb' -> true;
            default -> false;
        };
    }

    /** @param letters the word's letters, which are its vocabulary form: longer than every stopword, it is none */
    private void endWord(int start, int end, int letters, long vocabularyHash, Stoplist stoplist) {
        if (words++ == 0) {
            firstStart = start;
            firstEnd = end;
            firstHasLetterOrDigit = letterOrDigit;
        }
        if (end - start == 1 && BlockText.isMenuSeparator(text.charAt(start))) {
            menuSeparators++;
        }
        if (letters > 0 && stoplist != null && letters <= stoplist.longestWord() && stoplist.containsHash(vocabularyHash)) {
            stopwords++;
        }
    }

    /** As {@link BlockText#endsWithFullStop}. */
    public boolean endsWithFullStop() {
        return finalMark == '.' || finalMark == '\u2026';
    }

    /** As {@link BlockText#endsWithQuestionOrExclamation}. */
    public boolean endsWithQuestionOrExclamation() {
        return finalMark == '!' || finalMark == '?';
    }

    /** Where the first ':' is, or -1: what {@link BlockText#colonLabel(String, int)} starts from. */
    public int colon() {
        return colon;
    }

    /** {@link GlyphCounts#letters}. */
    public int letters() {
        return letters;
    }

    public int upperLetters() {
        return upperLetters;
    }

    public int unspacedLetters() {
        return unspacedLetters;
    }

    public int symbols() {
        return symbols;
    }

    public int sentenceEnds() {
        return sentenceEnds;
    }

    public int numberJoins() {
        return numberJoins;
    }

    public boolean bracketed() {
        int n = text.length();
        return n > 0 && (GlyphCounts.isOpening(text.charAt(0)) || GlyphCounts.isClosing(text.charAt(n - 1)));
    }

    /** {@link GlyphCounts#wordEstimate} of this block's words. */
    public int wordEstimate() {
        return GlyphCounts.wordEstimate(words, unspacedLetters);
    }

    /** The glyph counts as one value, equal to {@link GlyphCounts#of} of the text. */
    public GlyphCounts glyphs() {
        return new GlyphCounts(letters, upperLetters, unspacedLetters, symbols, sentenceEnds, numberJoins, bracketed());
    }

    public String text() {
        return text;
    }

    public int words() {
        return words;
    }

    public int visibleChars() {
        return visible;
    }

    public int digits() {
        return digits;
    }

    public int commas() {
        return commas;
    }

    public int menuSeparators() {
        return menuSeparators;
    }

    public boolean hasLetterOrDigit() {
        return letterOrDigit;
    }

    /** As {@link Stoplist#density}: stopword tokens over all tokens. */
    public double stopwordDensity() {
        return words == 0 ? 0 : stopwords / (double) words;
    }

    /** Share of words with letters whose first letter is upper case. */
    public double capitalisedRatio() {
        return wordsWithLetters == 0 ? 0 : capitalised / (double) wordsWithLetters;
    }

    /** The first whitespace-separated token; empty when there is none. */
    public String firstWord() {
        return words == 0 ? "" : text.substring(firstStart, firstEnd);
    }

    /** Starts with a list marker ({@link BlockText#isListMarker}). */
    public boolean startsWithListMarker() {
        return words > 0 && firstEnd - firstStart <= 4 && BlockText.isListMarker(firstWord());
    }

    /** {@link StatKeys#textKey} of the block's normal form. */
    public long textKey() {
        return textKey;
    }

    /** {@link BlockText#shapes}, the shape keys of the block; most prose blocks have none. */
    public long[] shapeKeys(String portal, String colonLabel) {
        long[] keys = NO_KEYS;
        if (colonLabel != null) {
            keys = append(keys, StatKeys.shapeKey(portal, "label:" + colonLabel));
        }
        if (words > 0 && !firstHasLetterOrDigit) {
            keys = append(keys, StatKeys.shapeKey(portal, "lead:" + firstWord()));
        } else if (startsWithListMarker()) {
            keys = append(keys, StatKeys.shapeKey(portal, "lead:#"));
        }
        if (menuSeparators >= 2) {
            keys = append(keys, StatKeys.shapeKey(portal, "menu"));
        }
        return keys;
    }

    private static long[] append(long[] keys, long key) {
        long[] more = Arrays.copyOf(keys, keys.length + 1);
        more[keys.length] = key;
        return more;
    }
}
