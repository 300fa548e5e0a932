package io.sarikata.features;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StatKeysTest {

    private static final String P = "suara.com";

    private static Set<Long> pageKeys(String portal, List<String> blocks) {
        long[] keys = StatKeys.pageKeys(portal, blocks);
        Set<Long> set = new HashSet<>();
        for (long k : keys) {
            set.add(k);
        }
        assertEquals(keys.length, set.size(), "each key once");
        return set;
    }

    @Test
    void aRepeatedBlockCountsOnce() {
        Set<Long> keys = pageKeys(P, List.of("Beranda", "Harga cabai naik.", "Beranda"));
        assertEquals(Set.of(StatKeys.portalKey(P), StatKeys.textKey(P, "beranda"), StatKeys.textKey(P, "harga cabai naik.")), keys);
    }

    @Test
    void blocksThatNormalizeAlikeShareAKey() {
        Set<Long> keys = pageKeys(P, List.of("Edisi 12 Mei", "edisi  30   MEI"));
        assertEquals(Set.of(StatKeys.portalKey(P), StatKeys.textKey(P, "edisi 00 mei")), keys);
    }

    @Test
    void shapesAreKeysTooAndCountOnce() {
        Set<Long> keys = pageKeys(P, List.of("Baca Juga: Harga Naik", "Baca juga: Harga Turun"));
        assertEquals(4, keys.size(), "the portal, one shape and two texts");
        assertTrue(keys.contains(StatKeys.shapeKey(P, "label:baca juga")));
        assertTrue(keys.contains(StatKeys.textKey(P, "baca juga: harga naik")));
        assertTrue(keys.contains(StatKeys.textKey(P, "baca juga: harga turun")));
    }

    @Test
    void keysDependOnThePortal() {
        assertTrue(pageKeys(P, List.of("Beranda")).stream()
                .noneMatch(pageKeys("detik.com", List.of("Beranda"))::contains));
    }

    @Test
    void emptyPageCountsOnlyForItsPortal() {
        assertEquals(Set.of(StatKeys.portalKey(P)), pageKeys(P, List.of()));
    }
}
