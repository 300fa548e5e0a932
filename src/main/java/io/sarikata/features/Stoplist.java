package io.sarikata.features;

import java.io.Serializable;
import java.util.List;
import java.util.Set;

/**
 * Function words learned from the corpus: the most frequent words of long prose blocks. A block dense in
 * them reads like running text (jusText's strongest signal); the list is learned, so any language works.
 */
public final class Stoplist implements Serializable {

    private final List<String> words;
    private final Set<String> lookup;
    /** Open-addressing set of the words' hashes, for {@link BlockScan}, which never builds word strings. */
    private final long[] hashSlots;
    private final int longestWord;

    public Stoplist(List<String> words) {
        this.words = List.copyOf(words);
        this.lookup = Set.copyOf(words);
        this.hashSlots = new long[Integer.highestOneBit(Math.max(4, lookup.size() * 2 - 1)) << 1];
        this.longestWord = lookup.stream().mapToInt(String::length).max().orElse(0);
        for (String word : lookup) {
            long h = wordHashStart();
            for (int i = 0; i < word.length(); i++) {
                h = wordHashStep(h, word.charAt(i));
            }
            long key = Hash64.finish(h);
            hashSlots[slot(key)] = key;
        }
    }

    private static final long WORD_HASH_START = Hash64.start("", 'w');

    static long wordHashStart() {
        return WORD_HASH_START;
    }

    static long wordHashStep(long h, char c) {
        return Hash64.step(h, c);
    }

    /** Whether the word folded with {@link #wordHashStep} is a stopword (64-bit hashes: collisions are negligible). */
    boolean containsHash(long foldedWord) {
        long key = Hash64.finish(foldedWord);
        return hashSlots[slot(key)] == key;
    }

    /** Characters of the longest stopword: a longer word needs no look-up. */
    int longestWord() {
        return longestWord;
    }

    private int slot(long key) {
        int mask = hashSlots.length - 1;
        int slot = (int) (key ^ (key >>> 32)) & mask;
        while (hashSlots[slot] != 0 && hashSlots[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    public List<String> words() {
        return words;
    }

    public boolean contains(String vocabularyWord) {
        return lookup.contains(vocabularyWord);
    }

    /** Share of tokens that are stopwords. */
    public double density(String[] tokens) {
        if (tokens.length == 0) {
            return 0;
        }
        int hits = 0;
        for (String token : tokens) {
            if (contains(BlockText.vocabularyWord(token))) {
                hits++;
            }
        }
        return hits / (double) tokens.length;
    }
}
