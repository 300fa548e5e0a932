package io.sarikata.segment;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class PortalKeyTest {

    private static List<Block> blocks(String... texts) {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            blocks.add(new Block(i, i + 1, i + 1, texts[i], Double.NaN));
        }
        return blocks;
    }

    @Test
    void datelineNamesThePortalLowerCased() {
        assertEquals("suara.com", PortalKey.of(blocks("Suara.com - Harga cabai naik lagi."), "folder"));
        assertEquals("suarajawatengah.id", PortalKey.of(blocks("SuaraJawaTengah.id - Warga antre minyak."), "folder"));
    }

    @Test
    void enAndEmDashesCount() {
        assertEquals("suara.com", PortalKey.dateline("Suara.com \u2013 Harga cabai naik."));
        assertEquals("suara.com", PortalKey.dateline("Suara.com \u2014 Harga cabai naik."));
        assertEquals("contoh.co.id", PortalKey.dateline("Contoh.co.id - Berita pagi."));
    }

    @Test
    void notADateline() {
        assertNull(PortalKey.dateline("Jakarta - Harga cabai naik."), "a city has no dot");
        assertNull(PortalKey.dateline("Suara.com-Harga cabai naik."), "the dash needs spaces");
        assertNull(PortalKey.dateline("Menurut Suara.com - harga naik."), "not at the start");
        assertNull(PortalKey.dateline("Suara.com Harga cabai naik."), "no dash");
        assertNull(PortalKey.dateline(""));
    }

    @Test
    void datelineAfterABreadcrumbWithinTheFirstFiveBlocks() {
        assertEquals("suara.com", PortalKey.of(blocks("Beranda \u203a Metro \u203a Hukum", "Polisi Tangkap Pencuri",
                "Suara.com - Polisi menangkap pencuri."), "folder"));
        assertEquals("suara.com", PortalKey.of(blocks("a", "b", "c", "d", "Suara.com - Isi."), "folder"));
    }

    @Test
    void datelineBeyondTheFifthBlockIsIgnored() {
        assertEquals("folder", PortalKey.of(blocks("a", "b", "c", "d", "e", "Suara.com - Isi."), "Folder"));
    }

    @Test
    void firstDatelineWins() {
        assertEquals("satu.com", PortalKey.of(blocks("Satu.com - a.", "Dua.com - b."), "folder"));
    }

    @Test
    void withoutDatelineTheHintIsLowerCasedAndStripped() {
        assertEquals("suarabogor", PortalKey.of(blocks("Jakarta - Isi berita."), "  SuaraBogor "));
        assertEquals("suarabogor", PortalKey.of(List.of(), "SuaraBogor"));
    }

    @Test
    void blankOrMissingHintIsUnknown() {
        assertEquals("unknown", PortalKey.of(blocks("Isi berita."), "   "));
        assertEquals("unknown", PortalKey.of(blocks("Isi berita."), ""));
        assertEquals("unknown", PortalKey.of(blocks("Isi berita."), null));
    }
}
