package io.sarikata.eval;

import io.sarikata.features.BlockText;
import io.sarikata.model.Label;
import io.sarikata.segment.Block;

import java.util.List;

/**
 * Boilerpipe's word-count decision tree (Kohlschütter et al., 2010, "NumWordsRulesClassifier"): a block
 * is content by its own, previous and next word counts and link densities.
 */
public final class BoilerpipeWordRules implements BlockClassifier {

    @Override
    public String name() {
        return "boilerpipe_word_rules";
    }

    @Override
    public Label[] classify(List<Block> blocks, String portal) {
        int n = blocks.size();
        int[] words = new int[n];
        double[] links = new double[n];
        for (int i = 0; i < n; i++) {
            words[i] = BlockText.words(blocks.get(i).text()).length;
            links[i] = blocks.get(i).hasLinkRatio() ? blocks.get(i).linkRatio() : 0;
        }
        Label[] labels = new Label[n];
        for (int i = 0; i < n; i++) {
            int prevWords = i > 0 ? words[i - 1] : 0;
            double prevLinks = i > 0 ? links[i - 1] : 0;
            int nextWords = i < n - 1 ? words[i + 1] : 0;
            labels[i] = content(words[i], links[i], prevWords, prevLinks, nextWords) ? Label.BODY : Label.NAV;
        }
        return labels;
    }

    static boolean content(int words, double linkDensity, int prevWords, double prevLinkDensity, int nextWords) {
        if (linkDensity > 0.333333) {
            return false;
        }
        if (prevLinkDensity <= 0.555556) {
            if (words <= 16) {
                return nextWords > 15 || prevWords > 4;
            }
            return true;
        }
        return words > 40 || nextWords > 17;
    }
}
