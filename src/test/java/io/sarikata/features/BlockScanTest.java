package io.sarikata.features;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The one-pass scan must agree with the reference definitions in BlockText and Stoplist on any text. */
class BlockScanTest {

    private static final String P = "kabarnusa.id";
    private static final Stoplist STOPLIST = new Stoplist(List.of("yang", "di", "dan", "itu", "ke"));
    /** Letters of several scripts and cases, digits of two scripts, spaces of several kinds, menu and list marks. */
    private static final String ALPHABET = "aAbByYdDiIkKeEnNgGtTuU\u00e9\u00c9\u0130\u03a3\u03c3\u0416\u0436"
            + "0123456789\u0663\u0664 \t\u00a0\u2003\u3000,.:;!?|/\u00bb\u203a\u2022\u00b7>-\u2013*()\"'\u201d\u2026#@"
            + "\u4eca\u5929\u3002\u30ab\u3042\u0e01\u2160\u2019\u201c[]{}\u3010\u3011\uff08\uff09\u0001\u007f\u00a9";

    @Test
    void agreesWithTheReferenceDefinitionsOnRandomText() {
        Random random = new Random(20261123);
        for (int round = 0; round < 20_000; round++) {
            String text = randomText(random);
            assertAgrees(text);
        }
    }

    @Test
    void agreesOnTypicalBlocks() {
        for (String text : List.of("", " ", "Beranda | Nasional | Ekonomi", "Baca Juga: Harga Cabai Naik Lagi",
                "- Pertama", "12) Kedua dan ketiga", "\u2022", "Edisi 12 Mei 2026, pukul 10:30 WIB.",
                "  Yang  di   KOTA itu, dan ke pasar.  ", "\u00bb \u00bb", "Rumah-rumah (2) \"dibangun\" lagi\u2026")) {
            assertAgrees(text);
        }
    }

    @Test
    void aReusedScanForgetsTheBlockBefore() {
        BlockScan reused = new BlockScan();
        Random random = new Random(7);
        for (int round = 0; round < 2_000; round++) {
            String text = randomText(random);
            reused.scan(text, StatKeys.textKeyStart(P), STOPLIST, io.sarikata.page.ScratchChars.ofThisThread());
            BlockScan fresh = BlockScan.of(text, P, STOPLIST);
            assertEquals(fresh.glyphs(), reused.glyphs(), text);
            assertEquals(fresh.textKey(), reused.textKey(), text);
            assertEquals(fresh.stopwordDensity(), reused.stopwordDensity(), text);
            assertEquals(fresh.capitalisedRatio(), reused.capitalisedRatio(), text);
            assertEquals(fresh.colon(), reused.colon(), text);
            assertEquals(fresh.endsWithFullStop(), reused.endsWithFullStop(), text);
            assertEquals(fresh.startsWithListMarker(), reused.startsWithListMarker(), text);
        }
    }

    @Test
    void countsGlyphsAsTheReferenceDoes() {
        for (String text : List.of("Senin, 16/8/2021 pukul 14:30.", "skor 2-1, naik 3.5 persen", "rp. 5.", "1.2.3",
                "\u4eca\u5929\u5929\u6c14\u5f88\u597d\u3002", "(Foto: Rina/Kabar)", "\"Kapan?\" tanya dia!",
                "\u0663.\u0664 \u2160\u2161 \u00a9 2026", "a.", ".", "\u2026\u201d", "Harga naik.)\u201d ")) {
            assertAgrees(text);
        }
    }

    private static void assertAgrees(String text) {
        BlockScan scan = BlockScan.of(text, P, STOPLIST);
        assertEquals(GlyphCounts.of(text), scan.glyphs(), text);
        assertEquals(GlyphCounts.of(text).wordEstimate(BlockText.words(text).length), scan.wordEstimate(), text);
        assertEquals(BlockText.endsWithFullStop(text), scan.endsWithFullStop(), text);
        assertEquals(BlockText.endsWithQuestionOrExclamation(text), scan.endsWithQuestionOrExclamation(), text);
        assertEquals(text.indexOf(':'), scan.colon(), text);
        String[] words = BlockText.words(text);
        assertEquals(words.length, scan.words(), text);
        assertEquals(STOPLIST.density(words), scan.stopwordDensity(), 1e-12, text);
        assertEquals(FeatureExtractor.capitalisedRatio(words), scan.capitalisedRatio(), 1e-12, text);
        assertEquals(BlockText.menuSeparators(words), scan.menuSeparators(), text);
        assertEquals(BlockText.hasLetterOrDigit(text), scan.hasLetterOrDigit(), text);
        assertEquals(words.length > 0 && BlockText.isListMarker(words[0]), scan.startsWithListMarker(), text);
        assertEquals(StatKeys.textKey(P, BlockText.normalize(text)), scan.textKey(), text);
        String colonLabel = BlockText.colonLabel(text);
        List<String> shapes = BlockText.shapes(words, colonLabel);
        long[] expected = new long[shapes.size()];
        for (int i = 0; i < expected.length; i++) {
            expected[i] = StatKeys.shapeKey(P, shapes.get(i));
        }
        assertArrayEquals(expected, scan.shapeKeys(P, colonLabel), text);
        int visible = 0;
        int digits = 0;
        int commas = 0;
        for (char c : text.toCharArray()) {
            if (!BlockText.isSpace(c)) {
                visible++;
                digits += Character.isDigit(c) ? 1 : 0;
                commas += c == ',' ? 1 : 0;
            }
        }
        assertEquals(visible, scan.visibleChars(), text);
        assertEquals(digits, scan.digits(), text);
        assertEquals(commas, scan.commas(), text);
    }

    private static String randomText(Random random) {
        List<String> parts = new ArrayList<>();
        int tokens = random.nextInt(8);
        for (int i = 0; i < tokens; i++) {
            if (random.nextInt(4) == 0) {
                parts.add(STOPLIST.words().get(random.nextInt(STOPLIST.words().size())));
                continue;
            }
            StringBuilder sb = new StringBuilder();
            int length = random.nextInt(5);
            for (int j = 0; j < length; j++) {
                sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            parts.add(sb.toString());
        }
        return String.join(random.nextBoolean() ? " " : "  ", parts);
    }
}
