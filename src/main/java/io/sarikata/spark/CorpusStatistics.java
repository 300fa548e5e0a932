package io.sarikata.spark;

import io.sarikata.features.CountTable;
import io.sarikata.features.StatKeys;
import io.sarikata.segment.Page;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts, per portal, the pages that contain each normalised block and each block shape, with a shuffle
 * rather than on the driver. Only keys on two or more pages come back to the driver (templates repeat;
 * prose does not), at most {@code maxKeys} of them, the most repeated first, so tasks can hold the table.
 * The full counts stay distributed: a snapshot stores them so that the next incremental run adds to them.
 */
public final class CorpusStatistics {

    private CorpusStatistics() {
    }

    /**
     * Counts carried over from an earlier run: every key's pages (portal sizes included, as portal keys), and
     * pages per portal by name for the record.
     */
    public record Prior(JavaPairRDD<Long, Integer> keyPages, Map<String, Long> pagesByPortal) {
    }

    /**
     * @param keyPages all keys with their page counts (persisted; the caller may write them)
     */
    public record Result(CountTable table, long repeatedKeys, boolean truncated, JavaPairRDD<Long, Integer> keyPages) {
    }

    /** Reads {@code pages} once: a page's portal is one of its keys, so no separate count of portals is needed. */
    public static Result count(JavaRDD<Page> pages, Prior prior, int maxKeys) {
        JavaPairRDD<Long, Integer> keyPages = pages
                .flatMapToPair(p -> Arrays.stream(StatKeys.pageKeys(p.portal(), p.blockTexts()))
                        .mapToObj(k -> new Tuple2<>(k, 1)).iterator());
        if (prior != null) {
            keyPages = keyPages.union(prior.keyPages());
        }
        keyPages = keyPages.reduceByKey(Integer::sum).persist(StorageLevel.MEMORY_AND_DISK_SER());
        JavaPairRDD<Long, Integer> repeated = keyPages.filter(t -> t._2() >= 2);
        long repeatedKeys = repeated.count();
        int threshold = repeatedKeys <= maxKeys ? 2 : threshold(repeated.map(Tuple2::_2).countByValue(), maxKeys);
        JavaPairRDD<Long, Integer> kept = repeated.filter(t -> t._2() >= threshold);
        // Streamed partition by partition into primitive arrays: the driver never holds boxed pairs for all keys.
        int size = Math.toIntExact(kept.count());
        long[] keys = new long[size];
        int[] counts = new int[size];
        Iterator<Tuple2<Long, Integer>> it = kept.toLocalIterator();
        for (int i = 0; i < size && it.hasNext(); i++) {
            Tuple2<Long, Integer> t = it.next();
            keys[i] = t._1();
            counts[i] = t._2();
        }
        return new Result(new CountTable(keys, counts), repeatedKeys, repeatedKeys > maxKeys, keyPages);
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
