package io.sarikata.corpus;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class QualitySignalsTest {

    private static final Set<String> STOP = Set.of("di", "yang", "dan");

    @Test
    void countsEachSignalOnABody() {
        List<String> lines = List.of(
                "Warga di desa yang terdampak banjir.",   // 6 words, punctuated, 2 stopwords
                "Harga naik #viral 💸",                   // 4 words, two symbols (#, emoji)
                "Warga  di desa yang terdampak banjir.",  // repeats line 1 (spacing folded)
                "Foto dan video...");                     // 3 words, ends in "...", one symbol, 1 stopword
        QualitySignals q = QualitySignals.of(lines, STOP::contains);
        assertEquals(19, q.wordCount());
        assertEquals(0.75, q.punctuatedLineShare(), 1e-9);
        assertEquals(3.0 / 19, q.symbolWordRatio(), 1e-9);
        assertEquals(5.0 / 19, q.stopwordShare(), 1e-9);
        assertEquals(0.25, q.repeatedLineShare(), 1e-9);
        int chars = "Warga di desa yang terdampak banjir.".replace(" ", "").length() * 2
                + "Harganaik#viral💸".length() + "Fotodanvideo...".length();
        assertEquals((double) chars / 19, q.meanWordLength(), 1e-9);
    }

    @Test
    void anEmptyBodyHasZeroes() {
        assertEquals(new QualitySignals(0, 0, 0, 0, 0, 0), QualitySignals.of(List.of(), STOP::contains));
    }

    @Test
    void punctuationBeforeAClosingQuoteCounts() {
        assertEquals(true, QualitySignals.endsInPunctuation("\"Kami siap,\" katanya.\u201d"));
        assertEquals(true, QualitySignals.endsInPunctuation("Benarkah?)"));
        assertEquals(false, QualitySignals.endsInPunctuation("Baca Juga: Judul Berita"));
    }

    /**
     * The signals as their definitions read, a string per line and word: stripped non-empty lines, words between
     * {@link Character#isWhitespace} characters, each character lower-cased on its own.
     */
    static QualitySignals reference(List<String> lines, java.util.function.Predicate<String> isStopword) {
        List<String> kept = lines.stream().map(String::strip).filter(l -> !l.isEmpty()).toList();
        List<String> words = new java.util.ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        long repeated = 0;
        for (String line : kept) {
            StringBuilder spaced = new StringBuilder();
            line.chars().forEach(c -> spaced.append(Character.isWhitespace((char) c) ? ' ' : (char) c));
            List<String> tokens = java.util.Arrays.stream(spaced.toString().split(" +")).filter(t -> !t.isEmpty()).toList();
            words.addAll(tokens);
            repeated += seen.add(tokens.stream().map(t -> fold(t, false) + " ").collect(java.util.stream.Collectors.joining()))
                    ? 0 : 1;
        }
        double n = words.size();
        long chars = words.stream().mapToLong(String::length).sum();
        long stop = words.stream().map(w -> fold(w, true)).filter(l -> !l.isEmpty() && isStopword.test(l)).count();
        long punctuated = kept.stream().filter(QualitySignals::endsInPunctuation).count();
        long symbols = kept.stream().mapToLong(QualitySignals::symbols).sum();
        return new QualitySignals(words.size(), n == 0 ? 0 : chars / n, kept.isEmpty() ? 0 : (double) punctuated / kept.size(),
                n == 0 ? 0 : symbols / n, n == 0 ? 0 : stop / n, kept.isEmpty() ? 0 : (double) repeated / kept.size());
    }

    /** Each character lower-cased on its own; with {@code lettersOnly}, only the letters kept. */
    private static String fold(String word, boolean lettersOnly) {
        StringBuilder folded = new StringBuilder();
        word.chars().filter(c -> !lettersOnly || Character.isLetter((char) c))
                .forEach(c -> folded.append(Character.toLowerCase((char) c)));
        return folded.toString();
    }

    @Test
    void theSameValuesAsSplittingEachLineIntoWordStrings() {
        String[] pieces = {"Warga", "di", "DESA", "yang", "\u00c9cole", "ÇA", "İstanbul", "straße", "ΣΟΦΙΑ", "💸", "#viral",
                "...", "…", "Rp37,9", "\u201cKami", "siap.\u201d", "(16/8/2021)", "$5", "a+b", "^_^", "\t", "\u00a0", "\u2003",
                "\u3000", " ", "  ", "Baca", "juga:", "?", "!)", "\ud83d", "x\udc00y", "日本語", "ไทย"};
        java.util.Random random = new java.util.Random(7);
        Stopwords table = Stopwords.of(List.of("di", "yang", "dan", "straße", "sofia", "σοφια", "kami"));
        Set<String> set = Set.of("di", "yang", "dan", "straße", "sofia", "σοφια", "kami");
        for (int t = 0; t < 2000; t++) {
            List<String> lines = new java.util.ArrayList<>();
            for (int l = random.nextInt(8); l >= 0; l--) {
                StringBuilder line = new StringBuilder();
                for (int w = random.nextInt(12); w >= 0; w--) {
                    line.append(pieces[random.nextInt(pieces.length)]).append(random.nextInt(3) == 0 ? "" : " ");
                }
                lines.add(random.nextInt(5) == 0 && !lines.isEmpty() ? lines.get(0) : line.toString());
            }
            assertEquals(reference(lines, set::contains), QualitySignals.of(lines, table), lines.toString());
        }
    }
}
