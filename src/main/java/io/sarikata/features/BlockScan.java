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

    private final String text;
    private int words;
    private int visible;
    private int digits;
    private int commas;
    private int wordsWithLetters;
    private int capitalised;
    private int stopwords;
    private int menuSeparators;
    private boolean letterOrDigit;
    private int firstStart = -1;
    private int firstEnd = -1;
    private long textKey;

    private BlockScan(String text) {
        this.text = text;
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
        BlockScan scan = new BlockScan(text);
        scan.run(textKeyStart, stoplist, scratch.chars(text));
        return scan;
    }

    /**
     * Word by word: spaces are skipped in one loop and a word's characters read in another, so a letter costs
     * one comparison to learn it is not a space (every ASCII space is at most {@code ' '}).
     */
    private void run(long textKeyStart, Stoplist stoplist, char[] chars) {
        long key = textKeyStart;
        int n = text.length();
        int i = 0;
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
                        vocabularyHash = Stoplist.wordHashStep(vocabularyHash, lower);
                    } else if (c == ',') {
                        commas++;
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
                    continue;
                }
                char lower = Character.toLowerCase(c);
                key = Hash64.step(key, lower);
                if (Character.isLetter(c)) {
                    letterOrDigit = true;
                    if (!wordHasLetter) {
                        wordHasLetter = true;
                        wordsWithLetters++;
                        if (Character.isUpperCase(c)) {
                            capitalised++;
                        }
                    }
                    wordLetters++;
                    vocabularyHash = Stoplist.wordHashStep(vocabularyHash, lower);
                }
            }
            visible += i - wordStart;
            endWord(wordStart, i, wordLetters, vocabularyHash, stoplist);
        }
        textKey = Hash64.finish(key);
    }

    /** @param letters the word's letters, which are its vocabulary form: longer than every stopword, it is none */
    private void endWord(int start, int end, int letters, long vocabularyHash, Stoplist stoplist) {
        if (words++ == 0) {
            firstStart = start;
            firstEnd = end;
        }
        if (end - start == 1 && BlockText.isMenuSeparator(text.charAt(start))) {
            menuSeparators++;
        }
        if (letters > 0 && stoplist != null && letters <= stoplist.longestWord() && stoplist.containsHash(vocabularyHash)) {
            stopwords++;
        }
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
        String first = firstWord();
        if (words > 0 && !BlockText.hasLetterOrDigit(first)) {
            keys = append(keys, StatKeys.shapeKey(portal, "lead:" + first));
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
