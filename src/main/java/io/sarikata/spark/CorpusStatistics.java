package io.sarikata.spark;

import io.sarikata.features.CountTable;
import io.sarikata.features.StatKeys;
import io.sarikata.segment.Page;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

import java.io.Serializable;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts, per portal, the pages that contain each normalised block and each block shape, with a shuffle
 * rather than on the driver. Only keys on two or more pages come back to the driver (templates repeat;
 * prose does not), at most {@code maxKeys} of them, most frequent first, so tasks can hold the table.
 * The full counts stay distributed: a snapshot stores them so that the next incremental run adds to them.
 */
public final class CorpusStatistics {

    private CorpusStatistics() {
    }

    /** Counts carried over from an earlier run: every key's pages, and pages per portal. */
    public record Prior(JavaPairRDD<Long, Integer> keyPages, Map<String, Long> pagesByPortal) {
    }

    /**
     * @param keyPages all keys with their page counts (persisted; the caller may write them)
     */
    public record Result(CountTable table, long repeatedKeys, boolean truncated, JavaPairRDD<Long, Integer> keyPages,
                         Map<String, Long> pagesByPortal) {
    }

    public static Result count(JavaRDD<Page> pages, Prior prior, int maxKeys) {
        Map<String, Long> pagesByPortal = new TreeMap<>(pages.map(Page::portal).countByValue());
        JavaPairRDD<Long, Integer> keyPages = pages
                .flatMapToPair(p -> StatKeys.pageKeys(p.portal(), p.blockTexts()).stream()
                        .map(k -> new Tuple2<>(k, 1)).iterator());
        if (prior != null) {
            keyPages = keyPages.union(prior.keyPages());
            prior.pagesByPortal().forEach((portal, n) -> pagesByPortal.merge(portal, n, Long::sum));
        }
        keyPages = keyPages.reduceByKey(Integer::sum).persist(StorageLevel.MEMORY_AND_DISK_SER());
        JavaPairRDD<Long, Integer> repeated = keyPages.filter(t -> t._2() >= 2);
        long repeatedKeys = repeated.count();
        List<Tuple2<Long, Integer>> kept = repeatedKeys <= maxKeys
                ? repeated.collect()
                : repeated.top(maxKeys, new ByCount());
        long[] keys = new long[kept.size()];
        int[] counts = new int[kept.size()];
        for (int i = 0; i < kept.size(); i++) {
            keys[i] = kept.get(i)._1();
            counts[i] = kept.get(i)._2();
        }
        Map<String, Integer> portals = new HashMap<>();
        pagesByPortal.forEach((portal, n) -> portals.put(portal, Math.toIntExact(n)));
        return new Result(new CountTable(keys, counts, portals), repeatedKeys, repeatedKeys > maxKeys, keyPages, pagesByPortal);
    }

    /** Orders by count, then key, so a truncated table is the same on every run. */
    static final class ByCount implements Comparator<Tuple2<Long, Integer>>, Serializable {
        @Override
        public int compare(Tuple2<Long, Integer> a, Tuple2<Long, Integer> b) {
            int c = Integer.compare(a._2(), b._2());
            return c != 0 ? c : Long.compare(b._1(), a._1());
        }
    }
}
