package io.sarikata.features;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CountTableTest {

    private static final String P = "suara.com";

    @Test
    void looksUpCountsFromUnsortedKeys() {
        long beranda = StatKeys.textKey(P, "beranda");
        long kontak = StatKeys.textKey(P, "kontak kami");
        long menu = StatKeys.shapeKey(P, "menu");
        long[] keys = {beranda, kontak, menu};
        int[] counts = {7, 3, 5};
        CountTable a = new CountTable(keys, counts, Map.of(P, 9));
        CountTable b = new CountTable(new long[] {menu, kontak, beranda}, new int[] {5, 3, 7}, Map.of(P, 9));
        for (CountTable t : new CountTable[] {a, b}) {
            assertEquals(7, t.textPages(P, "beranda"));
            assertEquals(3, t.textPages(P, "kontak kami"));
            assertEquals(5, t.shapePages(P, "menu"));
            assertEquals(4, t.size(), "three keys and the portal");
        }
    }

    @Test
    void descendingKeysAreSorted() {
        int n = 50;
        long[] keys = new long[n];
        int[] counts = new int[n];
        for (int i = 0; i < n; i++) {
            keys[i] = StatKeys.textKey(P, "baris " + i);
            counts[i] = i + 2;
        }
        java.util.Arrays.sort(keys);
        long[] reversed = new long[n];
        Map<Long, Integer> expected = new HashMap<>();
        for (int i = 0; i < n; i++) {
            reversed[i] = keys[n - 1 - i];
            expected.put(reversed[i], counts[i]);
        }
        CountTable t = new CountTable(reversed, counts, Map.of());
        for (int i = 0; i < n; i++) {
            assertEquals((int) expected.get(StatKeys.textKey(P, "baris " + i)), t.textPages(P, "baris " + i));
        }
    }

    @Test
    void absentKeyMeansOnePage() {
        CountTable t = new CountTable(new long[] {StatKeys.textKey(P, "beranda")}, new int[] {4}, Map.of(P, 9));
        assertEquals(1, t.textPages(P, "artikel unik"));
        assertEquals(1, t.textPages("detik.com", "beranda"), "keys are per portal");
        assertEquals(1, t.shapePages(P, "beranda"), "a text key is not a shape key");
    }

    @Test
    void portalPages() {
        CountTable t = new CountTable(new long[0], new int[0], Map.of(P, 12, "kosong.id", 0));
        assertEquals(12, t.portalPages(P));
        assertEquals(1, t.portalPages("lain.com"), "unknown portal counts as one page");
        assertEquals(1, t.portalPages("kosong.id"), "never less than one");
        assertEquals(12, new CountTable(new long[] {StatKeys.portalKey(P)}, new int[] {12}).portalPages(P),
                "portal sizes are portal keys of the table");
    }

    @Test
    void lengthMismatchIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new CountTable(new long[] {1, 2}, new int[] {3}, Map.of()));
    }

    @Test
    void inputArraysAreCopied() {
        long[] keys = {StatKeys.textKey(P, "beranda")};
        int[] counts = {4};
        CountTable t = new CountTable(keys, counts, Map.of());
        counts[0] = 99;
        keys[0] = 0;
        assertEquals(4, t.textPages(P, "beranda"));
    }

    @Test
    void holdsManyKeysIncludingZero() {
        int n = 100_000;
        long[] keys = new long[n];
        int[] counts = new int[n];
        java.util.Random random = new java.util.Random(3);
        for (int i = 0; i < n; i++) {
            keys[i] = i == 0 ? 0L : random.nextLong();
            counts[i] = 2 + i % 50;
        }
        CountTable table = new CountTable(keys, counts, java.util.Map.of("p", 100));
        assertEquals(n + 1, table.size(), "the keys and the portal");
        for (int i = 0; i < n; i += 997) {
            assertEquals(counts[i], table.keyPages(keys[i]));
        }
        assertEquals(1, table.keyPages(42L), "an absent key counts one page");
    }

    @Test
    void aPageOutsideTheSampleAddsItselfToEveryCount() {
        PageSample half = new PageSample(0.5);
        String inside = null;
        String outside = null;
        for (int i = 0; inside == null || outside == null; i++) {
            String source = "/d/" + i + ".txt";
            if (half.contains(source)) {
                inside = source;
            } else {
                outside = source;
            }
        }
        long menu = StatKeys.textKey(P, "beranda");
        long once = StatKeys.textKey(P, "berita sekali");
        CountTable t = new CountTable(new long[] {menu, StatKeys.portalKey(P)}, new int[] {10, 10}, half);
        assertEquals(half, t.sample());

        CorpusStats in = t.forPage(inside);
        assertSame(t, in, "the counts hold a page of the sample already");
        assertEquals(10, in.portalPages(P));
        assertEquals(10, in.keyPages(menu));
        assertEquals(1, in.keyPages(once));

        CorpusStats out = t.forPage(outside);
        assertEquals(11, out.portalPages(P));
        assertEquals(11, out.keyPages(menu));
        assertEquals(1, out.keyPages(once));
        assertEquals(1, out.portalPages("tidak.ada"), "a portal the sample never saw: the page alone");
        assertEquals(1.0, FeatureExtractor.repeatShare(out.keyPages(menu), out.portalPages(P)), 1e-12,
                "on every sampled page, as for a page of the sample");
        assertEquals(0.0, FeatureExtractor.repeatShare(out.keyPages(once), out.portalPages(P)), 1e-12);
    }

    @Test
    void aTableOfEveryPageIsTheSameForAllPages() {
        CountTable t = new CountTable(new long[] {StatKeys.portalKey(P)}, new int[] {3});
        assertSame(t, t.forPage("/d/1.txt"));
        assertSame(CorpusStats.NONE, CorpusStats.NONE.forPage("/d/1.txt"));
    }

    @Test
    void ofCountersTakesEveryKeyOfEachPart() {
        KeyCounter first = new KeyCounter();
        first.add(StatKeys.textKey(P, "beranda"), 5);
        first.add(StatKeys.portalKey(P), 9);
        KeyCounter second = new KeyCounter();
        second.add(StatKeys.textKey(P, "kontak kami"), 3);
        PageSample sample = new PageSample(0.5);
        CountTable t = CountTable.of(java.util.List.of(first, second, new KeyCounter()), sample);
        assertEquals(3, t.size());
        assertEquals(5, t.textPages(P, "beranda"));
        assertEquals(3, t.textPages(P, "kontak kami"));
        assertEquals(9, t.portalPages(P));
        assertSame(sample, t.sample());
    }
}
