package io.sarikata.statistics;

import io.sarikata.features.PageSample;

import java.io.Serializable;

/**
 * How corpus statistics are counted.
 *
 * @param maxKeys     most repeated blocks and shapes the statistics keep for the tasks
 * @param sampleBytes input bytes the statistics are counted on at most: a larger corpus is counted on a
 *                    {@link PageSample} of about this size, so counting costs the same whatever its size
 */
public record StatisticsSettings(int maxKeys, long sampleBytes) implements Serializable {

    public static final int DEFAULT_MAX_KEYS = 2_000_000;
    public static final long DEFAULT_SAMPLE_MB = 100;
    public static final StatisticsSettings DEFAULTS = new StatisticsSettings(DEFAULT_MAX_KEYS, DEFAULT_SAMPLE_MB << 20);

    public StatisticsSettings {
        if (maxKeys < 1) {
            throw new IllegalArgumentException("the statistics must keep at least one key, not " + maxKeys);
        }
        if (sampleBytes < 1) {
            throw new IllegalArgumentException("the statistics sample needs a positive size, not " + sampleBytes + " bytes");
        }
    }

    /** The sample for a corpus of {@code bytes}: every page when it is no larger than the sample size. */
    public PageSample sampleFor(long bytes) {
        return PageSample.ofBytes(sampleBytes, bytes);
    }
}
