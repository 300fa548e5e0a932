package io.sarikata.corpus;

import java.util.Arrays;
import java.util.Collection;
import java.util.function.Predicate;

/**
 * A stoplist looked up by a word's characters, as {@link QualitySignals} collects them, without a string per word.
 */
public abstract class Stopwords {

    /** No stopwords (the output floor's documents). */
    public static final Stopwords NONE = of(java.util.List.of());

    /** Whether the first {@code length} characters of {@code word} are a stopword. */
    public abstract boolean contains(char[] word, int length);

    /** Looks words up by their strings (tests): a string per word, as slow as that is. */
    public static Stopwords matching(Predicate<String> isStopword) {
        return new Stopwords() {
            @Override
            public boolean contains(char[] word, int length) {
                return isStopword.test(new String(word, 0, length));
            }
        };
    }

    /** The words in an open-addressing table of their characters. */
    public static Stopwords of(Collection<String> words) {
        return new Table(words);
    }

    private static final class Table extends Stopwords {
        private final char[][] slots;
        private final int longest;

        Table(Collection<String> words) {
            int capacity = Integer.highestOneBit(Math.max(4, words.size() * 2)) << 1;
            slots = new char[capacity][];
            int longestWord = 0;
            for (String word : words) {
                char[] chars = word.toCharArray();
                longestWord = Math.max(longestWord, chars.length);
                int slot = slot(chars, chars.length);
                slots[slot] = chars;
            }
            longest = longestWord;
        }

        private int slot(char[] word, int length) {
            int h = 0;
            for (int i = 0; i < length; i++) {
                h = 31 * h + word[i];
            }
            h ^= h >>> 16;
            int mask = slots.length - 1;
            int slot = (h * 0x9E3779B1) >>> 8 & mask;
            while (slots[slot] != null && !Arrays.equals(slots[slot], 0, slots[slot].length, word, 0, length)) {
                slot = (slot + 1) & mask;
            }
            return slot;
        }

        @Override
        public boolean contains(char[] word, int length) {
            return length <= longest && length > 0 && slots[slot(word, length)] != null;
        }
    }
}
