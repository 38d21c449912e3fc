package io.prism.calc.formula;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.prism.calc.CalcInputException;
import org.junit.jupiter.api.Test;

/**
 * Gilbert machining economics (calc-reference §9). The reference quotes no published numeric example, so the tests
 * check the closed forms against a direct numerical minimisation of cost and cycle time.
 */
class EconomicsTest {

    private static final double DIAMETER_MM = 80.0;
    private static final double LENGTH_MM = 300.0;
    private static final double FEED_MM = 0.25;
    private static final double HANDLING_MIN = 2.0;

    @Test
    void shouldPlaceMinCostSpeedAtTheMinimumOfTheCostCurve() {
        TaylorCoefficients carbide = new TaylorCoefficients(0.25, 500.0);
        EconomicToolLife points = Economics.gilbert(carbide, 1.5, 4.0, 2.0);
        double best = argMin(carbide, 1.5, 4.0, 2.0, true);
        assertThat(points.minCostSpeedMPerMin()).isCloseTo(best, within(best * 0.005));
    }

    @Test
    void shouldPlaceMaxProductionSpeedAtTheMinimumOfTheCycleTime() {
        TaylorCoefficients hss = new TaylorCoefficients(0.125, 70.0);
        EconomicToolLife points = Economics.gilbert(hss, 0.8, 1.0, 3.0);
        double best = argMin(hss, 0.8, 1.0, 3.0, false);
        assertThat(points.maxProductionSpeedMPerMin()).isCloseTo(best, within(best * 0.005));
    }

    @Test
    void shouldNeverPutMinCostSpeedAboveMaxProductionSpeed() {
        for (double n : new double[] {0.1, 0.125, 0.25, 0.35, 0.6}) {
            for (double ct : new double[] {0.0, 0.5, 5.0, 50.0}) {
                EconomicToolLife points = Economics.gilbert(new TaylorCoefficients(n, 300.0), 1.0, ct, 1.5);
                assertThat(points.minCostSpeedMPerMin()).isLessThanOrEqualTo(points.maxProductionSpeedMPerMin());
                assertThat(points.maxProductionToolLifeMin()).isCloseTo((1.0 / n - 1.0) * 1.5, within(1e-12));
                // calc-reference §9 closed forms: v_p = C·[(n/(1 − n))/Tt]ⁿ, v_c = C·[(n/(1 − n))·Co/(Co·Tt + Ct)]ⁿ
                assertThat(points.maxProductionSpeedMPerMin())
                        .isCloseTo(300.0 * Math.pow(n / (1.0 - n) / 1.5, n), within(1e-9));
                assertThat(points.minCostSpeedMPerMin())
                        .isCloseTo(300.0 * Math.pow(n / (1.0 - n) * 1.0 / (1.0 * 1.5 + ct), n), within(1e-9));
            }
        }
    }

    @Test
    void shouldComputeCycleCostAndRate() {
        double tm = Economics.turningCuttingTimeMin(50.0, 200.0, 0.25, 200.0);
        assertThat(tm).isCloseTo(Math.PI * 50.0 * 200.0 / (1000.0 * 0.25 * 200.0), within(1e-12));
        double tc = Economics.cycleTimeMin(1.0, tm, 2.0, 15.0);
        assertThat(tc).isCloseTo(1.0 + tm + 2.0 * tm / 15.0, within(1e-12));
        assertThat(Economics.costPerPiece(1.2, tc, 3.0, tm, 15.0)).isCloseTo(1.2 * tc + 3.0 * tm / 15.0,
                within(1e-12));
        assertThat(Economics.productionRatePerHour(tc)).isCloseTo(60.0 / tc, within(1e-12));
    }

    @Test
    void shouldRejectZeroMachineRate() {
        assertThatThrownBy(() -> Economics.minCostToolLifeMin(0.25, 2.0, 4.0, 0.0))
                .isInstanceOf(CalcInputException.class).hasMessage("machineRatePerMin (0.0) must be > 0");
    }

    /** Scans speeds on a fine logarithmic grid and returns the one with the lowest cost (or cycle time). */
    private static double argMin(TaylorCoefficients taylor, double rate, double toolCost, double changeTime,
            boolean cost) {
        double bestSpeed = 0.0;
        double bestValue = Double.MAX_VALUE;
        for (double v = 10.0; v < 2000.0; v *= 1.0005) {
            double tm = Economics.turningCuttingTimeMin(DIAMETER_MM, LENGTH_MM, FEED_MM, v);
            double life = ToolLife.taylorToolLifeMin(v, taylor.taylorN(), taylor.taylorCMPerMin());
            double tc = Economics.cycleTimeMin(HANDLING_MIN, tm, changeTime, life);
            double value = cost ? Economics.costPerPiece(rate, tc, toolCost, tm, life) : tc;
            if (value < bestValue) {
                bestValue = value;
                bestSpeed = v;
            }
        }
        return bestSpeed;
    }
}
