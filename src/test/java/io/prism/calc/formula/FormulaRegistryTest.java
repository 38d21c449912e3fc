package io.prism.calc.formula;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.prism.calc.CalcInputException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The formula registry: declarations, worked examples, and input checking by variable name. */
class FormulaRegistryTest {

    static Stream<Formula> formulas() {
        return FormulaRegistry.all().stream();
    }

    static Stream<Arguments> examples() {
        return FormulaRegistry.all().stream()
                .flatMap(f -> f.examples().stream().map(e -> Arguments.of(f.id(), e.source(), f, e)));
    }

    @Test
    void shouldHaveUniqueKebabCaseIdsAndCoverEveryTopic() {
        List<Formula> all = FormulaRegistry.all();
        Set<String> ids = new HashSet<>();
        for (Formula f : all) {
            assertThat(ids.add(f.id())).as("duplicate id %s", f.id()).isTrue();
            assertThat(f.id()).matches("[a-z0-9]+(-[a-z0-9]+)*");
            assertThat(FormulaRegistry.byId(f.id())).containsSame(f);
        }
        assertThat(all).hasSizeGreaterThanOrEqualTo(40);
        assertThat(ids).contains("cutting-speed-from-spindle-speed", "spindle-speed-from-cutting-speed",
                "ball-nose-effective-cutting-speed", "milling-table-feed", "feed-per-tooth-from-table-feed",
                "side-milling-max-chip-thickness", "side-milling-mean-chip-thickness",
                "centred-face-milling-mean-chip-thickness", "slotting-mean-chip-thickness", "turning-chip-thickness",
                "removal-rate-milling", "removal-rate-turning", "removal-rate-drilling",
                "kienzle-specific-cutting-force", "kienzle-specific-cutting-force-rake-corrected",
                "turning-cutting-force", "turning-net-power", "milling-net-power", "spindle-power",
                "torque-from-power", "drilling-sandvik-loads", "drilling-tungaloy-loads", "taylor-tool-life",
                "taylor-cutting-speed", "extended-taylor-tool-life", "gilbert-economic-tool-life",
                "turning-roughness", "ball-nose-scallop-height", "ball-nose-stepover-for-scallop",
                "end-mill-deflection", "iso-metric-thread-dimensions", "tap-drill");
        assertThat(FormulaRegistry.byId("no-such-formula")).isEmpty();
        assertThat(FormulaRegistry.byId(null)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formulas")
    void shouldDeclareCitationsExamplesAndOneDefaultAlternative(Formula f) {
        assertThat(f.citations()).isNotEmpty().allSatisfy(c -> assertThat(c).isNotBlank());
        assertThat(f.examples()).isNotEmpty();
        assertThat(f.expression()).isNotBlank();
        assertThat(f.validity()).isNotBlank();
        if (!f.alternatives().isEmpty()) {
            assertThat(f.alternatives().stream().filter(Alternative::isDefault).count()).isEqualTo(1);
        }
        Set<String> names = new HashSet<>();
        f.inputs().forEach(v -> assertThat(names.add(v.name())).as("duplicate input %s", v.name()).isTrue());
        f.outputs().forEach(v -> assertThat(v.unit()).isNotBlank());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("examples")
    void shouldEvaluateEveryExampleToFiniteOutputsMatchingThePublishedValues(String id, String source, Formula f,
            Example example) {
        Map<String, Double> out = f.evaluate(example.inputs());
        assertThat(out.keySet()).containsExactlyElementsOf(f.outputs().stream().map(Variable::name).toList());
        out.values().forEach(v -> assertThat(v).isFinite());
        example.expectedOutputs().forEach((name, expected) -> assertThat(out.get(name)).as(name)
                .isCloseTo(expected, within(Math.abs(expected) * example.relativeTolerance() + 1e-12)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formulas")
    void shouldRejectEachMissingInputByName(Formula f) {
        Map<String, Double> base = f.examples().get(0).inputs();
        for (Variable v : f.inputs()) {
            Map<String, Double> in = new HashMap<>(base);
            in.remove(v.name());
            assertThatThrownBy(() -> f.evaluate(in)).isInstanceOf(CalcInputException.class)
                    .hasMessageContaining(v.name() + " is missing")
                    .satisfies(e -> assertThat(((CalcInputException) e).field()).isEqualTo(v.name()));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formulas")
    void shouldRejectEachOutOfRangeOrNonFiniteInputByName(Formula f) {
        Map<String, Double> base = f.examples().get(0).inputs();
        for (Variable v : f.inputs()) {
            double above = v.max() + Math.max(1.0, Math.abs(v.max()));
            double below = v.min() - Math.max(1.0, Math.abs(v.min()));
            for (double bad : new double[] {above, below, Double.NaN, Double.POSITIVE_INFINITY,
                Double.NEGATIVE_INFINITY}) {
                Map<String, Double> in = new HashMap<>(base);
                in.put(v.name(), bad);
                assertThatThrownBy(() -> f.evaluate(in)).isInstanceOf(CalcInputException.class)
                        .hasMessageContaining(v.name())
                        .satisfies(e -> assertThat(((CalcInputException) e).field()).isEqualTo(v.name()));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formulas")
    void shouldEitherReturnFiniteOutputsOrNameTheFieldForBoundaryInputs(Formula f) {
        Map<String, Double> base = f.examples().get(0).inputs();
        for (Variable v : f.inputs()) {
            List<Double> candidates = Stream.concat(BoundaryValues.DOUBLES.stream(),
                    Stream.of(v.min(), v.max(), v.midpoint(), Math.nextUp(v.min()), Math.nextDown(v.max()))).toList();
            for (double value : candidates) {
                Map<String, Double> in = new HashMap<>(base);
                in.put(v.name(), value);
                try {
                    f.evaluate(in).values().forEach(out -> assertThat(out).isFinite());
                } catch (CalcInputException e) {
                    assertThat(e.field()).isNotBlank();
                    assertThat(e.getMessage()).contains(e.field());
                }
            }
        }
    }

    @Test
    void shouldRejectUnknownInputsAndReturnImmutableResults() {
        Formula f = FormulaRegistry.byId("spindle-speed-from-cutting-speed").orElseThrow();
        assertThatThrownBy(() -> f.evaluate(Map.of("diameterMm", 10.0, "cuttingSpeedMPerMin", 100.0, "dia", 1.0)))
                .isInstanceOf(CalcInputException.class)
                .satisfies(e -> assertThat(((CalcInputException) e).field()).isEqualTo("dia"));
        Map<String, Double> out = f.evaluate(Map.of("diameterMm", 10.0, "cuttingSpeedMPerMin", 100.0));
        assertThatThrownBy(() -> out.put("x", 1.0)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> FormulaRegistry.all().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> f.inputs().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void shouldRejectAFractionalToothCountByName() {
        Formula f = FormulaRegistry.byId("milling-table-feed").orElseThrow();
        assertThatThrownBy(() -> f.evaluate(Map.of("feedPerToothMm", 0.1, "teeth", 2.5, "spindleSpeedRpm", 1000.0)))
                .isInstanceOf(CalcInputException.class)
                .satisfies(e -> assertThat(((CalcInputException) e).field()).isEqualTo("teeth"));
    }

    @Test
    void shouldRejectCrossVariableViolationsByName() {
        Formula f = FormulaRegistry.byId("side-milling-mean-chip-thickness").orElseThrow();
        assertThatThrownBy(() -> f.evaluate(Map.of("feedPerToothMm", 0.1, "diameterMm", 10.0, "radialDepthMm", 12.0,
                "enteringAngleDeg", 90.0)))
                .isInstanceOf(CalcInputException.class)
                .satisfies(e -> assertThat(((CalcInputException) e).field()).isEqualTo("radialDepthMm"));
    }
}
