package io.sarikata.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The language of a body: Indonesian ({@code id}), Malay ({@code ms}), English ({@code en}), Javanese ({@code jv}),
 * Sundanese ({@code su}) or {@code other}. A naive Bayes model over character 1-4-grams of each word (padded with
 * spaces, so prefixes and suffixes count) and the words themselves, trained when the class loads on about 600
 * words of news prose per language written for this project ({@code src/main/resources/io/sarikata/corpus/language/}).
 * Maven's light language detectors do not know Javanese or Sundanese (Optimaize's 71 profiles, for one), and
 * tell Indonesian from Malay poorly; lingua knows all five but weighs hundreds of MB.
 *
 * <p>The score is the top language's posterior with the log-likelihoods averaged per feature and scaled to
 * {@link #EVIDENCE} features, so that it says how clearly the text leans one way rather than the naive Bayes
 * posterior of a long text, which is always about 1. A text is {@code other} when under a third of its letters are
 * Latin (score: that third's complement), when it has fewer than {@link #MIN_WORDS} words (score 0), or when even
 * the best language explains its features poorly (mean log-likelihood per feature under {@link #FLOOR}: French,
 * German, Spanish; not Tagalog, which scores like the five). Only the first {@link #MAX_CHARS} characters are read.
 */
public final class LanguageId {

    public static final List<String> LANGUAGES = List.of("id", "ms", "en", "jv", "su");
    public static final String OTHER = "other";
    static final int MIN_WORDS = 3;
    /** Enough for a clear call (a sentence is usually enough, see LanguageIdTest) and bounded per document. */
    static final int MAX_CHARS = 500;
    static final double EVIDENCE = 20;
    /**
     * Between the test pages of LanguageIdTest: pages in the five languages average -7.07 to -7.31 per feature,
     * French, German and Spanish -7.98 to -8.04 (Tagalog, -7.39, is not told apart).
     */
    static final double FLOOR = -7.6;
    private static final double WORD_WEIGHT = 2;
    private static final double SMOOTHING = 0.5;

    /** A language and how sure the model is, between 0 and 1. */
    public record Guess(String language, double score) {
    }

    private static final LanguageId DEFAULT = trainDefault();

    /** Open addressing: feature hashes in {@code keys}, their log-probabilities per language at {@code slot * k}. */
    private final long[] keys;
    private final float[] logProbs;
    private final float[] unseen;
    private final int k;

    private LanguageId(Map<Long, float[]> logProb, float[] unseen) {
        this.k = unseen.length;
        this.unseen = unseen;
        int capacity = Integer.highestOneBit(Math.max(4, logProb.size() * 2)) << 1;
        this.keys = new long[capacity];
        this.logProbs = new float[capacity * k];
        logProb.forEach((key, lp) -> {
            long stored = key == 0 ? 1 : key; // 0 marks an empty slot
            int slot = slot(stored);
            keys[slot] = stored;
            System.arraycopy(lp, 0, logProbs, slot * k, k);
        });
    }

    private int slot(long key) {
        int mask = keys.length - 1;
        int slot = (int) (key ^ (key >>> 29)) & mask;
        while (keys[slot] != 0 && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    /** Adds {@code weight} times the feature's log-probabilities (or the unseen ones) to {@code sum}. */
    private void add(long key, double weight, double[] sum) {
        long stored = key == 0 ? 1 : key;
        int slot = slot(stored);
        if (keys[slot] == 0) {
            for (int c = 0; c < k; c++) {
                sum[c] += weight * unseen[c];
            }
        } else {
            int at = slot * k;
            for (int c = 0; c < k; c++) {
                sum[c] += weight * logProbs[at + c];
            }
        }
    }

    public static LanguageId get() {
        return DEFAULT;
    }

    private static LanguageId trainDefault() {
        String[] texts = new String[LANGUAGES.size()];
        for (int i = 0; i < texts.length; i++) {
            String name = "language/" + LANGUAGES.get(i) + ".txt";
            try (InputStream in = LanguageId.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + name);
                }
                texts[i] = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return train(texts);
    }

    /** A model from one training text per language of {@link #LANGUAGES}, in that order. */
    static LanguageId train(String[] texts) {
        int k = texts.length;
        Map<Long, double[]> counts = new HashMap<>();
        double[] totals = new double[k];
        for (int c = 0; c < k; c++) {
            int lang = c;
            forEachFeature(texts[c], Integer.MAX_VALUE, (key, weight) -> {
                counts.computeIfAbsent(key, x -> new double[k])[lang] += weight;
                totals[lang] += weight;
            });
        }
        int vocabulary = counts.size() + 1;
        Map<Long, float[]> logProb = new HashMap<>(counts.size() * 2);
        float[] unseen = new float[k];
        for (int c = 0; c < k; c++) {
            unseen[c] = (float) Math.log(SMOOTHING / (totals[c] + SMOOTHING * vocabulary));
        }
        counts.forEach((key, n) -> {
            float[] lp = new float[k];
            for (int c = 0; c < k; c++) {
                lp[c] = (float) Math.log((n[c] + SMOOTHING) / (totals[c] + SMOOTHING * vocabulary));
            }
            logProb.put(key, lp);
        });
        return new LanguageId(logProb, unseen);
    }

    public Guess identify(String text) {
        int latin = 0;
        int letters = 0;
        int words = 0;
        boolean inWord = false;
        int end = Math.min(text.length(), MAX_CHARS);
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            boolean letter = Character.isLetter(c);
            if (letter) {
                letters++;
                if (c < 0x250 || Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN) { // letters below U+0250 are Latin
                    latin++;
                }
                if (!inWord) {
                    words++;
                }
            }
            inWord = letter;
        }
        if (words < MIN_WORDS) {
            return new Guess(OTHER, 0);
        }
        if (latin * 3 < letters) {
            return new Guess(OTHER, 1 - (double) latin / letters);
        }
        double[] sum = new double[k + 1];
        logLikelihoods(text, sum);
        double[] features = {sum[k]};
        int best = 0;
        for (int c = 1; c < k; c++) {
            if (sum[c] > sum[best]) {
                best = c;
            }
        }
        double bestMean = sum[best] / features[0];
        double total = 0;
        for (int c = 0; c < k; c++) {
            total += Math.exp((sum[c] - sum[best]) / features[0] * EVIDENCE);
        }
        double posterior = 1 / total;
        if (bestMean < FLOOR) {
            return new Guess(OTHER, Math.min(1, (FLOOR - bestMean) / 2 + 0.5));
        }
        return new Guess(LANGUAGES.get(best), posterior);
    }

    /** The mean log-likelihood per feature of the best language, for calibrating {@link #FLOOR}. */
    double bestMeanLogLikelihood(String text) {
        double[] sum = new double[k + 1];
        logLikelihoods(text, sum);
        double best = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < k; c++) {
            best = Math.max(best, sum[c]);
        }
        return sum[k] == 0 ? 0 : best / sum[k];
    }

    /** Each language's log-likelihood of the text's features into {@code sum[0..k)}, their total weight into {@code sum[k]}. */
    private void logLikelihoods(String text, double[] sum) {
        Map<String, float[]> cache = wordCache.get();
        forEachWord(text, MAX_CHARS, (word, length) -> {
            String key = new String(word, 0, length);
            float[] features = cache.get(key);
            if (features == null) {
                if (cache.size() >= MAX_CACHED_WORDS) {
                    cache.clear();
                }
                features = featuresOf(word, length);
                cache.put(key, features);
            }
            // The same values added in the same order as feature by feature: the same sums, to the last bit.
            int n = features.length / k;
            for (int f = 0; f < n; f++) {
                double weight = f == n - 1 ? WORD_WEIGHT : 1;
                for (int lang = 0; lang < k; lang++) {
                    sum[lang] += weight * features[f * k + lang];
                }
                sum[k] += weight;
            }
        });
    }

    /**
     * Words already looked up, per thread: a word's features' log-probabilities in {@link #forEachFeature}'s order,
     * the word itself last. A task's pages repeat most of their words, and each look-up of a feature in the table
     * missed the caches among a build task's other data (the table is about 2 MB).
     */
    private final ThreadLocal<Map<String, float[]>> wordCache = ThreadLocal.withInitial(HashMap::new);
    private static final int MAX_CACHED_WORDS = 10_000; // about 6 MB a thread

    /** A padded word's features' log-probabilities (or the unseen ones), {@code k} a feature, in feature order. */
    private float[] featuresOf(char[] word, int length) {
        float[][] out = {new float[16 * k]};
        int[] n = {0};
        featuresOf(word, length, (key, weight) -> {
            if ((n[0] + 1) * k > out[0].length) {
                out[0] = java.util.Arrays.copyOf(out[0], out[0].length * 2);
            }
            long stored = key == 0 ? 1 : key;
            int slot = slot(stored);
            for (int c = 0; c < k; c++) {
                out[0][n[0] * k + c] = keys[slot] == 0 ? unseen[c] : logProbs[slot * k + c];
            }
            n[0]++;
        });
        return java.util.Arrays.copyOf(out[0], n[0] * k);
    }

    private interface FeatureSink {
        void accept(long key, double weight);
    }

    private interface WordSink {
        void accept(char[] paddedWord, int length);
    }

    /** Each word's padded character 1-4-grams (weight 1) and the word itself ({@link #WORD_WEIGHT}). */
    private static void forEachFeature(String text, int maxChars, FeatureSink sink) {
        forEachWord(text, maxChars, (word, length) -> featuresOf(word, length, sink));
    }

    /** Each run of letters, lower-cased, padded with a space on either side (the array is reused). */
    private static void forEachWord(String text, int maxChars, WordSink sink) {
        int end = Math.min(text.length(), maxChars);
        char[] word = new char[66]; // a space, up to 64 letters (longer words are cut), a space
        int length = 1;
        word[0] = ' ';
        for (int i = 0; i <= end; i++) {
            char c = i < end ? text.charAt(i) : ' ';
            if (Character.isLetter(c)) {
                if (length < word.length - 1) {
                    word[length++] = Character.toLowerCase(c);
                }
                continue;
            }
            if (length > 1) {
                word[length++] = ' ';
                sink.accept(word, length);
            }
            length = 1;
        }
    }

    /** A padded word's character 1-4-grams (weight 1), then the word itself ({@link #WORD_WEIGHT}). */
    private static void featuresOf(char[] word, int length, FeatureSink sink) {
        for (int n = 1; n <= 4; n++) {
            for (int s = 0; s + n <= length; s++) {
                if (n == 1 && word[s] == ' ') {
                    continue;
                }
                sink.accept(hash(word, s, s + n, n), 1);
            }
        }
        sink.accept(hash(word, 0, length, 9), WORD_WEIGHT);
    }

    private static long hash(char[] chars, int from, int to, int kind) {
        long h = 0xCBF29CE484222325L ^ kind;
        for (int i = from; i < to; i++) {
            h = (h ^ chars[i]) * 0x100000001B3L;
        }
        return MinHash.mix(h);
    }
}
