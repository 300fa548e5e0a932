package io.sarikata.segment;

import io.sarikata.page.DecodedPage;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SegmenterTest {

    private static DecodedPage text(List<String> lines) {
        return new DecodedPage("dir/001.txt", "portal", lines, null, "UTF-8", "", 100);
    }

    @Test
    void blankLinesAreSkippedAndLineNumbersAreOneBased() {
        List<Block> blocks = Segmenter.segment(text(List.of("", "  Judul Berita  ", "   ", "\t", "Isi berita hari ini.", "")));
        assertEquals(2, blocks.size());
        assertEquals(new Block(0, 2, 2, "Judul Berita", Double.NaN), blocks.get(0));
        assertEquals(new Block(1, 5, 5, "Isi berita hari ini.", Double.NaN), blocks.get(1));
    }

    @Test
    void indexCountsBlocksNotLines() {
        List<Block> blocks = Segmenter.segment(text(List.of("a", "", "", "b", "", "c")));
        assertEquals(List.of(0, 1, 2), blocks.stream().map(Block::index).toList());
        assertEquals(List.of(1, 4, 6), blocks.stream().map(Block::lineStart).toList());
        assertEquals(List.of(1, 4, 6), blocks.stream().map(Block::lineEnd).toList());
    }

    @Test
    void textIsTrimmedButInnerSpacingKept() {
        List<Block> blocks = Segmenter.segment(text(List.of(" \t Harga  cabai naik \t ")));
        assertEquals("Harga  cabai naik", blocks.get(0).text());
    }

    @Test
    void textPagesHaveNoLinkRatio() {
        Block b = Segmenter.segment(text(List.of("Beranda"))).get(0);
        assertTrue(Double.isNaN(b.linkRatio()));
        assertFalse(b.hasLinkRatio());
        assertEquals(0, b.headingLevel());
    }

    @Test
    void linkRatiosAndHeadingsComeFromTheirOwnLine() {
        DecodedPage html = new DecodedPage("a.html", "portal", List.of("Beranda", "", "Judul", "Isi berita."),
                new double[] {1.0, 0.0, 0.25, 0.1}, new int[] {0, 0, 1, 0}, "UTF-8", "", 100);
        List<Block> blocks = Segmenter.segment(html);
        assertEquals(3, blocks.size());
        assertEquals(1.0, blocks.get(0).linkRatio());
        assertEquals(0.25, blocks.get(1).linkRatio());
        assertEquals(0.1, blocks.get(2).linkRatio());
        assertTrue(blocks.get(1).hasLinkRatio());
        assertEquals(List.of(0, 1, 0), blocks.stream().map(Block::headingLevel).toList());
        assertEquals(3, blocks.get(1).lineStart());
    }

    @Test
    void pageOfOnlyBlankLinesHasNoBlocks() {
        assertTrue(Segmenter.segment(text(List.of("", "  ", "\t"))).isEmpty());
    }
}
