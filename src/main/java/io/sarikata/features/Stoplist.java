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

    public Stoplist(List<String> words) {
        this.words = List.copyOf(words);
        this.lookup = Set.copyOf(words);
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
