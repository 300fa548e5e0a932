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

    /** The one-string-per-word implementation the table-driven one replaced: both must give the same values. */
    static QualitySignals reference(List<String> lines, java.util.function.Predicate<String> isStopword) {
        int words = 0;
        long wordChars = 0;
        int symbols = 0;
        int stopwords = 0;
        int punctuated = 0;
        int repeated = 0;
        int nonEmpty = 0;
        java.util.Set<String> seen = new java.util.HashSet<>();
        StringBuilder folded = new StringBuilder();
        StringBuilder letters = new StringBuilder();
        for (String line : lines) {
            String stripped = line.strip();
            if (stripped.isEmpty()) {
                continue;
            }
            nonEmpty++;
            if (QualitySignals.endsInPunctuation(stripped)) {
                punctuated++;
            }
            symbols += QualitySignals.symbols(stripped);
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
        return new QualitySignals(words, ratioOf(wordChars, words), ratioOf(punctuated, nonEmpty), ratioOf(symbols, words),
                ratioOf(stopwords, words), ratioOf(repeated, nonEmpty));
    }


    private static double ratioOf(long part, long whole) {
        return whole == 0 ? 0 : (double) part / whole;
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
