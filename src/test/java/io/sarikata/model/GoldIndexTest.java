package io.sarikata.model;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GoldIndexTest {

    @Test
    void goldKeyIsThePathUnderTheRootWithoutExtensions() {
        assertEquals("kabar/001_ab", GoldIndex.goldKey("kabar/001_ab.tsv"));
        assertEquals("001_ab", GoldIndex.goldKey("001_ab.labels"));
        assertEquals("a/b/news-01", GoldIndex.goldKey("/a/b/news-01.txt.tsv"));
        assertEquals("a/b/news-01", GoldIndex.goldKey("a\\b\\news-01.tsv"));
        assertEquals("d.e/011", GoldIndex.goldKey("d.e/011"), "dots in folder names stay");
    }

    @Test
    void pageKeyOfFilesAndArchiveMembers() {
        assertEquals("file:/x/pages/kabar/001", GoldIndex.pageKey("file:/x/pages/kabar/001.txt.gz"));
        assertEquals("/x/pages/lintas/001", GoldIndex.pageKey("/x/pages/lintas-2026-11.tgz!lintas/001.txt"),
                "the archive's folder, then the member's path");
        assertEquals("/x/pages/kabar/009", GoldIndex.pageKey("/x/pages/kabar/extra.tar!009.html"));
        assertEquals("arsip/010", GoldIndex.pageKey("arsip.tar!arsip/010.html"));
    }

    @Test
    void matchesWholeFolderNamesAtTheEndOfThePath() {
        Set<String> keys = Set.of("kabar/001", "002");
        assertEquals("kabar/001", GoldIndex.find(keys, "/data/pages/kabar/001.txt"));
        assertEquals("002", GoldIndex.find(keys, "/data/pages/any/where/002.html"));
        assertEquals("002", GoldIndex.find(keys, "002.txt"), "a bare relative source");
        assertNull(GoldIndex.find(keys, "/data/pages/xkabar/001.txt"), "folder names match whole");
        assertNull(GoldIndex.find(keys, "/data/pages/kabar/0011.txt"));
        assertNull(GoldIndex.find(keys, "/data/pages/other/001.txt"));
        assertEquals("kabar/001", GoldIndex.find(keys, "/data/pages/kabar.tgz!kabar/001.txt"), "archive member");
        assertEquals("kabar/001", GoldIndex.find(keys, "/data/pages/kabar/bundle.tar!001.txt"),
                "a member matched with the archive's folder");
        assertNull(GoldIndex.find(Set.of(), "/a/001.txt"));
    }

    @Test
    void theLongestMatchingGoldPathWins() {
        Set<String> keys = Set.of("news-01", "portal-a/news-01", "x/portal-a/news-01");
        assertEquals("x/portal-a/news-01", GoldIndex.find(keys, "/d/x/portal-a/news-01.txt"));
        assertEquals("portal-a/news-01", GoldIndex.find(keys, "/d/y/portal-a/news-01.txt"));
        assertEquals("news-01", GoldIndex.find(keys, "/d/portal-b/news-01.txt"));
        assertEquals("A", GoldIndex.lookup(Map.of("portal-a/news-01", "A", "news-01", "B"), "/d/portal-a/news-01.txt"));
        assertNull(GoldIndex.lookup(Map.of("portal-a/news-01", "A"), "/d/portal-b/news-01.txt"));
    }

    @Test
    void twoPortalsWithTheSamePageNameAreToldApartByTheirFolders() {
        Map<String, String> matched = GoldIndex.match(Set.of("portal-a/news-01", "portal-b/news-01"),
                List.of("/d/portal-b/news-01.txt", "/d/portal-a/news-01.txt", "/d/portal-c/other.txt"));
        assertEquals(Map.of("/d/portal-a/news-01.txt", "portal-a/news-01", "/d/portal-b/news-01.txt", "portal-b/news-01"),
                matched);
    }

    @Test
    void aGoldFileMatchingTwoPagesIsAnError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GoldIndex.match(
                Set.of("news-01"), List.of("/d/portal-a/news-01.txt", "/d/portal-b/news-01.txt")));
        assertTrue(e.getMessage().contains("gold news-01 matches 2 input pages"), e.getMessage());
    }

    @Test
    void aGoldFileMatchingNoPageIsAnError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GoldIndex.match(
                Set.of("portal-a/news-01", "portal-a/news-02"), List.of("/d/portal-a/news-01.txt")));
        assertTrue(e.getMessage().contains("1 gold pages have no input page: [portal-a/news-02]"), e.getMessage());
    }

    @Test
    void aShorterGoldPathThatLostToALongerOneIsNamedAsSuch() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GoldIndex.match(
                Set.of("portal-a/news-01", "news-01"), List.of("/d/portal-a/news-01.txt")));
        assertTrue(e.getMessage().contains("[news-01]"), e.getMessage());
        assertTrue(e.getMessage().contains("took gold portal-a/news-01"), e.getMessage());
    }
}
