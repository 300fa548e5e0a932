package io.sarikata.jobs;

import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TrainingSampleTest {

    @Test
    void takesEveryPageWhenTheCorpusIsSmall() {
        Corpus.PageChoice choice = TrainJob.trainingChoice(Set.of(), 1000, 5000);
        assertTrue(IntStream.range(0, 1000).allMatch(i -> choice.chosen("/d/p" + i + ".txt")));
    }

    @Test
    void takesAboutTheNumberAskedTheSameOnEveryRun() {
        Corpus.PageChoice choice = TrainJob.trainingChoice(Set.of(), 100_000, 5000);
        long taken = IntStream.range(0, 100_000).filter(i -> choice.chosen("/d/p" + i + ".txt")).count();
        assertEquals(5000, taken, 300);
        Corpus.PageChoice again = TrainJob.trainingChoice(Set.of(), 100_000, 5000);
        assertEquals(taken, IntStream.range(0, 100_000).filter(i -> again.chosen("/d/p" + i + ".txt")).count());
    }

    @Test
    void alwaysTakesGoldPagesInFilesAndBundles() {
        Corpus.PageChoice choice = TrainJob.trainingChoice(Set.of("004_2afa", "berita"), 1L << 40, 1);
        assertTrue(choice.chosen("/d/portal/004_2afa.txt"));
        assertTrue(choice.chosen("/d/bundle.tgz!kabar/berita.txt"));
        assertFalse(choice.chosen("/d/portal/lain.txt"));
    }
}
