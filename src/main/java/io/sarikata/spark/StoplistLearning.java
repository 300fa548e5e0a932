package io.sarikata.spark;

import io.sarikata.features.Stoplist;
import io.sarikata.features.StoplistLearner;
import io.sarikata.segment.Block;
import io.sarikata.segment.Page;
import org.apache.spark.api.java.JavaRDD;
import scala.Tuple2;

import java.io.Serializable;
import java.util.Comparator;
import java.util.List;

/** Learns the stoplist: words in the most long prose blocks of the corpus. */
public final class StoplistLearning {

    private StoplistLearning() {
    }

    public static Stoplist learn(JavaRDD<Page> pages, int size) {
        List<Tuple2<String, Integer>> top = pages
                .flatMap(p -> p.blocks().stream().map(Block::text).map(StoplistLearner::proseWords).iterator())
                .flatMapToPair(words -> words.stream().map(w -> new Tuple2<>(w, 1)).iterator())
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
