package io.sarikata.features;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Which words of a corpus count towards its stoplist, and how many to keep. */
public final class StoplistLearner {

    /** Blocks at least this long are prose in nearly every template; their frequent words are function words. */
    public static final int MIN_PROSE_WORDS = 15;
    public static final int STOPLIST_SIZE = 120;
    /** Words in the stoplist are short function words; longer ones are topical even when frequent. */
    static final int MAX_STOPWORD_LENGTH = 12;

    private StoplistLearner() {
    }

    /** The distinct vocabulary words of a long block (each counted once per block), or none for a short one. */
    public static Set<String> proseWords(String text) {
        String[] tokens = BlockText.words(text);
        if (tokens.length < MIN_PROSE_WORDS || !BlockText.endsSentence(text)) {
            return Set.of();
        }
        Set<String> words = new HashSet<>();
        for (String token : tokens) {
            String w = BlockText.vocabularyWord(token);
            if (!w.isEmpty() && w.length() <= MAX_STOPWORD_LENGTH) {
                words.add(w);
            }
        }
        return words;
    }

    /** Keeps order (most frequent first) and drops duplicates. */
    public static Stoplist fromRanked(List<String> rankedWords, int size) {
        Set<String> kept = new LinkedHashSet<>();
        for (String w : rankedWords) {
            if (kept.size() >= size) {
                break;
            }
            kept.add(w);
        }
        return new Stoplist(List.copyOf(kept));
    }
}
