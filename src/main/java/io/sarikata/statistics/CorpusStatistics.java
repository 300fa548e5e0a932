package io.sarikata.statistics;

import io.sarikata.features.CountTable;
import io.sarikata.features.KeyCounter;
import io.sarikata.features.PageSample;
import io.sarikata.features.StatKeys;
import io.sarikata.segment.Page;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;
import scala.Tuple2;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts, per portal, the pages that contain each normalised block and each block shape, and the pages of
 * each portal (as a key too), with a shuffle rather than on the driver. Tasks combine their counts in
 * primitive {@link KeyCounter}s, one batch per target partition. Only keys on two or more pages come back to
 * the driver (templates repeat; prose does not), at most {@code maxKeys} of them, the most repeated first, so
 * tasks can hold the table. The full counts stay distributed: a snapshot stores them so that the next
 * incremental run adds to them.
 */
public final class CorpusStatistics {

    private CorpusStatistics() {
    }

    /**
     * Counts carried over from an earlier run: every block and shape key's pages (rows of {@code key},
     * {@code pages}), and counted pages per portal by name, all counted on {@code sample}. Portal sizes are
     * stored by name only, and become portal keys again here.
     */
    public record Prior(java.util.function.Supplier<Dataset<Row>> keyPages, Map<String, Long> pagesByPortal, PageSample sample) {
    }

    /**
     * @param countedPages the pages counted in this run
     * @param keyCounts    all keys with their page counts, one counter per partition (persisted; the caller
     *                     may write them, then unpersist)
     */
    public record Result(CountTable table, long countedPages, long repeatedKeys, boolean truncated,
                         JavaRDD<KeyCounter> keyCounts) {
    }

    /**
     * Reads {@code pages} once: a page's portal is one of its keys, so no separate count of portals is needed.
     * The pages are those of {@code sample} (and {@code prior} was counted on the same sample).
     */
    public static Result count(JavaRDD<Page> pages, Prior prior, int maxKeys, PageSample sample) {
        if (prior != null && !prior.sample().equals(sample)) {
            throw new IllegalArgumentException("counts on " + sample + " cannot add to counts on " + prior.sample());
        }
        int partitions = Math.max(1, pages.getNumPartitions());
        LongAccumulator counted = pages.context().longAccumulator("pages counted");
        JavaPairRDD<Integer, KeyCounter> partial = pages.mapPartitionsToPair(it -> {
            KeyCounter[] batches = new KeyCounter[partitions];
            while (it.hasNext()) {
                Page p = it.next();
                counted.add(1);
                for (long key : StatKeys.pageKeys(p.portal(), p.blockTexts())) {
                    batch(batches, key).add(key, 1);
                }
            }
            return batches(batches);
        });
        if (prior != null) {
            partial = partial.union(prior.keyPages().get().javaRDD().mapPartitionsToPair(rows -> {
                KeyCounter[] batches = new KeyCounter[partitions];
                while (rows.hasNext()) {
                    Row r = rows.next();
                    batch(batches, r.getLong(0)).add(r.getLong(0), r.getInt(1));
                }
                return batches(batches);
            }));
            KeyCounter[] portals = new KeyCounter[partitions];
            prior.pagesByPortal().forEach((portal, n) -> {
                long key = StatKeys.portalKey(portal);
                batch(portals, key).add(key, Math.toIntExact(n));
            });
            List<Tuple2<Integer, KeyCounter>> portalBatches = new ArrayList<>();
            batches(portals).forEachRemaining(portalBatches::add);
            partial = partial.union(JavaSparkContext.fromSparkContext(pages.context()).parallelizePairs(portalBatches, 1));
        }
        JavaRDD<KeyCounter> keyCounts = partial.reduceByKey(KeyCounter::addAll, partitions).values()
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        long repeatedKeys = keyCounts.map(c -> c.countAtLeast(2)).fold(0L, Long::sum);
        int threshold = repeatedKeys <= maxKeys ? 2 : threshold(keyCounts.map(CorpusStatistics::histogram)
                .fold(new HashMap<>(), CorpusStatistics::merge), maxKeys);
        // Bounded by maxKeys: the driver takes the kept keys as primitive arrays, never one object per key.
        List<KeyCounter> kept = keyCounts.map(c -> c.atLeast(threshold)).collect();
        return new Result(CountTable.of(kept, sample), counted.value(), repeatedKeys, repeatedKeys > maxKeys,
                keyCounts);
    }

    private static KeyCounter batch(KeyCounter[] batches, long key) {
        int target = KeyCounter.partition(key, batches.length);
        if (batches[target] == null) {
            batches[target] = new KeyCounter(1024);
        }
        return batches[target];
    }

    private static Iterator<Tuple2<Integer, KeyCounter>> batches(KeyCounter[] batches) {
        List<Tuple2<Integer, KeyCounter>> out = new ArrayList<>();
        for (int i = 0; i < batches.length; i++) {
            if (batches[i] != null) {
                out.add(new Tuple2<>(i, batches[i]));
            }
        }
        return out.iterator();
    }

    /** Repeated keys by their page count. */
    private static Map<Integer, Long> histogram(KeyCounter counter) {
        Map<Integer, Long> byCount = new HashMap<>();
        counter.forEach((key, count) -> {
            if (count >= 2) {
                byCount.merge(count, 1L, Long::sum);
            }
        });
        return byCount;
    }

    private static Map<Integer, Long> merge(Map<Integer, Long> a, Map<Integer, Long> b) {
        Map<Integer, Long> sum = new HashMap<>(a);
        b.forEach((count, keys) -> sum.merge(count, keys, Long::sum));
        return sum;
    }

    /**
     * The smallest page count whose keys (with that count or more) number at most {@code maxKeys}: when the
     * table must be cut, the most repeated blocks are the ones to keep, and the cut is the same on every run.
     */
    static int threshold(Map<Integer, Long> keysByCount, int maxKeys) {
        TreeMap<Integer, Long> byCount = new TreeMap<>(keysByCount);
        long kept = 0;
        int threshold = byCount.isEmpty() ? 2 : byCount.lastKey() + 1;
        for (Map.Entry<Integer, Long> e : byCount.descendingMap().entrySet()) {
            if (kept + e.getValue() > maxKeys) {
                break;
            }
            kept += e.getValue();
            threshold = e.getKey();
        }
        return threshold;
    }
}
