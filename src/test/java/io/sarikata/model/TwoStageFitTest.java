package io.sarikata.model;

import io.sarikata.features.CorpusStats;
import io.sarikata.features.FeatureExtractor;
import io.sarikata.features.Stoplist;
import io.sarikata.segment.Block;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TwoStageFitTest {

    private static final String PROSE = "Warga desa itu menanam padi di sawah yang luas dan menunggu hujan turun sejak pagi tadi.";
    private static final GradientBoosting.Settings SMALL = new GradientBoosting.Settings(30, 3, 0.3, 1.0, 0.1, 1.0, 32, 1L);

    /** A page: a menu, prose paragraphs, a short subheading inside them, and a list of links after. */
    private static TrainingPage page(String portal, int variant) {
        List<Block> blocks = new ArrayList<>();
        List<Label> labels = new ArrayList<>();
        String[] nav = {"Beranda", "Berita", "Olahraga"};
        for (String n : nav) {
            labels.add(Label.NAV);
            blocks.add(new Block(blocks.size(), blocks.size() + 1, blocks.size() + 1, n, Double.NaN));
        }
        for (int i = 0; i < 4 + variant % 3; i++) {
            labels.add(Label.BODY);
            blocks.add(new Block(blocks.size(), blocks.size() + 1, blocks.size() + 1, PROSE + " Paragraf " + i + ".", Double.NaN));
            if (i == 1) {
                labels.add(Label.BODY);
                blocks.add(new Block(blocks.size(), blocks.size() + 1, blocks.size() + 1, "Hasil Panen", Double.NaN));
            }
        }
        for (String n : new String[] {"Harga Cabai Naik Lagi", "Jalan Rusak Diperbaiki", "Kontak"}) {
            labels.add(Label.NAV);
            blocks.add(new Block(blocks.size(), blocks.size() + 1, blocks.size() + 1, n, Double.NaN));
        }
        double[][] rows = new FeatureExtractor(new Stoplist(List.of("di", "dan", "yang", "itu"))).extract(blocks, portal, CorpusStats.NONE);
        return new TrainingPage(portal, rows, labels.toArray(new Label[0]), "gold");
    }

    @Test
    void bothStagesLearnAndTheSecondPlacesShortLinesByTheirNeighbours() {
        List<TrainingPage> pages = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            pages.add(page("portal" + i % 4, i));
        }
        TwoStageFit.Stages stages = TwoStageFit.fit(pages, SMALL);
        assertEquals(FeatureExtractor.NAMES, stages.block().features());
        assertEquals(SequenceFeatures.NAMES, stages.sequence().features());
        TrainingPage probe = page("unseen", 1);
        double[] first = PageLabeler.blockLogits(stages.block(), probe.rows());
        double[][] second = SequenceFeatures.of(first, probe.rows());
        for (int i = 0; i < probe.labels().length; i++) {
            boolean body = stages.sequence().logit(second[i]) >= 0;
            assertEquals(probe.labels()[i] == Label.BODY, body, "block " + i);
        }
        int subheading = 5;
        assertEquals(Label.BODY, probe.labels()[subheading]);
        assertTrue(stages.sequence().logit(second[subheading]) > 0);
    }

    @Test
    void foldsFollowPortalsOrPagePairs() {
        TrainingPage a = page("a", 0);
        assertEquals(TwoStageFit.fold(a, 0, true), TwoStageFit.fold(a, 7, true));
        assertEquals(0, TwoStageFit.fold(a, 0, false));
        assertEquals(0, TwoStageFit.fold(a, 1, false), "a page and its copy without statistics share a fold");
        assertEquals(1, TwoStageFit.fold(a, 2, false));
    }
}
