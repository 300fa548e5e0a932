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
}
