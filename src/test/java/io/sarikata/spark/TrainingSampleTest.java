package io.sarikata.spark;

import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TrainingSampleTest {

    @Test
    void takesEveryPageWhenTheCorpusIsSmall() {
        assertTrue(IntStream.range(0, 1000).allMatch(i -> TrainJob.isTrainingPage("/d/p" + i + ".txt", Set.of(), 1.0)));
    }

    @Test
    void takesAboutTheShareAskedTheSameOnEveryRun() {
        long taken = IntStream.range(0, 100_000).filter(i -> TrainJob.isTrainingPage("/d/p" + i + ".txt", Set.of(), 0.05)).count();
        assertEquals(5000, taken, 300);
        long again = IntStream.range(0, 100_000).filter(i -> TrainJob.isTrainingPage("/d/p" + i + ".txt", Set.of(), 0.05)).count();
        assertEquals(taken, again);
    }

    @Test
    void alwaysTakesGoldPagesInFilesAndBundles() {
        Set<String> gold = Set.of("004_2afa", "berita");
        assertTrue(TrainJob.isTrainingPage("/d/portal/004_2afa.txt", gold, 0.0));
        assertTrue(TrainJob.isTrainingPage("/d/bundle.tgz!kabar/berita.txt", gold, 0.0));
        assertEquals(false, TrainJob.isTrainingPage("/d/portal/lain.txt", gold, 0.0));
    }
}
