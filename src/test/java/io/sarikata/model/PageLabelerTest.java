package io.sarikata.model;

import io.sarikata.features.CorpusStats;
import io.sarikata.features.FeatureExtractor;
import io.sarikata.segment.Block;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PageLabelerTest {

    private static final String P = "suara.com";
    /** 10 words: block logit log1p(10) - 1.5 = 0.898. */
    private static final String TEN = "satu dua tiga empat lima enam tujuh delapan sembilan sepuluh.";
    /** 12 words: block logit log1p(12) - 1.5 = 1.065. */
    private static final String TWELVE = "satu dua tiga empat lima enam tujuh delapan sembilan sepuluh sebelas duabelas.";
    /** 1 word: block logit log1p(1) - 1.5 = -0.807. */
    private static final String ONE = "Tajuk";
    /** No letters: block logit log1p(1) - 10 - 1.5, clipped to -8 in the sequence step. */
    private static final String MARK = "\u2022";

    /** Longer blocks look like body, blocks without letters look strongly like navigation. */
    private static final LinearLayer BLOCK = ModelFixtures.blockLayer(Map.of("log_words", 1.0, "no_letters", -10.0), -1.5);
    /** A block's own score plus its two direct neighbours'. */
    private static final LinearLayer SEQUENCE =
            ModelFixtures.sequenceLayer(Map.of("logit_self", 1.0, "logit_prev", 1.0, "logit_next", 1.0), 0);

    private static List<Block> blocks(String... texts) {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            blocks.add(new Block(i, i + 1, i + 1, texts[i], Double.NaN));
        }
        return blocks;
    }

    private static PageLabeler labeler(double threshold) {
        return new PageLabeler(ModelFixtures.model(List.of(), BLOCK, SEQUENCE, threshold, Map.of()));
    }

    private static List<String> reasons(List<LabelledBlock> labelled) {
        return labelled.stream().map(LabelledBlock::reason).toList();
    }

    private static List<Label> labels(List<LabelledBlock> labelled) {
        return labelled.stream().map(LabelledBlock::label).toList();
    }

    @Test
    void aLoneMarkerPullsItsNeighboursIntoNavigation() {
        List<LabelledBlock> out = labeler(0.5).label(blocks(TEN, MARK, TWELVE), P, CorpusStats.NONE);
        // TEN: 0.898 - 8 < 0 -> nav against its own block score; MARK: nav; TWELVE: 1.065 - 8 < 0 -> nav.
        assertEquals(List.of(Label.NAV, Label.NAV, Label.NAV), labels(out));
        assertEquals("block:no_letters", out.get(1).reason());
        assertEquals("sequence:logit_next", out.get(0).reason());
        assertEquals("sequence:logit_prev", out.get(2).reason());
    }

    @Test
    void neighboursCanCarryAShortBlockIntoTheBody() {
        List<LabelledBlock> out = labeler(0.5).label(blocks(TEN, ONE, TWELVE), P, CorpusStats.NONE);
        // TEN: 0.898 - 0.807 > 0; ONE: -0.807 + 0.898 + 1.065 > 0; TWELVE: 1.065 - 0.807 > 0.
        assertEquals(List.of(Label.BODY, Label.BODY, Label.BODY), labels(out));
        assertEquals(List.of("block:log_words", "sequence:logit_next", "block:log_words"), reasons(out));
    }

    @Test
    void scoreIsTheSequenceProbabilityAndTheThresholdDecides() {
        List<Block> page = blocks(TEN, ONE, TWELVE, MARK, ONE);
        FeatureExtractor extractor = new FeatureExtractor(new io.sarikata.features.Stoplist(List.of()));
        double[][] features = extractor.extract(page, P, CorpusStats.NONE);
        double[] logits = new double[page.size()];
        for (int i = 0; i < logits.length; i++) {
            logits[i] = BLOCK.logit(features[i]);
        }
        double[][] sequence = SequenceFeatures.of(logits, features);
        for (double threshold : new double[] {0.3, 0.5, 0.7, 0.9}) {
            List<LabelledBlock> out = labeler(threshold).label(page, P, CorpusStats.NONE);
            assertEquals(page.size(), out.size());
            for (int i = 0; i < out.size(); i++) {
                LabelledBlock b = out.get(i);
                assertSame(page.get(i), b.block());
                assertEquals(LinearLayer.sigmoid(SEQUENCE.logit(sequence[i])), b.score(), 1e-12);
                assertTrue(b.score() >= 0 && b.score() <= 1);
                assertEquals(b.score() >= threshold ? Label.BODY : Label.NAV, b.label(), "threshold " + threshold);
            }
        }
        // Scores of the first block: sigmoid(0.091) = 0.523 -> body at 0.5 but nav at 0.7.
        assertEquals(Label.BODY, labeler(0.5).label(page, P, CorpusStats.NONE).get(0).label());
        assertEquals(Label.NAV, labeler(0.7).label(page, P, CorpusStats.NONE).get(0).label());
    }

    @Test
    void reasonsNameAFeatureOfTheLayerThatDecided() {
        List<Block> page = blocks("Beranda", "|", TEN, ONE, TWELVE, MARK, ONE, "Kontak Kami", TEN);
        for (double threshold : new double[] {0.2, 0.5, 0.8}) {
            for (LabelledBlock b : labeler(threshold).label(page, P, CorpusStats.NONE)) {
                String reason = b.reason();
                if (reason.startsWith("block:")) {
                    String f = reason.substring("block:".length());
                    assertTrue(f.equals("intercept") || FeatureExtractor.NAMES.contains(f), reason);
                } else {
                    assertTrue(reason.startsWith("sequence:"), reason);
                    String f = reason.substring("sequence:".length());
                    assertTrue(f.equals("intercept") || SequenceFeatures.NAMES.contains(f), reason);
                }
            }
        }
    }

    @Test
    void aPageWithoutBodyKeepsItsBestBlockWhenThatOneIsLikelyEnough() {
        double[] oneLikely = {-4, -1.2, -3}; // best: p 0.23
        assertEquals(1, PageLabeler.bestBlockOfPageWithoutBody(oneLikely, 0.5));
        double[] noneLikely = {-4, -3.2, -3.5}; // best: p 0.039, under 0.05
        assertEquals(-1, PageLabeler.bestBlockOfPageWithoutBody(noneLikely, 0.5));
        double[] hasBody = {-4, 0.5, -1};
        assertEquals(-1, PageLabeler.bestBlockOfPageWithoutBody(hasBody, 0.5), "a page with body keeps its labels");
        assertEquals(-1, PageLabeler.bestBlockOfPageWithoutBody(new double[0], 0.5));
    }

    @Test
    void emptyPage() {
        assertEquals(List.of(), labeler(0.5).label(List.of(), P, CorpusStats.NONE));
    }
}
