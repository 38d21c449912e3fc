package io.prism.calc.formula;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.prism.calc.CalcInputException;
import io.prism.calc.units.Units;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Chip thickness and radial chip thinning (calc-reference §3). */
class ChipThicknessTest {

    @Test
    void shouldGiveFactorPointSixAtTenPercentStepover() {
        // machinecalcs radial chip thinning calculator [S17]: stepover 10 % of D -> factor 0.6
        assertThat(1.0 / ChipThickness.radialChipThinningFactor(10.0, 1.0)).isCloseTo(0.6, within(1e-12));
    }

    @Test
    void shouldGiveEngagementAngleOf36Point9DegreesAtTenPercentStepover() {
        // machinecalcs radial chip thinning calculator [S17]: engagement 36.9°
        assertThat(ChipThickness.engagementAngleDeg(10.0, 1.0)).isCloseTo(36.9, within(0.05));
    }

    @Test
    void shouldNeedThreeThousandthsPerToothForATwoThousandthsChip() {
        // machinecalcs [S17]: a rated 0.002 in chip at 10 % stepover needs 0.00333 in/tooth
        double targetMm = Units.convert(0.002, "INCH", "MM");
        double fzMm = ChipThickness.compensatedFeedPerToothMm(targetMm, 12.7, 1.27, 90.0);
        assertThat(Units.convert(fzMm, "MM", "INCH")).isCloseTo(0.00333, within(0.000005));
    }

    @Test
    void shouldReproduceDapraRoundInsertFactor() {
        // Dapra feed rate compensation chart [S14]: Ø12 mm insert at 0.030 in depth -> factor 2.1 (chart to 0.1)
        double apMm = Units.convert(0.030, "INCH", "MM");
        assertThat(ChipThickness.roundInsertThinningFactor(12.0, apMm)).isCloseTo(2.1, within(0.06));
    }

    @ParameterizedTest(name = "Stellram [S15] / machinemfg [S16] fz·√(ae/D) vs exact Palbit [S11] at ae/D {0}: +{1} %")
    @CsvSource({"0.1, 1.7", "0.25, 4.7"})
    void shouldOverestimateWithTheCatalogueApproximationByTheStatedAmount(double ratio, double percent) {
        // calc-reference §3.2 states the size of the gap between the two published forms
        double exact = ChipThickness.meanChipThicknessSideMillingMm(0.1, 10.0, 10.0 * ratio, 90.0);
        double approx = ChipThickness.meanChipThicknessApproxMm(0.1, 10.0, 10.0 * ratio);
        assertThat((approx / exact - 1.0) * 100.0).isCloseTo(percent, within(0.05));
    }

    @Test
    void shouldGiveTwoOverPiTimesFeedInASlot() {
        // Palbit A-252 [S11]: slotting (ae = D, φ = 180°) hm = 2·fz/π = 0.637·fz
        assertThat(ChipThickness.meanChipThicknessSlottingMm(1.0, 90.0)).isCloseTo(0.637, within(0.0005));
        assertThat(ChipThickness.meanChipThicknessSideMillingMm(0.1, 16.0, 16.0, 90.0))
                .isCloseTo(ChipThickness.meanChipThicknessSlottingMm(0.1, 90.0), within(1e-15));
        assertThat(ChipThickness.meanChipThicknessCentredFaceMillingMm(0.1, 16.0, 16.0, 90.0))
                .isCloseTo(ChipThickness.meanChipThicknessSlottingMm(0.1, 90.0), within(1e-15));
    }

    @Test
    void shouldNeverMakeHexExceedFeedPerTooth() {
        double[] diameters = {0.5, 6.0, 12.0, 50.0, 250.0};
        double[] angles = {10.0, 45.0, 60.0, 75.0, 90.0, 95.0, 120.0};
        for (double d : diameters) {
            for (int i = 1; i <= 200; i++) {
                double ae = d * i / 200.0;
                for (double kr : angles) {
                    double hex = ChipThickness.maxChipThicknessSideMillingMm(0.1, d, ae, kr);
                    double hm = ChipThickness.meanChipThicknessSideMillingMm(0.1, d, ae, kr);
                    assertThat(hex).isLessThanOrEqualTo(0.1);
                    assertThat(hm).isLessThanOrEqualTo(hex + 1e-15);
                    if (ae <= d / 2.0) {
                        assertThat(ChipThickness.radialChipThinningFactor(d, ae)).isGreaterThanOrEqualTo(1.0);
                    }
                }
            }
        }
    }

    @Test
    void shouldMakeThinningFactorAndHexInverseOfEachOther() {
        for (double share : new double[] {0.01, 0.05, 0.1, 0.3, 0.49, 0.5, 0.8, 1.0}) {
            double fz = ChipThickness.compensatedFeedPerToothMm(0.05, 20.0, 20.0 * share, 45.0);
            assertThat(ChipThickness.maxChipThicknessSideMillingMm(fz, 20.0, 20.0 * share, 45.0))
                    .isCloseTo(0.05, within(1e-12));
        }
    }

    @Test
    void shouldRemoveThinningWhenTheCentredFormIsMisusedAtSmallAe() {
        // calc-reference §3.3 warning: the centred (arcsin) form gives hm -> fz at small ae
        double centred = ChipThickness.meanChipThicknessMm(MillingGeometry.CENTRED_FACE_MILLING, 0.1, 20.0, 0.2, 90.0);
        double side = ChipThickness.meanChipThicknessMm(MillingGeometry.SIDE_MILLING, 0.1, 20.0, 0.2, 90.0);
        assertThat(centred).isCloseTo(0.1, within(0.0001));
        assertThat(side).isLessThan(0.1 * 0.11);
        assertThat(ChipThickness.maxChipThicknessMm(MillingGeometry.CENTRED_FACE_MILLING, 0.1, 20.0, 0.2, 90.0))
                .isCloseTo(0.1, within(1e-15));
        assertThat(MillingGeometry.defaultFor(20.0, 5.0)).isEqualTo(MillingGeometry.SIDE_MILLING);
        assertThat(MillingGeometry.defaultFor(20.0, 20.0)).isEqualTo(MillingGeometry.SLOTTING);
    }

    @Test
    void shouldThinTurningChipsByTheEnteringAngle() {
        // Sandvik turning [S1][S4]: h = fn·sin κr
        assertThat(ChipThickness.turningChipThicknessMm(0.3, 90.0)).isCloseTo(0.3, within(1e-15));
        assertThat(ChipThickness.turningChipThicknessMm(0.3, 45.0)).isCloseTo(0.3 * Math.sqrt(0.5), within(1e-15));
    }

    @Test
    void shouldRejectRadialDepthAboveDiameterAndMissingGeometry() {
        assertThatThrownBy(() -> ChipThickness.engagementAngleDeg(10.0, 12.0)).isInstanceOf(CalcInputException.class)
                .hasMessage("radialDepthMm (12.0) must be <= 10.0");
        assertThatThrownBy(() -> ChipThickness.meanChipThicknessMm(null, 0.1, 10.0, 1.0, 90.0))
                .isInstanceOf(CalcInputException.class)
                .satisfies(e -> assertThat(((CalcInputException) e).field()).isEqualTo("geometry"));
        assertThatThrownBy(() -> ChipThickness.meanChipThicknessApproxMm(0.1, 10.0, 4.0))
                .hasMessage("radialDepthMm (4.0) must be <= 3.0");
        assertThatThrownBy(() -> ChipThickness.turningChipThicknessMm(0.1, 0.0))
                .hasMessage("enteringAngleDeg (0.0) must be in (0.0, 120.0]");
    }
}
