package io.prism.calc.formula;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.prism.calc.CalcInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** ISO metric threads and tap drills (calc-reference §13). */
class ThreadsTest {

    @ParameterizedTest(name = "M{0}: P {1}, tap drill {2} (ISO 261; ISO 2306/DIN 336 via [S41][S42][S43])")
    @CsvSource({
        "1.6, 0.35, 1.25", "2, 0.40, 1.60", "2.5, 0.45, 2.05", "3, 0.50, 2.50", "3.5, 0.60, 2.90",
        "4, 0.70, 3.30", "5, 0.80, 4.20", "6, 1.00, 5.00", "7, 1.00, 6.00", "8, 1.25, 6.80",
        "10, 1.50, 8.50", "12, 1.75, 10.20", "14, 2.00, 12.00", "16, 2.00, 14.00", "18, 2.50, 15.50",
        "20, 2.50, 17.50", "22, 2.50, 19.50", "24, 3.00, 21.00", "27, 3.00, 24.00", "30, 3.50, 26.50"
    })
    void shouldReproduceTheCoarseTapDrillTable(double d, double p, double drill) {
        assertThat(Threads.coarsePitchMm(d)).hasValue(p);
        assertThat(Threads.standardTapDrillMm(d)).hasValue(drill);
        assertThat(Threads.tapDrill(d, p)).isEqualTo(new TapDrill(drill, true));
        // calc-reference §13: the D − P rule reproduces the table to ±0.05 mm
        assertThat(Threads.tapDrillRuleOfThumbMm(d, p)).isCloseTo(drill, within(0.05 + 1e-12));
    }

    @Test
    void shouldUseTheIso68BasicProfileConstants() {
        // calc-reference §13, ISO 68-1 / ISO 724: H = 0.866025·P, D2 = D − 0.649519·P, D1 = D − 1.082532·P,
        // d3 = d − 1.226869·P
        ThreadDimensions t = Threads.dimensions(10.0, 1.0);
        assertThat(t.fundamentalTriangleHeightMm()).isCloseTo(0.866025, within(1e-6));
        assertThat(10.0 - t.pitchDiameterMm()).isCloseTo(0.649519, within(1e-6));
        assertThat(10.0 - t.internalMinorDiameterMm()).isCloseTo(1.082532, within(1e-6));
        assertThat(10.0 - t.externalMinorDiameterMm()).isCloseTo(1.226869, within(1e-6));
    }

    @Test
    void shouldFallBackToTheRuleForUntabulatedThreads() {
        assertThat(Threads.tapDrill(12.0, 1.25)).isEqualTo(new TapDrill(10.75, false));
        assertThat(Threads.tapDrill(36.0, 4.0)).isEqualTo(new TapDrill(32.0, false));
        assertThat(Threads.coarsePitchMm(36.0)).hasValue(4.0);
        assertThat(Threads.standardTapDrillMm(13.0)).isEmpty();
        assertThat(Threads.tappingFeedMmPerMin(500.0, 1.5)).isCloseTo(750.0, within(1e-12));
    }

    @Test
    void shouldRejectPitchAboveHalfTheDiameter() {
        assertThatThrownBy(() -> Threads.pitchDiameterMm(2.0, 1.5)).isInstanceOf(CalcInputException.class)
                .hasMessage("pitchMm (1.5) must be <= 1.0");
    }
}
