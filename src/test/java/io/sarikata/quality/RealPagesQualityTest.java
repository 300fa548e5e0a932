package io.sarikata.quality;

import io.sarikata.eval.Scores;
import io.sarikata.model.BlockModel;
import io.sarikata.model.DefaultModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Quality floors on real pages of real sites ({@code ../shared/benchmarks}, outside this repository): the shipped
 * model as a build without {@code --model} applies it (the set's own stoplist and statistics). A change that
 * loses quality on real pages fails here. Each floor sits just under what was measured when it was set
 * (the numbers and the command are in docs/evaluation.md).
 */
class RealPagesQualityTest {

    static final Path BENCHMARKS = Path.of("..", "shared", "benchmarks");

    static BenchmarkSet dragnet;
    static BenchmarkSet l3s;
    static BenchmarkSet indonesian;

    @BeforeAll
    static void load() {
        boolean present = Files.isDirectory(BENCHMARKS.resolve("dragnet").resolve("pages"));
        if (!present) {
            System.out.println("RealPagesQualityTest skipped: no " + BENCHMARKS.toAbsolutePath().normalize()
                    + " beside this checkout (the real benchmark pages are not part of the repository)");
        }
        assumeTrue(present, "no ../shared/benchmarks beside this checkout");
        dragnet = BenchmarkSet.load(BENCHMARKS.resolve("dragnet"));
        l3s = BenchmarkSet.load(BENCHMARKS.resolve("l3s-gn1"));
        indonesian = BenchmarkSet.load(BENCHMARKS.resolve("indonesian"));
    }

    private static void assertFloors(String what, Scores score, double bodyF1, double navF1) {
        System.out.println(what + ": " + QualityLab.describe(score));
        assertTrue(score.bodyF1() >= bodyF1, what + " body F1 " + score.bodyF1() + " under its floor " + bodyF1);
        assertTrue(score.navF1() >= navF1, what + " nav F1 " + score.navF1() + " under its floor " + navF1);
    }

    @Test
    void theShippedModelOnSetsItNeverSaw() {
        BlockModel shipped = DefaultModel.load();
        assertFloors("l3s-gn1, shipped model", QualityLab.score(shipped, l3s, p -> true), L3S_BODY, L3S_NAV);
        assertFloors("indonesian, shipped model", QualityLab.score(shipped, indonesian, p -> true), INDONESIAN_BODY, INDONESIAN_NAV);
    }

    /**
     * The shipped model's recipe on dragnet's sites it was not trained on: two halves by site, each scored by the
     * other's model, against dragnet's gold in Sarikata's convention (the article from its first paragraph to its last).
     */
    @Test
    void theTrainingRecipeOnDragnetSitesItDidNotSee() {
        Predicate<BenchmarkSet.LabelledPage> half = p -> Math.floorMod(p.site().hashCode(), 2) == 0;
        Scores score = new Scores();
        for (Predicate<BenchmarkSet.LabelledPage> trainedOn : java.util.List.of(half, half.negate())) {
            BlockModel model = QualityLab.train(dragnet, trainedOn, DefaultModel.TREES, true);
            QualityLab.score(model, dragnet, trainedOn.negate(), score, true);
        }
        assertFloors("dragnet by site halves (article-span gold)", score, DRAGNET_HALVES_BODY, DRAGNET_HALVES_NAV);
    }

    // Measured when set (QualityLab shipped and cv): l3s-gn1 0.904 / 0.988, indonesian 0.959 / 0.997,
    // dragnet halves 0.810 / 0.985 (body F1 / nav F1).
    static final double L3S_BODY = 0.90;
    static final double L3S_NAV = 0.985;
    static final double INDONESIAN_BODY = 0.95;
    static final double INDONESIAN_NAV = 0.99;
    static final double DRAGNET_HALVES_BODY = 0.80;
    static final double DRAGNET_HALVES_NAV = 0.98;
}
