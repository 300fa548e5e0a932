package io.sarikata.eval;

import de.l3s.boilerpipe.extractors.ArticleExtractor;
import io.sarikata.model.Label;
import io.sarikata.segment.Block;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BoilerpipeArticleTest {

    private static final BoilerpipeArticle BOILERPIPE = new BoilerpipeArticle();

    private static final String[] MENU = {"Beranda", "Nasional", "Ekonomi", "Olahraga", "Hiburan"};
    private static final String[] ARTICLE = {
        "Harga cabai rawit di pasar tradisional Kota Lintas naik hampir dua kali lipat dalam sepekan terakhir, "
                + "membuat pedagang dan pembeli sama-sama mengeluh karena pasokan dari petani di daerah hulu berkurang.",
        "Menurut para pedagang, hujan deras yang turun setiap sore membuat panen terlambat dan banyak cabai busuk "
                + "sebelum sempat dipetik, sehingga barang yang sampai ke pasar jauh lebih sedikit dari biasanya.",
        "Dinas perdagangan setempat berjanji menggelar operasi pasar pekan depan dan meminta warga tidak membeli "
                + "berlebihan, sambil memantau harga kebutuhan pokok lain yang ikut merangkak naik menjelang akhir tahun.",
    };
    private static final String[] FOOTER = {"Tentang Kami", "Kontak", "Pedoman Media Siber", "© 2026 Kabar Lintas"};

    private static List<Block> blocks(String[]... parts) {
        List<Block> blocks = new ArrayList<>();
        for (String[] part : parts) {
            for (String text : part) {
                blocks.add(new Block(blocks.size(), blocks.size() + 1, blocks.size() + 1, text, Double.NaN));
            }
        }
        return blocks;
    }

    private static String bodyText(List<Block> blocks, Label[] labels) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] == Label.BODY) {
                sb.append(blocks.get(i).text()).append('\n');
            }
        }
        return sb.toString().strip();
    }

    @Test
    void theArticleIsBodyAndTheMenuAndFooterMostlyNot() {
        List<Block> page = blocks(MENU, ARTICLE, FOOTER);
        Label[] labels = BOILERPIPE.classify(page, "p");
        // As published: short blocks next to the article join it (the word rules keep a short block beside a long
        // one, and the fusion that follows extends to them); the rest of the menu and the footer go.
        Label n = Label.NAV;
        Label b = Label.BODY;
        assertArrayEquals(new Label[] {n, n, n, b, b, b, b, b, b, n, n, n}, labels);
    }

    @Test
    void bodyBlocksAreExactlyTheTextBoilerpipeExtracts() throws Exception {
        List<Block> page = blocks(MENU, new String[] {"Kabar <Lintas> & \"Rekan\""}, ARTICLE,
                new String[] {"Baca juga: Harga beras stabil"}, ARTICLE, FOOTER);
        Label[] labels = BOILERPIPE.classify(page, "p");
        assertEquals(page.size(), labels.length);
        String extracted = ArticleExtractor.INSTANCE.getText(BoilerpipeArticle.html(page)).strip();
        assertEquals(extracted, bodyText(page, labels));
        assertTrue(extracted.contains(ARTICLE[0]));
    }

    @Test
    void blocksGoAsEscapedParagraphsHeadingsAndLinkText() {
        List<Block> page = List.of(new Block(0, 1, 1, "A <b> & C", Double.NaN),
                new Block(1, 2, 2, "Judul Berita", 0.0, 1),
                new Block(2, 3, 3, "satu dua tiga empat", 0.5));
        String html = BoilerpipeArticle.html(page);
        assertTrue(html.contains("<p>A &lt;b&gt; &amp; C</p>"), html);
        assertTrue(html.contains("<h1>Judul Berita</h1>"), html);
        assertTrue(html.contains("<p><a href=\"#\">satu dua</a> tiga empat</p>"), html);
    }

    @Test
    void blocksAreMatchedToBoilerpipesOwnBlocksByOrderAndText() {
        List<Block> page = blocks(new String[] {"satu", "  dua   tiga ", "empat", "lima"});
        // "satu" made no block of its own and opens the next; "empat" made none at all.
        int[] index = BoilerpipeArticle.alignByText(page, List.of("satu dua tiga", "lima"));
        assertArrayEquals(new int[] {0, 0, -1, 1}, index);
    }

    @Test
    void anEmptyPageHasNoLabels() {
        assertEquals(0, BOILERPIPE.classify(List.of(), "p").length);
    }

    @Test
    void name() {
        assertEquals("boilerpipe_article", BOILERPIPE.name());
    }
}
