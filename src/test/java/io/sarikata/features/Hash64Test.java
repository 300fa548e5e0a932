package io.sarikata.features;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class Hash64Test {

    @Test
    void deterministic() {
        assertEquals(Hash64.of("suara.com", 't', "beranda"), Hash64.of("suara.com", 't', "beranda"));
        assertEquals(Hash64.of("suara.com", 't', "beranda"), Hash64.of(new String("suara.com"), 't', new String("beranda")));
    }

    @Test
    void kindSeparatesKeys() {
        assertNotEquals(Hash64.of("suara.com", 't', "menu"), Hash64.of("suara.com", 's', "menu"));
    }

    @Test
    void portalSeparatesKeys() {
        assertNotEquals(Hash64.of("suara.com", 't', "beranda"), Hash64.of("detik.com", 't', "beranda"));
    }

    @Test
    void boundaryBetweenPortalAndTextMatters() {
        assertNotEquals(Hash64.of("ab", 't', "c"), Hash64.of("a", 't', "bc"));
        assertNotEquals(Hash64.of("", 't', "ab"), Hash64.of("ab", 't', ""));
    }

    @Test
    void nearbyStringsDoNotCollide() {
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < 20_000; i++) {
            seen.add(Hash64.of("p", 't', "baris " + i));
        }
        assertEquals(20_000, seen.size());
    }

    @Test
    void statKeysUseDistinctKinds() {
        assertEquals(Hash64.of("p", 't', "x"), StatKeys.textKey("p", "x"));
        assertEquals(Hash64.of("p", 's', "x"), StatKeys.shapeKey("p", "x"));
        assertNotEquals(StatKeys.textKey("p", "menu"), StatKeys.shapeKey("p", "menu"));
    }
}
