package io.sarikata.model;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LinearLayerTest {

    private static final List<String> ABC = List.of("a", "b", "c");

    @Test
    void logitIsInterceptPlusWeightedSum() {
        LinearLayer layer = new LinearLayer(ABC, new double[] {2, -3, 0.5}, 0.25);
        assertEquals(0.25 + 2 * 1 - 3 * 2 + 0.5 * 4, layer.logit(new double[] {1, 2, 4}), 1e-12);
        assertEquals(0.25, layer.logit(new double[] {0, 0, 0}));
    }

    @Test
    void sigmoid() {
        assertEquals(0.5, LinearLayer.sigmoid(0));
        assertEquals(1 / (1 + Math.exp(-2)), LinearLayer.sigmoid(2), 1e-15);
        assertEquals(1.0, LinearLayer.sigmoid(3) + LinearLayer.sigmoid(-3), 1e-15);
        assertTrue(LinearLayer.sigmoid(40) <= 1.0 && LinearLayer.sigmoid(40) > 0.999999);
        assertTrue(LinearLayer.sigmoid(-40) >= 0.0 && LinearLayer.sigmoid(-40) < 1e-6);
    }

    @Test
    void strongestFeaturePicksTheBiggestPushInTheGivenDirection() {
        LinearLayer layer = new LinearLayer(ABC, new double[] {2, -3, 1}, 0);
        assertEquals("a", layer.strongestFeature(new double[] {1, 1, 1}, true));
        assertEquals("b", layer.strongestFeature(new double[] {1, 1, 1}, false));
        assertEquals("c", layer.strongestFeature(new double[] {1, 1, 5}, true), "value times weight, not weight alone");
        assertEquals("a", layer.strongestFeature(new double[] {-1, 0, 0}, false), "a negative value turns a positive weight");
    }

    @Test
    void withoutAnyPushTheInterceptDecides() {
        LinearLayer layer = new LinearLayer(ABC, new double[] {2, -3, 1}, 5);
        assertEquals("intercept", layer.strongestFeature(new double[] {0, 0, 0}, true));
        assertEquals("intercept", layer.strongestFeature(new double[] {1, 0, 1}, false));
    }

    @Test
    void rejectsNonFiniteWeights() {
        InvalidModelException e = assertThrows(InvalidModelException.class,
                () -> new LinearLayer(ABC, new double[] {1, Double.NaN, 1}, 0));
        assertTrue(e.getMessage().contains("not a finite number"), e.getMessage());
        assertThrows(InvalidModelException.class, () -> new LinearLayer(ABC, new double[] {1, Double.POSITIVE_INFINITY, 1}, 0));
        assertThrows(InvalidModelException.class, () -> new LinearLayer(ABC, new double[] {1, 1, 1}, Double.NaN));
    }

    @Test
    void rejectsLengthMismatch() {
        InvalidModelException e = assertThrows(InvalidModelException.class,
                () -> new LinearLayer(ABC, new double[] {1, 2}, 0));
        assertEquals("layer has 3 features but 2 weights", e.getMessage());
    }

    @Test
    void featuresAreCopied() {
        List<String> names = new ArrayList<>(List.of("a", "b"));
        LinearLayer layer = new LinearLayer(names, new double[] {1, 2}, 0);
        names.set(0, "z");
        assertEquals(List.of("a", "b"), layer.features());
        assertThrows(UnsupportedOperationException.class, () -> layer.features().add("c"));
    }
}
