package io.prism.calc.speedfeed;

import static io.prism.calc.speedfeed.Cuts.X;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The safety score's definition (docs/safety-score.md), its levels, and the worked example of that page. */
class SafetyScoreTest {

    @Test
    void shouldLeaveFullMarginUpToHalfTheLimitAndHalfAtTheLimit() {
        assertThat(SafetyScore.margin(0.0)).isEqualTo(1.0);
        assertThat(SafetyScore.margin(0.5)).isEqualTo(1.0);
        assertThat(SafetyScore.margin(0.8)).isCloseTo(0.7, within(1e-12));
        assertThat(SafetyScore.margin(1.0)).isEqualTo(0.5);
        assertThat(SafetyScore.margin(1.0001)).isLessThan(SafetyLevel.CAUTION_FROM);
        assertThat(SafetyScore.margin(3.0)).isZero();
    }

    @Test
    void shouldNeverLetDataQualityAloneMakeAResultUnsafe() {
        assertThat(SafetyScore.score(0.01, 1.0)).isEqualTo(SafetyScore.QUALITY_FLOOR);
        assertThat(SafetyLevel.of(SafetyScore.score(0.01, 1.0))).isEqualTo(SafetyLevel.CAUTION);
        assertThat(SafetyScore.score(2.0, 1.0)).isEqualTo(1.0);
    }

    @Test
    void shouldDrawTheLevelsAtSeventyAndFortyHundredths() {
        assertThat(SafetyLevel.of(0.70)).isEqualTo(SafetyLevel.SAFE);
        assertThat(SafetyLevel.of(0.6999)).isEqualTo(SafetyLevel.CAUTION);
        assertThat(SafetyLevel.of(0.40)).isEqualTo(SafetyLevel.CAUTION);
        assertThat(SafetyLevel.of(0.3999)).isEqualTo(SafetyLevel.UNSAFE);
    }

    /** The worked example of docs/safety-score.md, number for number. */
    @Test
    void shouldReproduceTheWorkedExampleOfTheDocs() {
        MachineData mini = new MachineData(6000, X, 5.6, null, null, false);
        SpeedFeedResult r = SpeedFeedEngine.calculate(new SpeedFeedInput(Operation.SIDE_MILLING, Cuts.STEEL,
                Cuts.STEEL_MILLING, Cuts.END_MILL, mini, Cuts.mill(8, 3, 30), null, null));
        SpeedFeedValues v = r.values();
        assertThat(v.spindleSpeedRpm()).isCloseTo(5305.2, within(0.05));
        assertThat(v.feedPerToothMm()).isCloseTo(0.0762, within(5e-5));
        assertThat(v.spindlePowerKw()).isCloseTo(3.179, within(5e-4));
        assertThat(v.deflectionMm()).isCloseTo(0.02179, within(5e-6));
        double power = SafetyScore.margin(3.1792 / 5.6);
        double deflection = SafetyScore.margin(0.021794 / 0.025);
        assertThat(power).isCloseTo(0.932, within(5e-4));
        assertThat(deflection).isCloseTo(0.628, within(5e-4));
        assertThat(r.safety().score()).isCloseTo(0.9 * deflection, within(1e-4)).isCloseTo(0.565, within(5e-4));
        assertThat(r.safety().level()).isEqualTo(SafetyLevel.CAUTION);
        assertThat(r.safety().bindingLimit()).isEqualTo(Limit.CUTTING_DATA);
    }
}
