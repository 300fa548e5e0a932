package io.sarikata.model;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class LayerRowsTest {

    @Test
    void keepsRowsInOrderAndGrowsPastTheExpectedCount() {
        LayerRows rows = new LayerRows(2, 1);
        for (int i = 0; i < 40; i++) {
            rows.add(new double[]{i, -i}, i % 3 == 0, 0.5 + i);
        }
        assertEquals(40, rows.size());
        assertEquals(2, rows.width());
        assertArrayEquals(new double[]{39, -39}, java.util.Arrays.copyOfRange(rows.features(), 78, 80));
        assertEquals(1, rows.labels()[39]);
        assertEquals(0, rows.labels()[38]);
        assertEquals(38.5, rows.weights()[38]);
    }

    @Test
    void refusesARowOfAnotherWidth() {
        LayerRows rows = new LayerRows(3, 4);
        assertThrows(IllegalArgumentException.class, () -> rows.add(new double[]{1, 2}, true, 1));
        assertThrows(IllegalArgumentException.class, () -> new LayerRows(0, 4));
    }
}
