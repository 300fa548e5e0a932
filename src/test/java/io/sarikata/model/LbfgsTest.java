package io.sarikata.model;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LbfgsTest {

    private static final Lbfgs.Objective SCALED_BOWL = (x, g) -> {
        double value = 0;
        for (int i = 0; i < x.length; i++) {
            double scale = i + 1;
            double dx = x[i] - (i - 2.5);
            value += scale * dx * dx;
            g[i] = 2 * scale * dx;
        }
        return value;
    };

    private static final Lbfgs.Objective ROSENBROCK = (x, g) -> {
        double a = 1 - x[0];
        double b = x[1] - x[0] * x[0];
        g[0] = -2 * a - 400 * x[0] * b;
        g[1] = 200 * b;
        return a * a + 100 * b * b;
    };

    @Test
    void findsTheMinimumOfABowlWithUnequalCurvatures() {
        Lbfgs.Result result = new Lbfgs(200, 10, 1e-12).minimise(SCALED_BOWL, new double[6]);
        for (int i = 0; i < 6; i++) {
            assertEquals(i - 2.5, result.x()[i], 1e-6);
        }
        assertTrue(result.iterations() > 0 && result.iterations() < 50, "iterations " + result.iterations());
    }

    @Test
    void followsRosenbrocksValleyToItsMinimum() {
        Lbfgs.Result result = new Lbfgs(500, 10, 1e-14).minimise(ROSENBROCK, new double[]{-1.2, 1});
        assertEquals(1, result.x()[0], 1e-4);
        assertEquals(1, result.x()[1], 1e-4);
        assertEquals(0, result.value(), 1e-8);
    }

    @Test
    void stopsAtTheIterationLimit() {
        Lbfgs.Result result = new Lbfgs(3, 10, 1e-14).minimise(ROSENBROCK, new double[]{-1.2, 1});
        assertEquals(3, result.iterations());
        assertTrue(result.value() < 24.2 && result.value() > 1e-3, "value " + result.value());
    }

    @Test
    void takesNoStepFromTheMinimum() {
        double[] start = {-2.5, -1.5, -0.5, 0.5, 1.5, 2.5};
        Lbfgs.Result result = new Lbfgs(200, 10, 1e-6).minimise(SCALED_BOWL, start);
        assertEquals(0, result.iterations());
        assertEquals(0, result.value());
    }

    @Test
    void aLooseToleranceStopsEarlierAtAValueFarFromZero() {
        Lbfgs.Objective raised = (x, g) -> 100 + ROSENBROCK.valueAndGradient(x, g);
        Lbfgs.Result loose = new Lbfgs(500, 10, 1e-2).minimise(raised, new double[]{-1.2, 1});
        Lbfgs.Result tight = new Lbfgs(500, 10, 1e-12).minimise(raised, new double[]{-1.2, 1});
        assertTrue(loose.iterations() < tight.iterations(),
                loose.iterations() + " iterations at 1e-2, " + tight.iterations() + " at 1e-12");
        assertEquals(100, tight.value(), 1e-9);
    }
}
