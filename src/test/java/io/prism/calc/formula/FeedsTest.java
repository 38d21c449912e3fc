package io.prism.calc.formula;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.prism.calc.CalcInputException;
import org.junit.jupiter.api.Test;

/** Feeds and cutting time (calc-reference §2). */
class FeedsTest {

    @Test
    void shouldReproduceMitsubishiFeedPerTooth() {
        // Mitsubishi formulae for face milling [S7]: 500 mm/min, 10 inserts, 500 rpm -> fz 0.1 mm
        assertThat(Feeds.feedPerToothMm(500.0, 10, 500.0)).isCloseTo(0.1, within(1e-12));
    }

    @Test
    void shouldReproduceMitsubishiDrillingFeedRate() {
        // Mitsubishi drilling example via lzqtool [S8]: 0.2 mm/rev at 1350 rpm -> 270 mm/min
        assertThat(Feeds.feedRateMmPerMin(0.2, 1350.0)).isCloseTo(270.0, within(1e-9));
        assertThat(Feeds.feedPerRevFromRateMm(270.0, 1350.0)).isCloseTo(0.2, within(1e-12));
    }

    @Test
    void shouldReproduceMitsubishiFaceMillingTableFeed() {
        // Mitsubishi formulae for face milling [S7]: Ø200, 16 inserts, fz 0.25, 200 rpm -> 800 mm/min
        assertThat(Feeds.tableFeedMmPerMin(0.25, 16, 200.0)).isCloseTo(800.0, within(1e-9));
        assertThat(Feeds.feedPerRevMm(0.25, 16)).isCloseTo(4.0, within(1e-12));
    }

    @Test
    void shouldReproduceMitsubishiFaceMillingCuttingTime() {
        // Mitsubishi formulae for face milling [S7]: 300 mm block + Ø200 cutter at 800 mm/min -> 0.625 min
        assertThat(Feeds.cuttingTimeMin(300.0 + 200.0, 800.0)).isCloseTo(0.625, within(1e-12));
    }

    @Test
    void shouldReproduceMitsubishiPowerExampleFeedPerTooth() {
        // Mitsubishi cutting power formulae [S9]: 280 mm/min, 12 inserts, 101.9 rpm -> printed 0.228 mm
        // (0.2290 exact; the vendor truncates)
        assertThat(Feeds.feedPerToothMm(280.0, 12, 101.9)).isCloseTo(0.228, within(0.0015));
    }

    @Test
    void shouldRoundTripFeedPerToothAndTableFeed() {
        for (int z : new int[] {1, 2, 4, 10, 16}) {
            for (double fz : new double[] {0.01, 0.1, 0.25, 1.0}) {
                for (double n : new double[] {50.0, 1000.0, 24_000.0}) {
                    double vf = Feeds.tableFeedMmPerMin(fz, z, n);
                    assertThat(Feeds.feedPerToothMm(vf, z, n)).isCloseTo(fz, within(fz * 1e-12));
                }
            }
        }
    }

    @Test
    void shouldRejectZeroTeeth() {
        assertThatThrownBy(() -> Feeds.tableFeedMmPerMin(0.1, 0, 1000.0)).isInstanceOf(CalcInputException.class)
                .hasMessage("teeth (0) must be >= 1");
    }
}
