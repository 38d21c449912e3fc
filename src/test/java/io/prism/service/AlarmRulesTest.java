package io.prism.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.prism.data.AlarmRow;
import io.prism.data.Provenance;
import io.prism.error.ErrorCode;
import io.prism.error.PrismException;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The pure rules behind alarm decoding and diagnosis: code parsing, bare-number matching, suggestions, causes. */
class AlarmRulesTest {

    @Test
    void shouldNormalizeTheUsualWaysOfWritingACode() {
        for (String typed : List.of("SV0401", "sv 401", "SV-401", "sv_0401", "Sv.401", "ALARM SV401", "alm#sv0401",
                "#SV401", "  sv401  ")) {
            AlarmCode code = AlarmCode.parse(typed).orElseThrow();
            assertThat(code.normalized()).as(typed).isEqualTo("SV401");
            assertThat(code.bare()).isFalse();
        }
        assertThat(AlarmCode.parse("0102").orElseThrow().normalized()).isEqualTo("102");
        assertThat(AlarmCode.parse("Alarm 25000").orElseThrow().normalized()).isEqualTo("25000");
        assertThat(AlarmCode.parse("700000").orElseThrow().number()).isEqualTo(700000);
        assertThat(AlarmCode.parse("0").orElseThrow().normalized()).isEqualTo("0");
    }

    @Test
    void shouldRefuseTextThatIsNoCode() {
        for (String typed : List.of("", "SV", "SV 4O1", "401 402", "ABCD401", "401SV", "1234567890", "S V 401")) {
            assertThat(AlarmCode.parse(typed)).as(typed).isEmpty();
        }
    }

    @Test
    void shouldMatchABareNumberOnlyWhenOneAlarmHasIt() {
        List<AlarmRow> family = List.of(row("PS0001", 1), row("SV0401", 401), row("OT0401", 401), row("SW0100", 100));
        assertThat(AlarmLookup.amongFamily(bare(1), "FANUC", family, "code").code()).isEqualTo("PS0001");
        assertThat(AlarmLookup.amongFamily(bare(100), "FANUC", family, "code").code()).isEqualTo("SW0100");
        assertThatThrownBy(() -> AlarmLookup.amongFamily(bare(401), "FANUC", family, "input", "code"))
                .isInstanceOfSatisfying(PrismException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.BAD_USER_INPUT);
                    assertThat(e.field()).containsExactly("input", "code");
                    assertThat(e.details().get("candidates")).isEqualTo(List.of("SV0401", "OT0401"));
                    assertThat(e.getMessage()).contains("SV0401").contains("OT0401");
                });
        // a prefixed code never falls back to another prefix
        assertThatThrownBy(() -> AlarmLookup.amongFamily(AlarmCode.parse("PS100").orElseThrow(), "FANUC", family,
                "code")).isInstanceOfSatisfying(PrismException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));
    }

    @Test
    void shouldSuggestByNumberThenByTypo() {
        List<AlarmRow> family = List.of(row("4000", 4000), row("10620", 10620), row("10621", 10621),
                row("20000", 20000), row("20001", 20001), row("20002", 20002), row("25001", 25001));
        PrismException e = catchNotFound(bare(16020), family);
        assertThat(e.details().get("suggestions")).isEqualTo(List.of("20000", "20001", "20002", "10620", "10621"));
        List<String> few = AlarmLookup.suggestions(bare(1), List.of(row("102", 102), row("101", 101)));
        assertThat(few).containsExactly("101", "102");
        assertThat(AlarmLookup.suggestions(bare(1), List.of())).isEmpty();
    }

    @Test
    void shouldMeasureEditDistanceWithSwaps() {
        assertThat(EditDistance.of("10620", "10260")).isEqualTo(1);
        assertThat(EditDistance.of("SV401", "SV401")).isZero();
        assertThat(EditDistance.of("SV401", "401")).isEqualTo(2);
        assertThat(EditDistance.of("", "abc")).isEqualTo(3);
    }

    @Test
    void shouldSplitCausesOutsideParentheses() {
        assertThat(AlarmDiagnostics.causes("Check for binding, feed too high, low DC link voltage, servo tuning."))
                .containsExactly("Check for binding", "Feed too high", "Low DC link voltage", "Servo tuning");
        assertThat(AlarmDiagnostics.causes("Remove the decimal point (e.g. on P, H, D, T, M)."))
                .containsExactly("Remove the decimal point (e.g. on P, H, D, T, M)");
        assertThat(AlarmDiagnostics.causes("Renumber the program. (Transcription repeats title of PS0073; corrected.)"))
                .containsExactly("Renumber the program");
        assertThat(AlarmDiagnostics.causes("Release E-stop, close doors, check air, then RESET/POWER UP."))
                .containsExactly("Release E-stop", "Close doors", "Check air", "RESET/POWER UP");
        assertThat(AlarmDiagnostics.causes("Check the signal behind DB1600.DBX0.0; use G12.1 first."))
                .containsExactly("Check the signal behind DB1600.DBX0.0", "Use G12.1 first");
        assertThat(AlarmDiagnostics.causes("Check encoder and cable; check encoder and cable.")).hasSize(1);
    }

    @Test
    void shouldMatchWordsByStemOfAtMostThreeLetters() {
        assertThat(AlarmDiagnostics.same("bind", "binding")).isTrue();
        assertThat(AlarmDiagnostics.same("overheating", "overheat")).isTrue();
        assertThat(AlarmDiagnostics.same("feed", "feedback")).isFalse();
        assertThat(AlarmDiagnostics.same("air", "airflow")).isFalse();
        assertThat(AlarmDiagnostics.same("air", "air")).isTrue();
    }

    @Test
    void shouldScaleTheLoadWeightBetween80And150Percent() {
        List<String> causes = List.of("Let cool", "Look for binding or heavy cuts");
        for (double[] loadAndScore : new double[][] {{0, 0.1}, {80, 0.1}, {115, 0.3}, {150, 0.5}, {300, 0.5}}) {
            var ranked = AlarmDiagnostics.rank(causes,
                    new AlarmDiagnostics.Observation(loadAndScore[0], null, null, null));
            var binding = ranked.stream().filter(c -> c.cause().startsWith("Look")).findFirst().orElseThrow();
            assertThat(binding.score()).as("load " + loadAndScore[0]).isEqualTo(loadAndScore[1]);
        }
    }

    private static PrismException catchNotFound(AlarmCode code, List<AlarmRow> family) {
        try {
            AlarmLookup.amongFamily(code, "SIEMENS", family, "code");
        } catch (PrismException e) {
            assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND);
            return e;
        }
        throw new AssertionError("expected NOT_FOUND");
    }

    private static AlarmCode bare(int number) {
        return new AlarmCode("", number);
    }

    private static AlarmRow row(String code, int number) {
        String normalized = AlarmCode.parse(code).orElseThrow().normalized();
        return new AlarmRow("T-" + code, UUID.randomUUID(), "FANUC", "test series", code, normalized, number,
                "TITLE " + code, "meaning", "causes", new Provenance("test", "source-text", true));
    }
}
