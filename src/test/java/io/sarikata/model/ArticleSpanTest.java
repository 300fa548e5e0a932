package io.sarikata.model;

import io.sarikata.segment.Block;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArticleSpanTest {

    private static final String PARAGRAPH = "Petani di lereng bukit memanen kopi lebih awal karena hujan datang terlambat tahun ini.";

    private static List<Block> blocks(String... texts) {
        List<Block> out = new ArrayList<>();
        for (String t : texts) {
            out.add(new Block(out.size(), out.size() + 1, out.size() + 1, t, Double.NaN));
        }
        return out;
    }

    @Test
    void titleDateAndSignatureOutsideTheParagraphsBecomeNavigation() {
        List<Block> page = blocks("Menu", "Kopi Dipanen Lebih Awal", "Senin, 3 Mei 2026", PARAGRAPH, "Hasil Panen", PARAGRAPH,
                "(rin/ed)", "Berita Lain");
        Label B = Label.BODY;
        Label N = Label.NAV;
        Label[] gold = {N, B, B, B, B, B, B, N};
        assertArrayEquals(new Label[] {N, N, N, B, B, B, N, N}, ArticleSpan.fromFirstToLastParagraph(page, gold));
        assertArrayEquals(new Label[] {N, B, B, B, B, B, B, N}, gold, "the input is kept");
    }

    @Test
    void aPageWithoutAParagraphKeepsItsLabels() {
        List<Block> page = blocks("Foto hari ini", "Langit senja di pelabuhan");
        Label[] gold = {Label.BODY, Label.BODY};
        assertArrayEquals(gold, ArticleSpan.fromFirstToLastParagraph(page, gold));
    }

    @Test
    void aParagraphIsASentenceOfTenWordsOrAnyTwentyWords() {
        assertTrue(ArticleSpan.isParagraph(PARAGRAPH));
        assertFalse(ArticleSpan.isParagraph("Petani di lereng bukit memanen kopi lebih awal karena hujan"));
        assertTrue(ArticleSpan.isParagraph("satu dua tiga empat lima enam tujuh delapan sembilan sepuluh sebelas dua belas "
                + "tiga belas empat belas lima belas enam belas tujuh belas delapan"));
    }
}
