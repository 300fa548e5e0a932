package io.sarikata.segment;

import io.sarikata.page.DecodedPage;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PageTest {

    @Test
    void docIdIsTheFirstSixteenHexDigitsOfSha256() {
        // printf '%s' data/suara/001.txt | sha256sum
        assertEquals("12f35a65be5bf13d", Page.docId("data/suara/001.txt"));
    }

    @Test
    void docIdIsStableAndDiffersBySource() {
        String id = Page.docId("arsip.tgz!dir/009_cd.txt");
        assertEquals(id, Page.docId("arsip.tgz!dir/009_cd.txt"));
        assertEquals(16, id.length());
        assertTrue(id.matches("[0-9a-f]{16}"), id);
        assertNotEquals(id, Page.docId("arsip.tgz!dir/010_cd.txt"));
        assertNotEquals(Page.docId("a/b.txt"), Page.docId("a/B.txt"));
    }

    @Test
    void ofSegmentsAndNamesThePortal() {
        DecodedPage decoded = new DecodedPage("dump/suara/002.txt", "suara", List.of("Beranda", "",
                "Suara.com - Harga cabai naik.", "Pedagang mengeluh."), null, "windows-1252", "fallback", 321);
        Page page = Page.of(decoded);
        assertEquals(Page.docId("dump/suara/002.txt"), page.docId());
        assertEquals("dump/suara/002.txt", page.source());
        assertEquals("suara.com", page.portal());
        assertEquals(List.of("Beranda", "Suara.com - Harga cabai naik.", "Pedagang mengeluh."), page.blockTexts());
        assertEquals(3, page.blocks().get(1).lineStart());
        assertEquals("windows-1252", page.charset());
        assertEquals("fallback", page.decodeNote());
        assertEquals(321, page.sizeBytes());
        assertThrows(UnsupportedOperationException.class, () -> page.blocks().add(page.blocks().get(0)));
    }

    @Test
    void ofFallsBackToTheHint() {
        Page page = Page.of(new DecodedPage("x/1.txt", "SuaraBogor", List.of("Isi berita."), null, "UTF-8", "", 11));
        assertEquals("suarabogor", page.portal());
    }
}
