package io.sarikata.statistics;

import io.sarikata.features.Stoplist;
import io.sarikata.features.StoplistLearner;
import io.sarikata.segment.Page;
import org.apache.spark.api.java.JavaRDD;
import scala.Tuple2;

import java.io.Serializable;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Learns the stoplist: words in the most long prose blocks of the corpus. */
public final class StoplistLearning {

    private StoplistLearning() {
    }

    public static Stoplist learn(JavaRDD<Page> pages, int size) {
        List<Tuple2<String, Integer>> top = pages
                .mapPartitionsToPair(it -> {
                    // Counted per task first: words repeat endlessly, so only distinct words are shuffled.
                    Map<String, Integer> counts = new HashMap<>();
                    it.forEachRemaining(p -> p.blocks().forEach(b -> StoplistLearner.proseWords(b.text())
                            .forEach(w -> counts.merge(w, 1, Integer::sum))));
                    return counts.entrySet().stream().map(e -> new Tuple2<>(e.getKey(), e.getValue())).iterator();
                })
                .reduceByKey(Integer::sum)
                .top(size, new ByFrequency());
        return StoplistLearner.fromRanked(top.stream().map(Tuple2::_1).toList(), size);
    }

    /** Most frequent first; ties broken by the word so the list is stable. */
    static final class ByFrequency implements Comparator<Tuple2<String, Integer>>, Serializable {
        @Override
        public int compare(Tuple2<String, Integer> a, Tuple2<String, Integer> b) {
            int c = Integer.compare(a._2(), b._2());
            return c != 0 ? c : b._1().compareTo(a._1());
        }
    }
}
