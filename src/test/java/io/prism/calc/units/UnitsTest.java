package io.prism.calc.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Conversion factors against NIST SP 811 (2008) Appendix B.8 values. */
class UnitsTest {

    @ParameterizedTest(name = "{0} {1} = {3} {2}")
    @CsvSource({
        "1, INCH, MM, 25.4",
        "1, M, MM, 1000",
        "1, KSI, MPA, 6.894757",
        "1000, PSI, KSI, 1",
        "1, MSI, GPA, 6.894757",
        "1, HP, KW, 0.7456999",
        "1, FT_LBF, NM, 1.355818",
        "1, SFM, M_PER_MIN, 0.3048",
        "1, IPM, MM_PER_MIN, 25.4",
        "1, M_PER_MIN, MM_PER_MIN, 1000",
        "1, G_PER_CM3, KG_PER_M3, 1000",
        "1, LB_PER_IN3, KG_PER_M3, 27679.90",
        "1, BTU_PER_HR_FT_F, W_PER_M_K, 1.730735",
        "1, LBF, NEWTON, 4.448222",
        "1, IN3_PER_MIN, CM3_PER_MIN, 16.387064",
        "1, MICROINCH, MICROMETER, 0.0254",
        "1000, MICROMETER, MM, 1"
    })
    void shouldMatchTheNistFactors(double value, String from, String to, double expected) {
        assertThat(Units.convert(value, from, to)).isCloseTo(expected, within(expected * 2e-6));
    }

    @Test
    void shouldRoundTripEveryConversion() {
        String[][] pairs = {{"MM", "INCH"}, {"MPA", "KSI"}, {"KW", "HP"}, {"NM", "FT_LBF"}, {"M_PER_MIN", "SFM"},
            {"MM_PER_MIN", "IPM"}, {"GPA", "MSI"}, {"NEWTON", "LBF"}, {"CM3_PER_MIN", "IN3_PER_MIN"},
            {"MICROMETER", "MICROINCH"}};
        for (String[] p : pairs) {
            for (double v : new double[] {1e-6, 0.5, 1, 123.456, 1e6}) {
                assertThat(Units.convert(Units.convert(v, p[0], p[1]), p[1], p[0])).isCloseTo(v, within(v * 1e-12));
            }
        }
    }

    @Test
    void shouldRefuseToMixDimensionsOrUnknownUnits() {
        assertThatThrownBy(() -> Units.convert(1, "MM", "KW")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("length").hasMessageContaining("power");
        assertThatThrownBy(() -> Units.convert(1, "MM", "FURLONG")).isInstanceOf(IllegalArgumentException.class);
        assertThat(Units.known("MM")).isTrue();
        assertThat(Units.known("FURLONG")).isFalse();
    }
}
