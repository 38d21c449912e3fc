package io.prism.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.prism.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** threadSpec over HTTP: tolerant designations, the ISO 68-1 diameters, unit conversion and the error paths. */
class ThreadSpecQueryTest extends IntegrationTest {

    private static final String QUERY = "query($d: String!) { threadSpec(designation: $d) { designation series "
            + "nominalDiameter majorDiameter pitch pitchDiameter minorDiameterInternal minorDiameterExternal tapDrill "
            + "threadDepth provenance { source verification verified } } }";

    private TenantKey reader;

    @BeforeEach
    void reader() {
        reader = newTenant("thread reader", "READ");
    }

    @Test
    void shouldSeedCoarseAndFineThreadsFromM16ToM64() {
        assertThat(sqlCount("SELECT count(*) FROM thread_spec")).isEqualTo(153);
        assertThat(sqlCount("SELECT count(*) FROM thread_spec WHERE series = 'COARSE'")).isEqualTo(35);
        assertThat(thread("M1.6").path("pitch").asDouble()).isEqualTo(0.35);
    }

    @Test
    void shouldAnswerM10WithTheCoarsePitchAndItsDiameters() {
        JsonNode m10 = thread("M10");
        assertThat(m10.path("designation").asString()).isEqualTo("M10");
        assertThat(m10.path("series").asString()).isEqualTo("COARSE");
        assertThat(m10.path("nominalDiameter").asDouble()).isEqualTo(10.0);
        assertThat(m10.path("majorDiameter").asDouble()).isEqualTo(10.0);
        assertThat(m10.path("pitch").asDouble()).isEqualTo(1.5);
        assertThat(m10.path("tapDrill").asDouble()).isEqualTo(8.5);
        // ISO 724 tabulates D1 8.376, d3 8.160, d2 9.026 for M10
        assertThat(m10.path("minorDiameterInternal").asDouble()).isEqualTo(8.376);
        assertThat(m10.path("minorDiameterExternal").asDouble()).isEqualTo(8.16);
        assertThat(m10.path("pitchDiameter").asDouble()).isEqualTo(9.026);
        assertThat(m10.path("threadDepth").asDouble()).isEqualTo(0.92);
        assertThat(m10.path("provenance").path("source").asString()).contains("FreeCAD");
        assertThat(m10.path("provenance").path("verification").asString()).contains("ISO 68-1");
        assertThat(m10.path("provenance").path("verified").asBoolean()).isTrue();
        for (String typed : List.of("m10", " M 10 ", "M10x1.5", "M10-6H")) {
            assertThat(thread(typed).path("designation").asString()).as(typed).isEqualTo("M10");
        }
    }

    @Test
    void shouldReadFinePitchDesignationsWrittenInDifferentWays() {
        for (String typed : List.of("M10x1.25", "M10 x 1.25", "M10X1,25", "m10×1.25", "M10x1.25-6g")) {
            JsonNode t = thread(typed);
            assertThat(t.path("designation").asString()).as(typed).isEqualTo("M10x1.25");
            assertThat(t.path("series").asString()).isEqualTo("FINE");
            assertThat(t.path("pitch").asDouble()).isEqualTo(1.25);
            assertThat(t.path("tapDrill").asDouble()).isEqualTo(8.75);
        }
        JsonNode m8 = thread("M8x1");
        assertThat(m8.path("series").asString()).isEqualTo("FINE");
        assertThat(m8.path("tapDrill").asDouble()).isEqualTo(7.0);
        assertThat(m8.path("minorDiameterInternal").asDouble()).isEqualTo(6.917);
    }

    @Test
    void shouldAnswerTheLargestCoarseThread() {
        JsonNode m64 = thread("M64");
        assertThat(m64.path("pitch").asDouble()).isEqualTo(6.0);
        assertThat(m64.path("tapDrill").asDouble()).isEqualTo(58.0);
        assertThat(m64.path("series").asString()).isEqualTo("COARSE");
    }

    @Test
    void shouldConvertLengthsToTheRequestedUnit() {
        JsonNode t = ok(reader.key(), "{ threadSpec(designation: \"M10\") { pitch(unit: INCH) "
                + "tapDrill(unit: INCH) mm: tapDrill nominalDiameter(unit: M) threadDepth(unit: INCH) } }")
                .path("threadSpec");
        assertThat(t.path("pitch").asDouble()).isCloseTo(1.5 / 25.4, within(1e-12));
        assertThat(t.path("tapDrill").asDouble()).isCloseTo(8.5 / 25.4, within(1e-12));
        assertThat(t.path("mm").asDouble()).isEqualTo(8.5);
        assertThat(t.path("nominalDiameter").asDouble()).isCloseTo(0.01, within(1e-12));
        assertThat(t.path("threadDepth").asDouble()).isCloseTo(0.92 / 25.4, within(1e-12));
    }

    @Test
    void shouldAnswerNotFoundWithTheNearestDesignationsForAnUnlistedThread() {
        List<String> pitch = suggestions(notFound("M10x2"));
        assertThat(pitch).hasSize(5).startsWith("M10", "M10x1.25", "M10x1", "M10x0.75");
        List<String> size = suggestions(notFound("M13"));
        assertThat(size).startsWith("M12", "M14");
        List<String> huge = suggestions(notFound("M100"));
        assertThat(huge).startsWith("M64");
    }

    @Test
    void shouldRejectTextThatIsNoMetricDesignation() {
        for (String typed : List.of("", "  ", "10", "M", "Mx1", "M10x", "UNC 1/4-20", "M0", "M10x0", "M10 fine")) {
            Response r = graphql(reader.key(), QUERY, Map.of("d", typed));
            assertThat(r.errorCode()).as(typed + ": " + r.raw()).isEqualTo("BAD_USER_INPUT");
            assertThat(r.errors().path(0).path("extensions").path("field").asString()).isEqualTo("designation");
        }
    }

    private JsonNode thread(String designation) {
        return ok(reader.key(), QUERY, Map.of("d", designation)).path("threadSpec");
    }

    private Response notFound(String designation) {
        Response r = graphql(reader.key(), QUERY, Map.of("d", designation));
        assertThat(r.errorCode()).as(r.raw()).isEqualTo("NOT_FOUND");
        assertThat(r.data().path("threadSpec").isNull()).isTrue();
        return r;
    }

    private static List<String> suggestions(Response r) {
        List<String> designations = new ArrayList<>();
        r.errors().path(0).path("extensions").path("suggestions").forEach(s -> designations.add(s.asString()));
        return designations;
    }
}
