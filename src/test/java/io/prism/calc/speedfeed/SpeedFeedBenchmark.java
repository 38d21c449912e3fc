package io.prism.calc.speedfeed;

import io.prism.calc.formula.Cutting;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Throughput of one speed-and-feed evaluation, single-threaded (so the score is per core), beside a baseline of
 * one spindle-speed formula in the same run. Run with {@code src/bench/jmh.sh}; not part of the test suite.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
@Threads(1)
public class SpeedFeedBenchmark {

    private SpeedFeedInput sideMilling;
    private SpeedFeedInput powerLimited;
    private double diameterMm;
    private double cuttingSpeed;

    @Setup
    public void setUp() {
        sideMilling = Cuts.sideMilling(12, 3, 36, Cuts.VMC);
        powerLimited = Cuts.sideMilling(24, 12, 36, Cuts.VMC);
        diameterMm = 12;
        cuttingSpeed = 200;
    }

    /** The common case: side milling that no load limit binds. */
    @Benchmark
    public SpeedFeedResult sideMilling() {
        return SpeedFeedEngine.calculate(sideMilling);
    }

    /** A heavy cut the spindle's power or torque limits, so the feed is reduced. */
    @Benchmark
    public SpeedFeedResult powerLimitedSlot() {
        return SpeedFeedEngine.calculate(powerLimited);
    }

    /** Baseline: one formula (n = 1000·vc / (π·D)) with its argument checks. */
    @Benchmark
    public double baselineSpindleSpeed() {
        return Cutting.spindleSpeedRpm(diameterMm, cuttingSpeed);
    }
}
