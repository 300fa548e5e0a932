package io.sarikata.features;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PageSampleTest {

    private static String source(int i) {
        return "/dumps/portal-" + (i % 7) + "/" + String.format("%07d_%08x.txt", i, i * 2654435761L);
    }

    @Test
    void takesAboutItsShareOfSources() {
        PageSample tenth = new PageSample(0.1);
        int n = 100_000;
        int chosen = 0;
        for (int i = 0; i < n; i++) {
            chosen += tenth.contains(source(i)) ? 1 : 0;
        }
        assertEquals(0.1, chosen / (double) n, 0.005, "chosen " + chosen + " of " + n);
    }

    @Test
    void aSmallerShareIsASubsetOfALargerOne() {
        PageSample small = new PageSample(0.05);
        PageSample large = new PageSample(0.2);
        for (int i = 0; i < 20_000; i++) {
            if (small.contains(source(i))) {
                assertTrue(large.contains(source(i)), source(i));
            }
        }
    }

    @Test
    void theChoiceDependsOnTheSourceOnly() {
        PageSample a = new PageSample(0.3);
        PageSample b = new PageSample(0.3);
        for (int i = 0; i < 1000; i++) {
            assertEquals(a.contains(source(i)), b.contains(source(i)));
        }
    }

    @Test
    void allTakesEveryPage() {
        assertTrue(PageSample.ALL.isAll());
        for (int i = 0; i < 1000; i++) {
            assertTrue(PageSample.ALL.contains(source(i)));
        }
    }

    @Test
    void sizedByBytes() {
        assertSame(PageSample.ALL, PageSample.ofBytes(100, 100));
        assertSame(PageSample.ALL, PageSample.ofBytes(100, 0));
        assertEquals(0.25, PageSample.ofBytes(100, 400).share(), 1e-12);
        assertFalse(PageSample.ofBytes(100, 400).isAll());
    }

    @Test
    void refusesSharesOutsideZeroToOne() {
        assertThrows(IllegalArgumentException.class, () -> new PageSample(0));
        assertThrows(IllegalArgumentException.class, () -> new PageSample(1.5));
        assertThrows(IllegalArgumentException.class, () -> new PageSample(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> PageSample.ofBytes(0, 10));
    }
}
