package io.sarikata.model;

import java.util.Arrays;

/**
 * Limited-memory BFGS (Nocedal and Wright, algorithm 7.4) with a backtracking Armijo line search, for smooth
 * convex objectives such as a regularised logistic loss, and with the stopping rules of Breeze's L-BFGS that
 * MLlib uses: a gradient small against the value, or a value that improved by less than the relative tolerance
 * over the last {@value #VALUE_HISTORY} iterations. Written out because Breeze's optimiser takes a Scala trait
 * that Java can neither implement nor proxy (two {@code apply} methods that differ only in return type).
 */
final class Lbfgs {

    /** A differentiable function of a vector. */
    @FunctionalInterface
    interface Objective {
        /** The value at {@code x}; writes the gradient there into {@code gradient}. */
        double valueAndGradient(double[] x, double[] gradient);
    }

    /** Where the optimiser stopped, its value there and the iterations it took. */
    record Result(double[] x, double value, int iterations) {
    }

    static final int VALUE_HISTORY = 10;
    private static final double ARMIJO = 1e-4;
    private static final int MAX_HALVINGS = 60;

    private final int maxIterations;
    private final int corrections;
    private final double tolerance;

    Lbfgs(int maxIterations, int corrections, double tolerance) {
        this.maxIterations = maxIterations;
        this.corrections = corrections;
        this.tolerance = tolerance;
    }

    Result minimise(Objective f, double[] start) {
        int n = start.length;
        double[] x = start.clone();
        double[] g = new double[n];
        double value = f.valueAndGradient(x, g);
        double[][] s = new double[corrections][];
        double[][] y = new double[corrections][];
        double[] rho = new double[corrections];
        int stored = 0;
        int newest = -1;
        double[] history = new double[VALUE_HISTORY];
        int iteration = 0;
        double[] nextX = new double[n];
        double[] nextG = new double[n];
        while (iteration < maxIterations && !gradientConverged(g, value)) {
            history[iteration % VALUE_HISTORY] = value;
            double[] direction = direction(g, s, y, rho, stored, newest);
            double slope = dot(g, direction);
            if (slope >= 0) { // not a descent direction: start the memory afresh along the gradient
                stored = 0;
                direction = scaled(g, -1);
                slope = -dot(g, g);
            }
            double step = stored == 0 ? Math.min(1, 1 / Math.sqrt(dot(g, g))) : 1;
            double nextValue = Double.NaN;
            boolean decreased = false;
            for (int halving = 0; halving < MAX_HALVINGS; halving++) {
                for (int i = 0; i < n; i++) {
                    nextX[i] = x[i] + step * direction[i];
                }
                nextValue = f.valueAndGradient(nextX, nextG);
                if (nextValue <= value + ARMIJO * step * slope) {
                    decreased = true;
                    break;
                }
                step /= 2;
            }
            if (!decreased) {
                break; // no step lowers the value: at the optimum within floating-point precision
            }
            double[] sk = new double[n];
            double[] yk = new double[n];
            for (int i = 0; i < n; i++) {
                sk[i] = nextX[i] - x[i];
                yk[i] = nextG[i] - g[i];
            }
            double curvature = dot(sk, yk);
            if (curvature > 1e-10 * Math.sqrt(dot(sk, sk) * dot(yk, yk))) {
                newest = (newest + 1) % corrections;
                s[newest] = sk;
                y[newest] = yk;
                rho[newest] = 1 / curvature;
                stored = Math.min(stored + 1, corrections);
            }
            System.arraycopy(nextX, 0, x, 0, n);
            System.arraycopy(nextG, 0, g, 0, n);
            double previousBest = max(history, Math.min(iteration + 1, VALUE_HISTORY));
            value = nextValue;
            iteration++;
            if (iteration >= 2 && (previousBest - value) / Math.max(Math.abs(value), 1e-6) <= tolerance) {
                break;
            }
        }
        return new Result(x, value, iteration);
    }

    private boolean gradientConverged(double[] g, double value) {
        return Math.sqrt(dot(g, g)) <= Math.max(tolerance * Math.abs(value), 1e-8);
    }

    /** The two-loop recursion: minus the inverse-Hessian estimate times the gradient. */
    private double[] direction(double[] g, double[][] s, double[][] y, double[] rho, int stored, int newest) {
        double[] q = g.clone();
        double[] alpha = new double[corrections];
        for (int k = 0; k < stored; k++) {
            int i = Math.floorMod(newest - k, corrections);
            alpha[i] = rho[i] * dot(s[i], q);
            axpy(-alpha[i], y[i], q);
        }
        if (stored > 0) {
            double gamma = dot(s[newest], y[newest]) / dot(y[newest], y[newest]);
            for (int j = 0; j < q.length; j++) {
                q[j] *= gamma;
            }
        }
        for (int k = stored - 1; k >= 0; k--) {
            int i = Math.floorMod(newest - k, corrections);
            double beta = rho[i] * dot(y[i], q);
            axpy(alpha[i] - beta, s[i], q);
        }
        return scaled(q, -1);
    }

    private static double max(double[] values, int count) {
        return Arrays.stream(values, 0, count).max().orElse(Double.NEGATIVE_INFINITY);
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    private static void axpy(double a, double[] x, double[] y) {
        for (int i = 0; i < x.length; i++) {
            y[i] += a * x[i];
        }
    }

    private static double[] scaled(double[] v, double factor) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = factor * v[i];
        }
        return out;
    }
}
