package io.sarikata.bench;

import io.sarikata.features.FeatureExtractor;
import io.sarikata.features.Stoplist;
import io.sarikata.model.BlockModel;
import io.sarikata.model.LinearLayer;
import io.sarikata.model.ModelJson;
import io.sarikata.model.SequenceFeatures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Step costs over data-sample/ (bundles, gzip and HTML among its pages), with a model that weighs nothing. */
class StepCostsTest {

    @TempDir
    Path tmp;

    private Path flatModel() throws Exception {
        Stoplist stoplist = new Stoplist(List.of("yang", "di"));
        LinearLayer block = new LinearLayer(FeatureExtractor.NAMES, new double[FeatureExtractor.NAMES.size()], 0);
        LinearLayer sequence = new LinearLayer(SequenceFeatures.NAMES, new double[SequenceFeatures.NAMES.size()], 0);
        BlockModel model = new BlockModel(ModelJson.contentId(stoplist, block, sequence, 0.5), stoplist, block,
                sequence, 0.5, Map.of());
        Path file = tmp.resolve("model.json");
        Files.writeString(file, ModelJson.write(model));
        return file;
    }

    @Test
    void timesEveryPassOverEveryPageAndCleansUp() throws Exception {
        Path work = tmp.resolve("work");
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        StepCosts.Options options = new StepCosts.Options(Path.of("data-sample/pages"), flatModel(), 2, work);
        List<StepCosts.Round> rounds = new StepCosts(options, new PrintStream(printed, true, StandardCharsets.UTF_8)).run();

        String out = printed.toString(StandardCharsets.UTF_8);
        assertTrue(out.startsWith("step-costs: 40 pages in "), out);
        assertEquals(2, rounds.size());
        for (StepCosts.Round round : rounds) {
            assertTrue(round.read() > 0 && round.readAndLabel() > 0 && round.all() > 0 && round.output() > 0
                    && round.floor() > 0, round.toString());
        }
        assertTrue(out.contains("fastest") && out.contains("median"), out);
        assertFalse(Files.exists(work.resolve("snapshot")), "each round's files are deleted");
    }

    @Test
    void picksTheFastestAndTheMedianOfEachColumn() {
        List<StepCosts.Round> rounds = List.of(new StepCosts.Round(3, 5, 9, 4, 1), new StepCosts.Round(1, 7, 8, 6, 2),
                new StepCosts.Round(2, 6, 7, 5, 3));
        assertEquals(1, StepCosts.pick(rounds, StepCosts.Round::read, true));
        assertEquals(2, StepCosts.pick(rounds, StepCosts.Round::read, false));
        assertEquals(7, StepCosts.pick(rounds, StepCosts.Round::all, true));
        assertEquals(2, StepCosts.pick(rounds, StepCosts.Round::floor, false));
        assertEquals(4, StepCosts.pick(rounds, StepCosts.Round::output, true));
        assertEquals(2, new StepCosts.Round(3, 5, 9, 4, 1).label());
        assertEquals(4, new StepCosts.Round(3, 5, 9, 4, 1).write());
    }

    @Test
    void needsAnInputAndAModelAndPositiveRounds() {
        BenchFlagsTest.Executed<StepCosts.Options> none = BenchFlagsTest.execute(StepCosts::commandLine);
        assertEquals(2, none.exitCode());
        assertNull(none.parsed());
        assertTrue(none.err().contains("--input") && none.err().contains("--model"), none.err());

        BenchFlagsTest.Executed<StepCosts.Options> zero = BenchFlagsTest.execute(StepCosts::commandLine,
                "--input", "in", "--model", "m.json", "--rounds", "0");
        assertEquals(2, zero.exitCode());

        BenchFlagsTest.Executed<StepCosts.Options> given = BenchFlagsTest.execute(StepCosts::commandLine,
                "--input", "in", "--model", "m.json");
        assertEquals(0, given.exitCode());
        assertEquals(new StepCosts.Options(Path.of("in"), Path.of("m.json"), 8, Path.of("/tmp/sarikata-step-costs")),
                given.parsed());
    }
}
