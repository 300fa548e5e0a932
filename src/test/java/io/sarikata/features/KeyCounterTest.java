package io.sarikata.features;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KeyCounterTest {

    @Test
    void countsLikeAHashMapThroughManyGrowths() {
        Random random = new Random(7);
        KeyCounter counter = new KeyCounter(1);
        Map<Long, Integer> expected = new HashMap<>();
        for (int i = 0; i < 200_000; i++) {
            long key = i % 3 == 0 ? random.nextInt(1000) : random.nextLong(); // repeats and uniques, 0 included
            int count = 1 + random.nextInt(3);
            counter.add(key, count);
            expected.merge(key, count, Integer::sum);
        }
        assertEquals(expected.size(), counter.size());
        expected.forEach((key, count) -> assertEquals(count, counter.get(key)));
        Map<Long, Integer> seen = new HashMap<>();
        counter.forEach((key, count) -> assertEquals(null, seen.put(key, count), "each key once"));
        assertEquals(expected, seen);
        assertEquals(0, counter.get(123_456_789_012L));
    }

    @Test
    void mergesAndFilters() {
        KeyCounter a = new KeyCounter();
        a.add(1, 1);
        a.add(2, 5);
        KeyCounter b = new KeyCounter();
        b.add(1, 1);
        b.add(3, 1);
        a.addAll(b);
        assertEquals(2, a.get(1));
        assertEquals(2, a.countAtLeast(2));
        KeyCounter repeated = a.atLeast(2);
        assertEquals(2, repeated.size());
        assertEquals(0, repeated.get(3));
        assertEquals(5, repeated.get(2));
    }

    @Test
    void survivesJavaSerialization() throws Exception {
        KeyCounter counter = new KeyCounter();
        counter.add(-5, 3);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(counter);
        }
        KeyCounter copy = (KeyCounter) new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray())).readObject();
        assertEquals(3, copy.get(-5));
    }

    @Test
    void partitionsAreStableAndInRange() {
        for (long key : new long[] {Long.MIN_VALUE, -1, 0, 1, Long.MAX_VALUE}) {
            int p = KeyCounter.partition(key, 7);
            assertTrue(p >= 0 && p < 7);
            assertEquals(p, KeyCounter.partition(key, 7));
        }
    }
}
