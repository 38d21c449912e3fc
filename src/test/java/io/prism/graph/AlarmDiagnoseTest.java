package io.prism.graph;

import static org.assertj.core.api.Assertions.assertThat;

import io.prism.support.IntegrationTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** alarmDiagnose over HTTP: the alarm's own causes, reordered by spindle load, symptoms, operation and axis. */
class AlarmDiagnoseTest extends IntegrationTest {

    private static final String DIAGNOSE = "query($in: AlarmDiagnoseInput!) { alarmDiagnose(input: $in) { alarm { "
            + "code title } likelyCauses { cause score reasons { signal detail weight } } } }";

    private TenantKey reader;

    @BeforeEach
    void reader() {
        reader = newTenant("alarm diagnostician", "READ");
    }

    @Test
    void shouldRankLoadRelatedCausesFirstWhenTheSpindleLoadIsHigh() {
        JsonNode calm = diagnose(input("HAAS", "109", 20.0));
        assertThat(calm.path("alarm").path("title").asString()).isEqualTo("Y SERVO OVERLOAD");
        assertThat(causes(calm)).containsExactly("Let cool", "Look for binding or heavy cuts");
        calm.path("likelyCauses").forEach(c -> {
            assertThat(c.path("score").asDouble()).isEqualTo(0.1);
            assertThat(c.path("reasons").isEmpty()).isTrue();
        });

        JsonNode loaded = diagnose(input("HAAS", "109", 180.0));
        assertThat(causes(loaded)).containsExactly("Look for binding or heavy cuts", "Let cool");
        JsonNode top = loaded.path("likelyCauses").path(0);
        assertThat(top.path("score").asDouble()).isEqualTo(0.5);
        assertThat(top.path("reasons").path(0).path("signal").asString()).isEqualTo("SPINDLE_LOAD");
        assertThat(top.path("reasons").path(0).path("detail").asString()).contains("180%");

        JsonNode halfway = diagnose(input("HAAS", "109", 115.0));
        assertThat(halfway.path("likelyCauses").path(0).path("score").asDouble()).isEqualTo(0.3);
    }

    @Test
    void shouldRankTheCauseASymptomPointsAt() {
        JsonNode plain = diagnose(input("FANUC", "SV0411", 30.0));
        assertThat(causes(plain).get(0)).isEqualTo("Check for binding");

        Map<String, Object> in = input("FANUC", "sv 411", 30.0);
        in.put("symptoms", List.of("DC link voltage dips when the compressor starts"));
        JsonNode withSymptom = diagnose(in);
        assertThat(causes(withSymptom).get(0)).isEqualTo("Low DC link voltage");
        JsonNode reason = withSymptom.path("likelyCauses").path(0).path("reasons").path(0);
        assertThat(reason.path("signal").asString()).isEqualTo("SYMPTOM");
        assertThat(reason.path("weight").asDouble()).isEqualTo(0.3);
        assertThat(withSymptom.path("likelyCauses").path(0).path("score").asDouble()).isEqualTo(0.4);
        assertThat(causes(withSymptom)).containsExactlyInAnyOrderElementsOf(causes(plain));
    }

    @Test
    void shouldRankByRecentOperationAndAxis() {
        Map<String, Object> toolChange = input("HAAS", "102", 0.0);
        toolChange.put("recentOperation", "TOOL_CHANGE");
        assertThat(causes(diagnose(toolChange)).get(0)).isEqualTo("Check air");
        Map<String, Object> powerOn = input("HAAS", "102", 0.0);
        powerOn.put("recentOperation", "POWER_ON");
        assertThat(causes(diagnose(powerOn)).get(0)).isEqualTo("RESET/POWER UP");

        assertThat(causes(diagnose(input("HAAS", "105", 0.0))).get(0)).isEqualTo("As for 103");
        Map<String, Object> zAxis = input("HAAS", "105", 0.0);
        zAxis.put("axis", "z");
        JsonNode z = diagnose(zAxis);
        assertThat(causes(z).get(0)).isEqualTo("Check Z counterbalance and brake");
        assertThat(z.path("likelyCauses").path(0).path("reasons").path(0).path("signal").asString())
                .isEqualTo("AXIS");
    }

    @Test
    void shouldKeepEveryScoreWithinZeroAndOneAndOrdered() {
        Map<String, Object> in = input("FANUC", "400", 300.0);
        in.put("axis", "X");
        in.put("recentOperation", "CUTTING");
        in.put("symptoms", List.of("binding felt on the X axis", "heavy cutting load", "motor is hot",
                "brake clicks", "amplifier alarm light"));
        JsonNode d = diagnose(in);
        List<Double> scores = new ArrayList<>();
        d.path("likelyCauses").forEach(c -> scores.add(c.path("score").asDouble()));
        assertThat(scores).isNotEmpty().allSatisfy(s -> assertThat(s).isBetween(0.0, 1.0));
        assertThat(scores).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(scores.get(0)).isEqualTo(1.0);
    }

    @Test
    void shouldRejectOutOfRangeAndMalformedInput() {
        assertBadInput(input("HAAS", "109", 301.0), "input.spindleLoadPercent");
        assertBadInput(input("HAAS", "109", -1.0), "input.spindleLoadPercent");
        assertBadInput(input("HAAS", "", 50.0), "input.code");
        Map<String, Object> axis = input("HAAS", "109", 50.0);
        axis.put("axis", "7");
        assertBadInput(axis, "input.axis");
        Map<String, Object> many = input("HAAS", "109", 50.0);
        many.put("symptoms", List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11"));
        assertBadInput(many, "input.symptoms");
        Map<String, Object> blank = input("HAAS", "109", 50.0);
        blank.put("symptoms", List.of("noise", " "));
        assertBadInput(blank, "input.symptoms.1");

        Response unknown = graphql(reader.key(), DIAGNOSE, Map.of("in", input("HAAS", "999", 50.0)));
        assertThat(unknown.errorCode()).isEqualTo("NOT_FOUND");
        assertThat(unknown.errors().path(0).path("extensions").path("suggestions").size()).isPositive();
    }

    private void assertBadInput(Map<String, Object> in, String field) {
        Response r = graphql(reader.key(), DIAGNOSE, Map.of("in", in));
        assertThat(r.errorCode()).as(r.raw()).isEqualTo("BAD_USER_INPUT");
        assertThat(r.errors().path(0).path("extensions").path("field").asString()).isEqualTo(field);
    }

    private static Map<String, Object> input(String family, String code, double load) {
        Map<String, Object> in = new HashMap<>();
        in.put("controller", family);
        in.put("code", code);
        in.put("spindleLoadPercent", load);
        return in;
    }

    private JsonNode diagnose(Map<String, Object> in) {
        return ok(reader.key(), DIAGNOSE, Map.of("in", in)).path("alarmDiagnose");
    }

    private static List<String> causes(JsonNode diagnosis) {
        List<String> causes = new ArrayList<>();
        diagnosis.path("likelyCauses").forEach(c -> causes.add(c.path("cause").asString()));
        return causes;
    }
}
