package io.sarikata.bench;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The summary of repeated rounds: each step's fastest round, against the fastest floors of its size. */
class BenchSummaryTest {

    private static Bench.Measurement measured(long size, String step, int round, double seconds, double floorSeconds) {
        return measured(size, step, round, seconds, floorSeconds, Double.NaN);
    }

    private static Bench.Measurement measured(long size, String step, int round, double seconds, double floorSeconds,
                                              double outputFloorSeconds) {
        return new Bench.Measurement(size, step, round, seconds, 1000, 1_000_000, 2, floorSeconds, outputFloorSeconds,
                0, 0, 0, 0, Map.of());
    }

    @Test
    void keepsEachStepsFastestRoundAgainstTheFastestFloor() {
        List<Bench.Measurement> all = List.of(
                measured(100, "floor", 1, 10, 10), measured(100, "build_model", 1, 25, 10),
                measured(100, "floor", 2, 8, 8), measured(100, "build_model", 2, 27, 8),
                measured(1000, "build_model", 1, 300, Double.NaN));
        List<Bench.Measurement> fastest = Bench.fastest(all);
        assertEquals(3, fastest.size());
        assertEquals(List.of("floor", "build_model", "build_model"), fastest.stream().map(Bench.Measurement::step).toList());
        assertEquals(8, fastest.get(0).seconds());
        assertEquals(2, fastest.get(0).round());
        assertEquals(25, fastest.get(1).seconds());
        assertEquals(8, fastest.get(1).floorSeconds(), "compared with the fastest floor, not its own round's");
        assertEquals(Double.NaN, fastest.get(2).floorSeconds(), "a size without a floor has no ratio");
        assertEquals(Double.NaN, fastest.get(1).outputFloorSeconds(), "no output floor was measured");
    }

    @Test
    void comparesEachStepWithTheFastestOutputFloorToo() {
        List<Bench.Measurement> all = List.of(
                measured(100, "floor", 1, 10, 10), measured(100, "output_floor", 1, 16, 10, 16),
                measured(100, "build_model", 1, 30, 10, 16),
                measured(100, "floor", 2, 11, 11), measured(100, "output_floor", 2, 15, 11, 15),
                measured(100, "build_model", 2, 31, 11, 15));
        List<Bench.Measurement> fastest = Bench.fastest(all);

        assertEquals(List.of("floor", "output_floor", "build_model"), fastest.stream().map(Bench.Measurement::step).toList());
        Bench.Measurement build = fastest.get(2);
        assertEquals(30, build.seconds());
        assertEquals(10, build.floorSeconds());
        assertEquals(15, build.outputFloorSeconds(), "the fastest output floor, not its own round's");
        assertEquals(2.0, (Double) build.toJson().get("ratio_to_output_floor"));
        assertEquals(3.0, (Double) build.toJson().get("ratio_to_floor"));
        assertEquals("2.00", Bench.row(build).trim().split(" +")[7], Bench.row(build));
    }
}
