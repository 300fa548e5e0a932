package io.sarikata.features;

import io.sarikata.segment.Block;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FeatureExtractorTest {

    private static final String P = "suara.com";
    private static final double EPS = 1e-12;
    private final FeatureExtractor extractor = new FeatureExtractor(new Stoplist(List.of("yang", "di", "dan")));

    private static List<Block> blocks(String... texts) {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            blocks.add(new Block(i, i + 1, i + 1, texts[i], Double.NaN));
        }
        return blocks;
    }

    private static double f(double[] row, String name) {
        int i = FeatureExtractor.NAMES.indexOf(name);
        assertTrue(i >= 0, "no feature " + name);
        return row[i];
    }

    private double[] single(String text) {
        return extractor.extract(blocks(text), P, CorpusStats.NONE)[0];
    }

    @Test
    void logOnePlusIsMathLog1pExactlyInsideAndOutsideItsTable() {
        for (int k = 0; k < 5000; k++) {
            assertEquals(Math.log1p(k), FeatureExtractor.logOnePlus(k), 0.0, "count " + k);
        }
        for (int k : new int[]{-1, 65_535, 1_000_000, Integer.MAX_VALUE}) {
            assertEquals(Math.log1p(k), FeatureExtractor.logOnePlus(k), 0.0, "count " + k);
        }
    }

    @Test
    void namesAreUniqueAndRowsAreThatWide() {
        assertEquals(FeatureExtractor.NAMES.size(), new HashSet<>(FeatureExtractor.NAMES).size());
        double[][] rows = extractor.extract(blocks("a", "b c", "d."), P, CorpusStats.NONE);
        assertEquals(3, rows.length);
        for (double[] row : rows) {
            assertEquals(FeatureExtractor.NAMES.size(), row.length);
        }
        assertTrue(FeatureExtractor.NAMES.containsAll(List.of("prev_log_words", "next_log_words", "relative_position")));
    }

    @Test
    void noBlocksNoRows() {
        assertEquals(0, extractor.extract(List.of(), P, CorpusStats.NONE).length);
    }

    @Test
    void proseMeasurements() {
        // 9 tokens: 2 stopwords (di, yang), 1 comma, 1 capitalised word, no digits.
        double[] row = single("Harga cabai di pasar naik, kata pedagang yang ditemui.");
        assertEquals(Math.log1p(9), f(row, "log_words"), EPS);
        assertEquals(Math.log1p("Harga cabai di pasar naik, kata pedagang yang ditemui.".length()), f(row, "log_chars"), EPS);
        assertEquals(2 / 9.0, f(row, "stopword_density"), EPS);
        assertEquals(1, f(row, "ends_full_stop"));
        assertEquals(0, f(row, "ends_question_or_exclamation"));
        assertEquals(1 / 9.0, f(row, "capitalised_ratio"), EPS);
        assertEquals(0, f(row, "digit_ratio"));
        assertEquals(1 / 9.0, f(row, "comma_density"), EPS);
        assertEquals(0, f(row, "list_marker"));
        assertEquals(0, f(row, "no_letters"));
        assertEquals(0, f(row, "colon_label"));
        assertEquals(0, f(row, "menu_separators"));
        assertEquals(0, f(row, "headline_shape"));
    }

    @Test
    void endings() {
        assertEquals(0, f(single("Benarkah harga naik?"), "ends_full_stop"));
        assertEquals(1, f(single("Benarkah harga naik?"), "ends_question_or_exclamation"));
        assertEquals(1, f(single("Ia berkata, \u201charga naik.\u201d"), "ends_full_stop"));
        assertEquals(0, f(single("Harga Naik"), "ends_full_stop"));
        assertEquals(0, f(single("Harga Naik"), "ends_question_or_exclamation"));
    }

    @Test
    void capitalisedRatioCountsWordsWithLettersOnly() {
        // "2024" has no letter and is not counted; "(Jakarta)" counts as capitalised.
        assertEquals(2 / 3.0, f(single("Berita 2024 (Jakarta) terkini"), "capitalised_ratio"), EPS);
        assertEquals(0, f(single("2024 - 12"), "capitalised_ratio"));
    }

    @Test
    void digitRatioIsOverVisibleCharacters() {
        // R p 1 2 . 5 0 0 : 8 visible, 5 digits
        assertEquals(5 / 8.0, f(single("Rp 12.500"), "digit_ratio"), EPS);
        assertEquals(1.0, f(single("2024"), "digit_ratio"), EPS);
    }

    @Test
    void commaDensityIsPerToken() {
        assertEquals(2 / 4.0, f(single("satu, dua, tiga empat"), "comma_density"), EPS);
    }

    @Test
    void listMarkerNeedsAnItemAfterIt() {
        assertEquals(1, f(single("- Harga cabai naik"), "list_marker"));
        assertEquals(1, f(single("1. Harga cabai naik"), "list_marker"));
        assertEquals(1, f(single("\u2022 Harga"), "list_marker"));
        assertEquals(0, f(single("-"), "list_marker"));
        assertEquals(0, f(single("Harga - naik"), "list_marker"));
    }

    @Test
    void noLetters() {
        assertEquals(1, f(single("-"), "no_letters"));
        assertEquals(1, f(single("\u2022 | \u203a"), "no_letters"));
        assertEquals(0, f(single("- a"), "no_letters"));
        assertEquals(0, f(single("2024"), "no_letters"), "digits count as content");
    }

    @Test
    void colonLabel() {
        assertEquals(1, f(single("Baca Juga: Harga Cabai Turun"), "colon_label"));
        assertEquals(0, f(single("Dimulai pukul 10:30 WIB."), "colon_label"));
    }

    @Test
    void headlineShapes() {
        assertEquals(1, f(single("Harga Cabai Naik Tajam"), "headline_shape"));
        assertEquals(0, f(single("Harga Cabai Naik Tajam."), "headline_shape"), "a full stop is prose");
        assertEquals(0, f(single("Harga Cabai"), "headline_shape"), "too short");
        assertEquals(1, f(single("Baca Juga: Harga Cabai Naik Tajam"), "labelled_headline"));
        assertEquals(0, f(single("Baca juga: harga cabai naik tajam"), "labelled_headline"));
    }

    @Test
    void menuSeparatorsAreCappedAtThree() {
        assertEquals(2 / 3.0, f(single("Beranda \u203a Metro \u203a Hukum"), "menu_separators"), EPS);
        assertEquals(1.0, f(single("A | B | C | D | E | F"), "menu_separators"), EPS);
        assertEquals(1 / 3.0, f(single("Beranda | Berita"), "menu_separators"), EPS);
    }

    @Test
    void linkRatioIsCarriedAndUnknownIsZero() {
        List<Block> blocks = List.of(new Block(0, 1, 1, "Beranda", 0.75), new Block(1, 2, 2, "Isi.", Double.NaN));
        double[][] rows = extractor.extract(blocks, P, CorpusStats.NONE);
        assertEquals(0.75, f(rows[0], "link_ratio"));
        assertEquals(0, f(rows[1], "link_ratio"));
    }

    @Test
    void htmlHeadingsAndTheOnlyH1() {
        List<Block> one = List.of(new Block(0, 1, 1, "Judul", 0, 1), new Block(1, 2, 2, "Sub", 0, 2),
                new Block(2, 3, 3, "Isi.", 0, 0));
        double[][] rows = extractor.extract(one, P, CorpusStats.NONE);
        assertEquals(List.of(1.0, 1.0, 0.0), List.of(f(rows[0], "html_heading"), f(rows[1], "html_heading"), f(rows[2], "html_heading")));
        assertEquals(List.of(1.0, 0.0, 0.0), List.of(f(rows[0], "main_heading"), f(rows[1], "main_heading"), f(rows[2], "main_heading")));
        List<Block> two = List.of(new Block(0, 1, 1, "Logo", 0, 1), new Block(1, 2, 2, "Judul", 0, 1));
        for (double[] row : extractor.extract(two, P, CorpusStats.NONE)) {
            assertEquals(0, f(row, "main_heading"), "two <h1>: neither is the headline");
        }
    }

    @Test
    void textAndShapeRepeatFromCounts() {
        CountTable stats = new CountTable(
                new long[] {StatKeys.textKey(P, "beranda"), StatKeys.shapeKey(P, "menu"), StatKeys.shapeKey(P, "label:baca juga")},
                new int[] {3, 5, 2},
                Map.of(P, 5));
        double[][] rows = extractor.extract(blocks("Beranda", "Bola | Tekno | Video", "Baca Juga: Harga Naik",
                "Harga cabai naik."), P, stats);
        assertEquals(0.5, f(rows[0], "text_repeat"), EPS, "on 3 of 5 pages: 2 of the 4 others");
        assertEquals(0, f(rows[0], "shape_repeat"));
        assertEquals(0, f(rows[1], "text_repeat"));
        assertEquals(1.0, f(rows[1], "shape_repeat"), EPS);
        assertEquals(0.25, f(rows[2], "shape_repeat"), EPS);
        assertEquals(0, f(rows[3], "text_repeat"));
        assertEquals(0, f(rows[3], "shape_repeat"));
    }

    @Test
    void textRepeatMatchesTheNormalForm() {
        CountTable stats = new CountTable(new long[] {StatKeys.textKey(P, BlockText.normalize("Edisi 12 Mei"))},
                new int[] {9}, Map.of(P, 9));
        assertEquals(1.0, f(extractor.extract(blocks("edisi 30  MEI"), P, stats)[0], "text_repeat"), EPS);
        assertEquals(0, f(extractor.extract(blocks("edisi 30  MEI"), "lain.com", stats)[0], "text_repeat"));
    }

    @Test
    void shapeRepeatTakesTheMostRepeatedShape() {
        CountTable stats = new CountTable(new long[] {StatKeys.shapeKey(P, "lead:-"), StatKeys.shapeKey(P, "menu")},
                new int[] {3, 9}, Map.of(P, 9));
        assertEquals(1.0, f(extractor.extract(blocks("- Bola | Tekno | Video"), P, stats)[0], "shape_repeat"), EPS);
        assertEquals(0.25, f(extractor.extract(blocks("- Bola"), P, stats)[0], "shape_repeat"), EPS);
    }

    @Test
    void noCorpusNoRepeat() {
        double[][] rows = extractor.extract(blocks("Beranda", "Beranda", "Bola | Tekno | Video"), P, CorpusStats.NONE);
        for (double[] row : rows) {
            assertEquals(0, f(row, "text_repeat"));
            assertEquals(0, f(row, "shape_repeat"));
        }
        CountTable onePage = new CountTable(new long[] {StatKeys.textKey(P, "beranda")}, new int[] {5}, Map.of(P, 1));
        assertEquals(0, f(extractor.extract(blocks("Beranda"), P, onePage)[0], "text_repeat"));
    }

    @Test
    void positions() {
        double[][] rows = extractor.extract(blocks("a", "b", "c", "d", "e"), P, CorpusStats.NONE);
        for (int i = 0; i < 5; i++) {
            assertEquals(i / 4.0, f(rows[i], "relative_position"), EPS);
            assertEquals(Math.log1p(4 - i), f(rows[i], "log_blocks_to_end"), EPS);
            assertEquals(i == 0 ? 1 : 0, f(rows[i], "is_first"));
        }
        double[] only = single("a");
        assertEquals(0, f(only, "relative_position"));
        assertEquals(0, f(only, "log_blocks_to_end"));
        assertEquals(1, f(only, "is_first"));
    }

    @Test
    void neighboursCopyTheirOwnFeatures() {
        double[][] rows = extractor.extract(blocks("- Beranda", "Harga cabai di pasar naik.", "Harga Cabai Naik"), P,
                CorpusStats.NONE);
        for (String n : List.of("log_words", "stopword_density", "ends_full_stop", "capitalised_ratio", "list_marker",
                "no_letters", "text_repeat", "shape_repeat")) {
            assertEquals(f(rows[0], n), f(rows[1], "prev_" + n), n);
            assertEquals(f(rows[1], n), f(rows[2], "prev_" + n), n);
            assertEquals(f(rows[1], n), f(rows[0], "next_" + n), n);
            assertEquals(f(rows[2], n), f(rows[1], "next_" + n), n);
        }
        assertEquals(1, f(rows[1], "prev_list_marker"));
        assertEquals(1, f(rows[1], "next_capitalised_ratio"));
        assertEquals(1, f(rows[0], "next_ends_full_stop"));
    }

    @Test
    void neighboursAreZeroAtPageEdges() {
        double[][] rows = extractor.extract(blocks("Harga cabai di pasar naik.", "Harga, yang naik."), P, CorpusStats.NONE);
        for (String name : FeatureExtractor.NAMES) {
            if (name.startsWith("prev_")) {
                assertEquals(0, f(rows[0], name), name);
                assertTrue(f(rows[1], name) != 0 || name.endsWith("_repeat") || name.endsWith("list_marker")
                        || name.endsWith("no_letters"), name);
            }
            if (name.startsWith("next_")) {
                assertEquals(0, f(rows[1], name), name);
            }
        }
        assertTrue(f(rows[1], "prev_log_words") > 0);
        assertTrue(f(rows[0], "next_stopword_density") > 0);
    }

    @Test
    void repeatedNeighbourShowsUpInItsNeighbours() {
        CountTable stats = new CountTable(new long[] {StatKeys.textKey(P, "beranda")}, new int[] {5}, Map.of(P, 5));
        double[][] rows = extractor.extract(blocks("Beranda", "Harga cabai naik."), P, stats);
        assertEquals(1.0, f(rows[1], "prev_text_repeat"), EPS);
        assertEquals(0, f(rows[0], "next_text_repeat"));
    }
}
