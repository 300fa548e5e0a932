package io.sarikata.page;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HtmlBlocksTest {

    private static List<String> texts(String html) {
        return HtmlBlocks.extract(html).texts();
    }

    @Test
    void navListItemsAndParagraphsAreSeparateBlocks() {
        String html = "<html><body><nav><ul><li><a href='/'>Beranda</a></li><li><a href='/b'>Bola</a></li></ul></nav>"
                + "<h1>Harga Cabai Naik</h1><p>Jakarta - Harga cabai naik.</p><p>Pedagang mengeluh.</p>"
                + "<footer>Hak cipta 2024</footer></body></html>";
        HtmlLines lines = HtmlBlocks.extract(html);
        assertEquals(List.of("Beranda", "Bola", "Harga Cabai Naik", "Jakarta - Harga cabai naik.", "Pedagang mengeluh.",
                "Hak cipta 2024"), lines.texts());
        assertArrayEquals(new double[] {1, 1, 0, 0, 0, 0}, lines.linkRatios());
    }

    @Test
    void brSplitsABlock() {
        assertEquals(List.of("baris satu", "baris dua", "baris tiga"),
                texts("<p>baris satu<br>baris dua<br/><br>  baris tiga</p>"));
    }

    @Test
    void inlineTagsDoNotSplit() {
        assertEquals(List.of("Harga cabai naik tajam hari ini"),
                texts("<p>Harga <b>cabai</b> <i>naik</i><span> tajam</span> <em>hari</em><strong> ini</strong></p>"));
    }

    @Test
    void inlineLinkRatioCountsOnlyCharactersInsideTheLink() {
        HtmlLines lines = HtmlBlocks.extract("<p>Baca juga: <a href='/x'>Harga Cabai Turun</a></p>");
        assertEquals(List.of("Baca juga: Harga Cabai Turun"), lines.texts());
        assertEquals(28, lines.texts().get(0).length());
        assertArrayEquals(new double[] {17.0 / 28.0}, lines.linkRatios());
    }

    @Test
    void collapsedSpaceIsLinkTextOnlyWhenAllItsWhitespaceWasInsideALink() {
        // "Satu Dua": the space between two links is outside both, so 7 of 8 characters are link text.
        assertArrayEquals(new double[] {7.0 / 8.0}, HtmlBlocks.extract("<p><a>Satu</a> <a>Dua</a></p>").linkRatios());
        assertArrayEquals(new double[] {1.0}, HtmlBlocks.extract("<p><a>Satu </a><a>Dua</a></p>").linkRatios());
        assertArrayEquals(new double[] {7.0 / 8.0}, HtmlBlocks.extract("<p><a>Satu </a> <a>Dua</a></p>").linkRatios());
        // Whitespace at the edges is trimmed away and never counted.
        assertArrayEquals(new double[] {1.0}, HtmlBlocks.extract("<li> <a href='/'>\n Beranda \n</a> </li>").linkRatios());
    }

    @Test
    void linksNestedInInlineTagsAndInlineTagsInLinksCount() {
        HtmlLines lines = HtmlBlocks.extract("<p>Lihat <b><a href='/'>foto <i>lain</i></a></b> di sini</p>");
        assertEquals(List.of("Lihat foto lain di sini"), lines.texts());
        assertArrayEquals(new double[] {9.0 / 23.0}, lines.linkRatios());
    }

    @Test
    void scriptStyleAndOtherNonTextElementsAreIgnored() {
        String html = "<html><head><title>Judul</title><style>p { color: red }</style><script>var head;</script></head>"
                + "<body><script>document.write('x')</script><noscript>Aktifkan JavaScript</noscript>"
                + "<template><p>templat</p></template><svg><text>gambar</text></svg><iframe>bingkai</iframe>"
                + "<p>Isi<style>.a{}</style> berita</p></body></html>";
        assertEquals(List.of("Isi berita"), texts(html));
    }

    @Test
    void entitiesAreDecodedAndNoBreakSpacesCollapse() {
        assertEquals(List.of("Jakarta - Tom & Jerry café <tag> “kutip”"),
                texts("<p>Jakarta&nbsp;-&nbsp;Tom &amp; Jerry caf&eacute; &lt;tag&gt; &#8220;kutip&#x201D;</p>"));
    }

    @Test
    void whitespaceRunsCollapseAcrossTagsAndLines() {
        assertEquals(List.of("satu dua tiga"), texts("<div>\n  satu  \n\t<span> dua</span>\r\n tiga \n</div>"));
    }

    @Test
    void textAroundNestedBlocksFormsItsOwnBlocks() {
        assertEquals(List.of("pengantar", "isi", "penutup"), texts("<div>pengantar<p>isi</p>penutup</div>"));
    }

    @Test
    void tablesSplitAtRowsAndCells() {
        assertEquals(List.of("Nama", "Harga", "Cabai", "Rp 50.000"),
                texts("<table><tr><th>Nama</th><th>Harga</th></tr><tr><td>Cabai</td><td>Rp 50.000</td></tr></table>"));
    }

    @Test
    void tableCaptionIsABlock() {
        assertEquals(List.of("Harga", "Cabai"), texts("<table><caption>Harga</caption><tr><td>Cabai</td></tr></table>"));
    }

    @Test
    void everyListedBlockTagSplits() {
        // Cells, rows and captions only exist inside tables; the tests above cover them there.
        List<String> tableParts = List.of("td", "th", "tr", "caption");
        for (String tag : HtmlBlocks.BLOCK_TAGS) {
            if (tableParts.contains(tag)) {
                continue;
            }
            if (tag.equals("hr")) {
                assertEquals(List.of("a", "b"), texts("<body>a<hr>b</body>"));
                continue;
            }
            String html = "<body>a<" + tag + ">b</" + tag + ">c</body>";
            assertEquals(List.of("a", "b", "c"), texts(html), tag);
        }
    }

    @Test
    void unlistedElementsDoNotSplit() {
        assertEquals(List.of("a b c"), texts("<body>a <center>b</center> c</body>"));
    }

    @Test
    void emptyBlocksAreDropped() {
        assertEquals(List.of("isi"), texts("<div> </div><p>\n</p><p>isi</p><ul><li></li></ul>"));
        assertTrue(HtmlBlocks.extract("").isEmpty());
        assertTrue(HtmlBlocks.extract("<html><head><title>t</title></head><body></body></html>").isEmpty());
    }

    @Test
    void plainTextGivenAsHtmlIsOneBlock() {
        assertEquals(List.of("Ini bukan HTML. Baris kedua < 3 & seterusnya"),
                texts("Ini bukan HTML.\nBaris kedua < 3 & seterusnya\n"));
    }

    @Test
    void brokenHtmlStillGivesBlocks() {
        assertEquals(List.of("satu", "dua", "tiga"), texts("<p>satu<p>dua<div>tiga"));
    }

    @Test
    void linesAndRatiosMustMatchInLength() {
        assertThrows(IllegalArgumentException.class, () -> new HtmlLines(List.of("a"), new double[0], new int[1]));
    }

    @Test
    void recordsTheHeadingLevelOfEachBlock() {
        HtmlLines lines = HtmlBlocks.extract("<body><h1>Judul <a href='#'>Utama</a></h1><p>Isi paragraf.</p>"
                + "<aside><h3>Terpopuler</h3><ul><li>Satu</li></ul></aside></body>");
        assertEquals(List.of("Judul Utama", "Isi paragraf.", "Terpopuler", "Satu"), lines.texts());
        assertArrayEquals(new int[]{1, 0, 3, 0}, lines.headingLevels());
    }
}
