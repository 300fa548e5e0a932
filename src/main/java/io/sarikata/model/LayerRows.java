package io.sarikata.model;

import java.util.Arrays;

/**
 * The labelled rows one logistic layer is fitted on, held as three flat arrays (features row after row,
 * labels, weights): the fitter reads them dozens of times, and one array per row would be a quarter of a
 * million objects for a build's sample.
 */
public final class LayerRows {

    private final int width;
    private double[] features;
    private double[] labels;
    private double[] weights;
    private int size;

    /** @param expectedRows the number of rows the caller knows will come (the arrays still grow past it) */
    public LayerRows(int width, int expectedRows) {
        if (width < 1) {
            throw new IllegalArgumentException("a row needs at least one feature");
        }
        int capacity = Math.max(16, expectedRows);
        this.width = width;
        this.features = new double[Math.multiplyExact(capacity, width)];
        this.labels = new double[capacity];
        this.weights = new double[capacity];
    }

    public void add(double[] row, boolean body, double weight) {
        if (row.length != width) {
            throw new IllegalArgumentException("row has " + row.length + " features, the layer " + width);
        }
        if (size == labels.length) {
            int capacity = Math.multiplyExact(size, 2);
            features = Arrays.copyOf(features, Math.multiplyExact(capacity, width));
            labels = Arrays.copyOf(labels, capacity);
            weights = Arrays.copyOf(weights, capacity);
        }
        System.arraycopy(row, 0, features, size * width, width);
        labels[size] = body ? 1 : 0;
        weights[size] = weight;
        size++;
    }

    public int size() {
        return size;
    }

    public int width() {
        return width;
    }

    /** Row {@code i}'s features are at {@code [i * width, (i + 1) * width)}. */
    double[] features() {
        return features;
    }

    /** Whether the rows hold at least one body and one navigation row: a fit needs both. */
    public boolean hasBothLabels() {
        boolean body = false;
        boolean nav = false;
        for (int i = 0; i < size && !(body && nav); i++) {
            body |= labels[i] == 1;
            nav |= labels[i] == 0;
        }
        return body && nav;
    }

    /** 1 for body, 0 for navigation. */
    double[] labels() {
        return labels;
    }

    double[] weights() {
        return weights;
    }
}
